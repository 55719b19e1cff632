// The relevance set (tests/fixtures/search/relevance-set.json): queries citizens and physicians
// type, each with the page that must be among the first three results. Run through the real
// /search/ page in Chromium — the same planning, merging and ranking a person gets — by the
// browser test (tests/browser/search-relevance.test.ts) and by `npm run bench`.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `locale` (issue 21): the case runs on that language's search page (/en/search/), which searches
 * that language's index; without it, on /search/.
 * @typedef {{ query: string, expect: string, who: 'citizen' | 'physician', covers: string, locale?: string }} RelevanceCase
 */

/** @returns {RelevanceCase[]} */
export function relevanceSet() {
  return JSON.parse(readFileSync(path.resolve('tests/fixtures/search/relevance-set.json'), 'utf8')).cases;
}

/**
 * Types each query into /search/ and reads the first three result links.
 * @param {import('playwright-core').Browser} browser
 * @param {{ baseUrl: string, cases: RelevanceCase[], top?: number }} options
 * @returns {Promise<{ case: RelevanceCase, top: string[], pass: boolean }[]>}
 */
export async function runRelevanceSet(browser, { baseUrl, cases, top = 3 }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ja-JP' });
  const page = await context.newPage();
  const input = page.locator('#search-q');
  const status = page.locator('[data-search-page] [data-search-status]');
  const outcomes = [];
  let at = '';
  for (const item of cases) {
    const searchPage = item.locale && item.locale !== 'ja' ? `/${item.locale}/search/` : '/search/';
    if (searchPage !== at) {
      await page.goto(new URL(searchPage, baseUrl).href);
      at = searchPage;
    }
    await input.fill(item.query);
    await input.press('Enter');
    // The status names the query (normalised as the UI shows it) once its results are in.
    const shown = item.query.normalize('NFKC').replace(/\s+/g, ' ').trim();
    await status.filter({ hasText: item.locale === 'en' ? `“${shown}”` : `「${shown}」` }).waitFor({ timeout: 15_000 });
    const hrefs = await page.locator('[data-search-page] .search-result a.search-result__link').evaluateAll((links, n) => links.slice(0, n).map((a) => a.getAttribute('href') ?? ''), top);
    outcomes.push({ case: item, top: hrefs, pass: hrefs.includes(item.expect) });
  }
  await context.close();
  return outcomes;
}
