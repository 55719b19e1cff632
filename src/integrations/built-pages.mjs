// The HTML files of a built site and the URL paths a static host serves them at.
// One walker for the build integrations, the checks, the benchmark and the tests.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Every .html file under `dir`, sorted; folders named in `skip` (e.g. `pagefind`) are not entered.
 * @param {string} dir @param {{ skip?: string[] }} [options] @returns {string[]}
 */
export function htmlFilesIn(dir, { skip = [] } = {}) {
  return filesIn(dir, { skip }).filter((file) => file.endsWith('.html'));
}

/**
 * Every file under `dir`, sorted; folders named in `skip` are not entered. The one directory
 * walker for built output (HTML pages, the Pagefind bundle).
 * @param {string} dir @param {{ skip?: string[] }} [options] @returns {string[]}
 */
export function filesIn(dir, { skip = [] } = {}) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return skip.includes(entry.name) ? [] : filesIn(full, { skip });
      return entry.isFile() ? [full] : [];
    })
    .sort();
}

/** `dist/seminars/x/index.html` → `/seminars/x/`; `dist/404.html` → `/404.html`. @param {string} dist @param {string} file */
export function urlPathOf(dist, file) {
  const url = '/' + path.relative(dist, file).split(path.sep).join('/');
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

/** The file a URL path serves, as a static host would; undefined when none. */
/** @param {string} dist @param {string} pathname @returns {string | undefined} */
export function fileFor(dist, pathname) {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/') ? [path.join(dist, decoded, 'index.html')] : [path.join(dist, decoded), path.join(dist, decoded, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}
