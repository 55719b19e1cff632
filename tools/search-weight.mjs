// What site search costs a browser: the Pagefind index on disk, and the bytes a phone downloads
// for its first search (header dialog on the home page, one query), gzip computed from dist/
// files as a host would serve them.
import path from 'node:path';
import { filesIn } from '../src/integrations/built-pages.mjs';
import { fileForUrl, fileSizes } from './page-weight.mjs';

/** @param {string} dist */
export function searchIndexSize(dist) {
  let files = 0;
  let raw = 0;
  let gzip = 0;
  for (const full of filesIn(path.join(dist, 'pagefind'))) {
    const sizes = fileSizes(full);
    files += 1;
    raw += sizes.raw;
    // Index chunks are already gzip inside; a host's gzip barely changes them.
    gzip += sizes.gzip;
  }
  return { files, raw, gzip };
}

/**
 * Records every same-origin request of a page with its file's raw and gzip size, marking those
 * made after `markLoaded()` (the page had loaded).
 * @param {import('playwright-core').Page} page
 * @param {{ dist: string, baseUrl: string }} options
 */
function recordRequests(page, { dist, baseUrl }) {
  /** @type {Map<string, { path: string, raw: number, gzip: number, afterLoad: boolean }>} */
  const seen = new Map();
  let loaded = false;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) || seen.has(url)) return;
    // The page's own late images (lazy covers and stills, which a loaded machine can start after
    // 'networkidle') are page weight, not search weight: a fresh-clone run under load measured the
    // first search 53 KB over its usual 99 KB, the size of one cover and one still together.
    // Search's own bytes are scripts, JSON-like index chunks, the WebAssembly and any stylesheet
    // it pulls in.
    if (['image', 'media', 'font'].includes(request.resourceType()) && loaded && !new URL(url).pathname.startsWith('/pagefind/')) return;
    const file = fileForUrl(dist, url);
    const { raw, gzip } = file ? fileSizes(file) : { raw: 0, gzip: 0 };
    seen.set(url, { path: new URL(url).pathname, raw, gzip, afterLoad: loaded });
  });
  const sum = (/** @type {{ raw: number, gzip: number }[]} */ entries) => entries.reduce((total, entry) => ({ raw: total.raw + entry.raw, gzip: total.gzip + entry.gzip }), { raw: 0, gzip: 0 });
  return {
    markLoaded: () => {
      loaded = true;
    },
    totals: () => {
      const all = [...seen.values()];
      const requests = all.filter((entry) => entry.afterLoad);
      return { search: sum(requests), total: sum(all), requests };
    },
  };
}

/**
 * The floor the site's search UI is measured against: Pagefind's JS API alone on the same page
 * (import, init with default options, one search, the data of as many results as the dialog
 * shows), with none of the site's code.
 * @param {import('playwright-core').Browser} browser
 * @param {{ dist: string, baseUrl: string, query: string, results: number }} options
 */
export async function measureApiOnlySearch(browser, { dist, baseUrl, query, results }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'ja-JP' });
  const page = await context.newPage();
  const recorder = recordRequests(page, { dist, baseUrl });
  await page.goto(new URL('/', baseUrl).href, { waitUntil: 'networkidle' });
  recorder.markLoaded();
  await page.evaluate(`(async () => { const pf = await import(location.origin + '/pagefind/pagefind.js'); await pf.init(); const s = await pf.search(${JSON.stringify(query)}); await Promise.all(s.results.slice(0, ${results}).map((r) => r.data())); })()`);
  await page.waitForLoadState('networkidle');
  await context.close();
  return recorder.totals();
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ dist: string, baseUrl: string, query: string }} options
 */
export async function measureFirstSearch(browser, { dist, baseUrl, query }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'ja-JP' });
  const page = await context.newPage();
  const recorder = recordRequests(page, { dist, baseUrl });
  await page.goto(new URL('/', baseUrl).href, { waitUntil: 'networkidle' });
  recorder.markLoaded();
  await page.locator('[data-search-open]').click();
  await page.locator('[data-search-dialog] [data-search-input]').fill(query);
  await page.locator('[data-search-dialog] [data-search-status]').filter({ hasText: '件' }).waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  const results = await page.locator('[data-search-dialog] .search-result').count();
  await context.close();
  return { ...recorder.totals(), results };
}
