/** The second half of the every-page checks (see tests/support/every-page-checks.ts), run by the other worker. */
import { describeEveryPage } from '../support/every-page-checks';

describeEveryPage(1, 2);
