// `npm run lint:text [files…]`: the public-voice check of docs/content-style.md on the site's
// words (content, pages, components, UI strings); exits 1 with file:line for every problem.
import { describeProblems, lintSiteText } from '../tools/textlint/lint-text.ts';

const patterns = process.argv.slice(2);
const started = Date.now();
const results = await lintSiteText(patterns.length > 0 ? { patterns } : {});
const problems = describeProblems(results);
for (const line of problems) console.log(line);
console.log(`textlint: ${problems.length} problem(s) in ${results.length} file(s), ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(problems.length > 0 ? 1 : 0);
