/** How the seminar lists are cut into pages, so /seminars/ stays small whatever the number of sessions. */
/** Upcoming sessions shown on /seminars/ itself; the rest are on the per-month and per-tier pages. */
export const UPCOMING_LIMIT = 60;
/** Finished sessions shown on /seminars/; the rest are in /seminars/archive/. */
export const RECENT_ARCHIVE = 6;
/** Sessions per page of the archive and of each filter page. */
export const LIST_PAGE_SIZE = 50;
