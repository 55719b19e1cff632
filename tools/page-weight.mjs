// Loads a built page in Chromium at phone size and adds up what it downloads,
// by type, raw and gzip (gzip computed from the files in dist/, as a host would serve them).
import { gzipSync } from 'node:zlib';
import { readFileSync, statSync } from 'node:fs';
import { fileFor } from '../src/integrations/built-pages.mjs';


/**
 * @typedef {{ raw: number, gzip: number }} Weight
 * @typedef {{ totals: { html: Weight, css: Weight, js: Weight, img: Weight, other: Weight }, total: Weight, requests: { url: string, type: string, raw: number, gzip: number }[], external: string[] }} PageWeight
 */

/** @param {string} url @param {string} resourceType @returns {'html' | 'css' | 'js' | 'img' | 'other'} */
const typeOf = (url, resourceType) => {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || url.endsWith('.css')) return 'css';
  if (resourceType === 'script' || url.endsWith('.js') || url.endsWith('.mjs') || url.endsWith('.wasm')) return 'js';
  if (resourceType === 'image' || /\.(png|jpe?g|webp|avif|svg|gif|ico)$/.test(url)) return 'img';
  return 'other';
};

/** @type {Map<string, { key: string, raw: number, gzip: number }>} */
const sizesByFile = new Map();

/**
 * Raw and gzip bytes of a dist/ file, gzipped once per file version: every page loads the same
 * stylesheets, scripts and icons (issue 23). A rebuilt file (new size or mtime) is read again.
 * @param {string} file
 */
export function fileSizes(file) {
  const stat = statSync(file);
  const key = `${stat.size}:${stat.mtimeMs}`;
  const known = sizesByFile.get(file);
  if (known?.key === key) return known;
  const body = readFileSync(file);
  const sizes = { key, raw: body.length, gzip: body.length ? gzipSync(body, { level: 9 }).length : 0 };
  sizesByFile.set(file, sizes);
  return sizes;
}

/** The dist/ file a requested URL is served from. @param {string} dist @param {string} url */
export function fileForUrl(dist, url) {
  return fileFor(dist, new URL(url).pathname);
}

/**
 * Weighs what `page` requests from now until `stop()`: each same-origin URL once, by type, with
 * the bytes of the dist/ file it is served from; other origins listed as `external`. Shared by
 * {@link measurePage} (the bench, a fresh context per page) and the every-page sweep's budget
 * check (tests/support/every-page-checks.ts, a reused page with its cache turned off).
 * @param {import('playwright-core').Page} page
 * @param {{ dist: string, baseUrl: string }} options
 * @returns {{ stop: () => PageWeight }}
 */
export function weighRequests(page, { dist, baseUrl }) {
  /** @type {Map<string, { url: string, type: 'html' | 'css' | 'js' | 'img' | 'other', raw: number, gzip: number }>} */
  const seen = new Map();
  /** @type {string[]} */
  const external = [];
  /** @param {import('playwright-core').Request} request */
  const onRequest = (request) => {
    const url = request.url();
    if (url.startsWith('data:')) return;
    if (!url.startsWith(baseUrl)) {
      external.push(url);
      return;
    }
    if (seen.has(url)) return;
    const file = fileForUrl(dist, url);
    const { raw, gzip } = file ? fileSizes(file) : { raw: 0, gzip: 0 };
    seen.set(url, { url, type: typeOf(url, request.resourceType()), raw, gzip });
  };
  page.on('request', onRequest);
  return {
    stop() {
      page.off('request', onRequest);
      const totals = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, img: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
      for (const entry of seen.values()) {
        totals[entry.type].raw += entry.raw;
        totals[entry.type].gzip += entry.gzip;
      }
      const total = Object.values(totals).reduce((sum, t) => ({ raw: sum.raw + t.raw, gzip: sum.gzip + t.gzip }), { raw: 0, gzip: 0 });
      return { totals, total, requests: [...seen.values()], external };
    },
  };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ dist: string, baseUrl: string, path: string, context?: object, afterLoad?: (page: import('playwright-core').Page) => Promise<void> }} options
 * @returns {Promise<PageWeight>}
 */
export async function measurePage(browser, { dist, baseUrl, path: pagePath, context: contextOptions = {}, afterLoad }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, ...contextOptions });
  const page = await context.newPage();
  const weighing = weighRequests(page, { dist, baseUrl });
  // The load event first: on a busy machine `networkidle` alone fired before the parser reached
  // the page's module scripts (0 bytes of JS counted), 500 ms after the stylesheet.
  await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  if (afterLoad) await afterLoad(page);
  await context.close();
  return weighing.stop();
}
