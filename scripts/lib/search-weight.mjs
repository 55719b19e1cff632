// What site search costs a browser: the Pagefind index on disk, and the bytes a phone downloads
// for its first search (header dialog on the home page, one query), gzip computed from dist/
// files as a host would serve them.
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileForUrl } from './page-weight.mjs';

/** @param {string} dist */
export function searchIndexSize(dist) {
  let files = 0;
  let raw = 0;
  let gzip = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const body = readFileSync(full);
        files += 1;
        raw += body.length;
        // Index chunks are already gzip inside; a host's gzip barely changes them.
        gzip += gzipSync(body, { level: 9 }).length;
      }
    }
  };
  walk(path.join(dist, 'pagefind'));
  return { files, raw, gzip };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ dist: string, baseUrl: string, query: string }} options
 */
export async function measureFirstSearch(browser, { dist, baseUrl, query }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'ja-JP' });
  const page = await context.newPage();
  /** @type {Map<string, { path: string, raw: number, gzip: number, afterLoad: boolean }>} */
  const seen = new Map();
  let loaded = false;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) || seen.has(url)) return;
    const file = fileForUrl(dist, url);
    const body = file ? readFileSync(file) : Buffer.alloc(0);
    seen.set(url, { path: new URL(url).pathname, raw: body.length, gzip: body.length ? gzipSync(body, { level: 9 }).length : 0, afterLoad: loaded });
  });
  await page.goto(new URL('/', baseUrl).href, { waitUntil: 'networkidle' });
  loaded = true;
  await page.locator('[data-search-open]').click();
  await page.locator('[data-search-dialog] [data-search-input]').fill(query);
  await page.locator('[data-search-dialog] [data-search-status]').filter({ hasText: '件' }).waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  const results = await page.locator('[data-search-dialog] .search-result').count();
  await context.close();
  const all = [...seen.values()];
  const requests = all.filter((entry) => entry.afterLoad);
  const sum = (entries) => entries.reduce((total, entry) => ({ raw: total.raw + entry.raw, gzip: total.gzip + entry.gzip }), { raw: 0, gzip: 0 });
  return { search: sum(requests), total: sum(all), requests, results };
}

/**
 * The floor for the header dialog's first search (issue 23): Pagefind's API alone on a blank
 * page of the same site, same index and query, loading the data of as many results as the
 * dialog shows. The page is answered by Playwright, so dist/ is not touched.
 * @param {import('playwright-core').Browser} browser
 * @param {{ dist: string, baseUrl: string, query: string, results: number }} options
 */
export async function measureApiOnlySearch(browser, { dist, baseUrl, query, results }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'ja-JP' });
  const page = await context.newPage();
  const blank = new URL('/__pagefind-api-only/', baseUrl).href;
  await page.route(blank, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="ja"><title>API only</title><p>API only</p></html>' }));
  /** @type {Map<string, { path: string, raw: number, gzip: number }>} */
  const seen = new Map();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) || url === blank || seen.has(url)) return;
    const file = fileForUrl(dist, url);
    const body = file ? readFileSync(file) : Buffer.alloc(0);
    seen.set(url, { path: new URL(url).pathname, raw: body.length, gzip: body.length ? gzipSync(body, { level: 9 }).length : 0 });
  });
  await page.goto(blank, { waitUntil: 'load' });
  const found = await page.evaluate(
    async ({ query, results, bundle }) => {
      const pagefind = await import(bundle);
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, results).map((result) => result.data()));
      return search.results.length;
    },
    { query, results, bundle: '/pagefind/pagefind.js' },
  );
  await context.close();
  const requests = [...seen.values()];
  const search = requests.reduce((total, entry) => ({ raw: total.raw + entry.raw, gzip: total.gzip + entry.gzip }), { raw: 0, gzip: 0 });
  return { search, requests, found };
}
