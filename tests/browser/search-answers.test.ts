/**
 * Search that answers (issue 18), on the real dist/ through the real UI:
 * - the relevance set (tests/fixtures/search/relevance-set.json) passes 100 %;
 * - 「個人情報」「お薬手帳」 answer; a zero-result query and a typo get suggestions, not a dead end;
 * - the empty dialog suggests words; key hints only where a keyboard is likely;
 * - /search/ on a 390×844 phone: first result in the first screen, filters collapsed, no
 *   option with 0 results, no layout shift (CLS measured with a PerformanceObserver);
 * - a glossary term an editor adds is found by its reading and its other name with no code
 *   change (a temp copy of the content, indexed by the site's own indexer: no extra Astro build);
 * - /faq/ carries FAQPage structured data for every question.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, describeViolations, desktop, launchBrowser, openPage, phone } from '../support/browser';
import { distDir, readBuilt, readPageWithoutRuby } from '../support/dist';
import { createFixtureProject } from '../support/fixture-project';
import { reusedTab } from '../support/reused-tab';
import { relevanceSet, runRelevanceSet } from '../../tools/search-relevance.mjs';
import { measureApiOnlySearch, measureFirstSearch } from '../../tools/search-weight.mjs';
import { startStaticServer } from '../../tools/serve-dist.mjs';
import { indexSite, vocabularyPaths } from '../../src/integrations/search-index.mjs';
import { glossaryRecords, glossaryTerms, type GlossaryEntryForSearch } from '../../src/lib/search/search';
import { glossarySchema } from '../../src/schemas/glossary';

let browser: Browser;
/** The header-dialog visits on a phone share one tab (stored state is cleared per visit): no renderer start per test. */
const phoneTab = reusedTab(() => browser, phone);
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await phoneTab.close();
  await browser?.close();
});

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'サイト内検索' });
async function searchInDialog(page: Page, query: string) {
  await page.getByRole('button', { name: 'サイト内検索' }).first().click();
  const dialog = dialogOf(page);
  await dialog.getByRole('searchbox').fill(query);
  await dialog.getByRole('status').filter({ hasText: `「${query}」` }).waitFor({ timeout: 15_000 });
  return dialog;
}

it('the relevance set: every query has its page among the first three results (goal 100 %)', async () => {
  const cases = relevanceSet();
  expect(cases.length).toBeGreaterThanOrEqual(60);
  const outcomes = await runRelevanceSet(browser, { baseUrl: baseUrl(), cases });
  const failed = outcomes.filter((outcome) => !outcome.pass);
  console.log(`relevance set: ${outcomes.length - failed.length}/${outcomes.length} passed`);
  expect(failed.map((f) => `「${f.case.query}」 → ${f.case.expect}, got ${f.top.join(' ')}`)).toEqual([]);
}, 180_000);

/**
 * The weights ride on the hidden `rank` filter, whose counts Pagefind reports only once that
 * filter's chunk has loaded. /search/ loaded it with its filter panel, racing the first search
 * (a fresh-clone CI run lost /about/ for 「医療DX」); the dialog never loaded it, so it never
 * weighted at all. Here the filter chunks arrive 1.5 s late: the ranking must wait for them.
 */
it.each([
  ['the header dialog', '/'],
  ['/search/', '/search/'],
])('%s weights 「医療DX」 (/about/ in the first three) even when the filter chunks arrive late', async (_where, path) => {
  // Its own context: the route that delays the filter chunks stays with it.
  const { context, page } = await openPage(browser, path, phone);
  await context.route('**/pagefind/filter/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  let results;
  if (path === '/') {
    results = (await searchInDialog(page, '医療DX')).locator('.search-result a.search-result__link');
  } else {
    await page.locator('#search-q').fill('医療DX');
    await page.locator('#search-q').press('Enter');
    await page.locator('[data-search-page] [data-search-status]').filter({ hasText: '「医療DX」' }).waitFor({ timeout: 15_000 });
    results = page.locator('[data-search-page] .search-result a.search-result__link');
  }
  const top = await results.evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
  expect(top).toContain('/about/');
  await context.close();
});

describe('answers, not dead ends (header dialog, phone)', () => {
  it.each([
    ['個人情報', /^\/faq\/#privacy-/],
    ['お薬手帳', /^\/(manga\/glossary|faq)\/#(okusuri-techo|medicine-notebook)$/],
  ])('「%s」 answers with its FAQ or glossary entry first', async (query, answer) => {
    const page = await phoneTab.visit('/');
    const dialog = await searchInDialog(page, query);
    const first = dialog.locator('.search-result a.search-result__link').first();
    expect(await first.getAttribute('href')).toMatch(answer);
    expect(await dialog.locator('[data-search-suggest]').isVisible()).toBe(query === '個人情報' ? (await dialog.locator('.search-result').count()) < 3 : false);
  });

  it('a query with no result says so and offers site terms, popular words and the FAQ', async () => {
    const page = await phoneTab.visit('/');
    const dialog = await searchInDialog(page, 'ぬぬぬゑゑ');
    expect(await dialog.getByRole('status').textContent()).toMatch(/見つかりませんでした/);
    const suggest = dialog.locator('[data-search-suggest]');
    expect(await suggest.isVisible()).toBe(true);
    expect(await suggest.getByRole('link', { name: 'よくある質問を見る' }).getAttribute('href')).toBe('/faq/');
    expect(await suggest.getByRole('link', { name: 'マイナ保険証' }).count()).toBeGreaterThan(0);
    // Facility names are searched in the finder (site search holds no facility cards): the words go along.
    expect(await suggest.getByRole('link', { name: /病院・診療所・薬局の名前や住所で探す/ }).getAttribute('href')).toBe(`/institutions/?q=${encodeURIComponent('ぬぬぬゑゑ')}`);
    // A suggested word runs in place.
    await suggest.getByRole('link', { name: 'お薬手帳' }).first().click();
    await dialog.getByRole('status').filter({ hasText: '「お薬手帳」の検索結果' }).waitFor({ timeout: 15_000 });
    expect(await dialog.getByRole('searchbox').inputValue()).toBe('お薬手帳');
    expect(await suggest.isVisible()).toBe(false);
  });

  it('a typo is answered with the term it was meant to be (edit distance on kana)', async () => {
    const page = await phoneTab.visit('/');
    const dialog = await searchInDialog(page, 'オンラン診療');
    expect(await dialog.getByRole('status').textContent()).toMatch(/「オンラン診療」に近い「オンライン診療」/);
    expect(await dialog.locator('.search-result a.search-result__link').first().getAttribute('href')).toBe('/manga/glossary/#online-shinryo');
    expect(await dialog.locator('[data-search-suggest-terms]').getByRole('link', { name: 'オンライン診療' }).isVisible()).toBe(true);
  });

  it('the empty dialog suggests words; key names are hinted only where a keyboard is likely', async () => {
    const onPhone = await phoneTab.visit('/');
    await onPhone.getByRole('button', { name: 'サイト内検索' }).first().click();
    const empty = dialogOf(onPhone).locator('[data-search-empty]');
    await expect.poll(() => empty.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await empty.getByRole('link').count()).toBeGreaterThanOrEqual(6);
    expect(await dialogOf(onPhone).getByText('↓キー').isVisible()).toBe(false);
    const violations = await axeViolations(onPhone);
    expect(violations, describeViolations(violations)).toEqual([]);
    const onDesktop = await openPage(browser, '/', desktop);
    // `/` opens the dialog once the header's script has run (slow on a loaded machine): press until it is open.
    await expect
      .poll(async () => {
        if (!(await onDesktop.page.evaluate(() => document.querySelector('dialog')?.open))) await onDesktop.page.keyboard.press('/');
        return dialogOf(onDesktop.page).locator('[data-search-empty]').isVisible();
      }, { timeout: 10_000 })
      .toBe(true);
    expect(await dialogOf(onDesktop.page).getByText('↓キー').isVisible()).toBe(true);
    await onDesktop.context.close();
  });
});

it('the first search (header dialog, 2 characters) costs at most 100 KB gzip and at most 5 % more than Pagefind’s API alone', async () => {
  const first = await measureFirstSearch(browser, { dist: distDir, baseUrl: baseUrl(), query: '医療' });
  const apiOnly = await measureApiOnlySearch(browser, { dist: distDir, baseUrl: baseUrl(), query: '医療', results: first.results });
  console.log(`first search: ${(first.search.gzip / 1024).toFixed(1)} KB gzip (Pagefind API only: ${(apiOnly.search.gzip / 1024).toFixed(1)} KB)`);
  expect(first.results).toBeGreaterThan(0);
  expect(first.search.gzip).toBeLessThanOrEqual(apiOnly.search.gzip * 1.05);
  // Issue 18's absolute target, everything loaded after the page (`npm run bench` prints it too).
  expect(first.search.gzip).toBeLessThanOrEqual(100 * 1024);
}, 60_000);

describe('/search/ on a 390×844 phone', () => {
  it('shows the first result in the first screen, filters collapsed with no empty option, and nothing shifts (CLS 0)', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    // Every layout shift from the first paint on, including those before the test could look.
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(new URL(`/search/?q=${encodeURIComponent('オンライン診療')}`, baseUrl()).href, { waitUntil: 'load' });
    const status = page.locator('[data-search-page] [data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/「オンライン診療」の検索結果：\d+件/);
    const filters = page.locator('[data-search-filters]');
    await expect.poll(() => filters.isVisible()).toBe(true);
    expect(await filters.getAttribute('open')).toBeNull();
    const first = page.locator('[data-search-page] .search-result').first();
    const box = await first.boundingBox();
    expect(box, 'first result rendered').not.toBeNull();
    expect(box!.y + Math.min(box!.height, 80)).toBeLessThanOrEqual(844);
    // Counts are shown; options with no result for this query are hidden.
    await filters.locator('summary').click();
    const counts = await filters.locator('.search-filter__option:visible .search-filter__count').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(count).toMatch(/^（[1-9]\d*件）$/);
    expect(await filters.locator('.search-filter__option').count()).toBeGreaterThan(counts.length);
    // Layout shifts come from late loads: wait until the network is quiet and two frames are painted.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });
});

describe('a glossary term an editor adds (temp copy of the content, no code change)', () => {
  let site: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  let siteDir: string | undefined;
  let project: ReturnType<typeof createFixtureProject>;
  beforeAll(() => {
    project = createFixtureProject();
  });
  afterAll(async () => {
    await site?.close();
    if (siteDir) rmSync(siteDir, { recursive: true, force: true });
    project?.remove();
  });

  it('is found by its reading and its other name, as its own result', async () => {
    // What the CMS writes for a new entry.
    const glossaryDir = path.join(project.dir, 'src/content/glossary');
    mkdirSync(path.join(glossaryDir, 'fixture-renkei-techo'));
    writeFileSync(
      path.join(glossaryDir, 'fixture-renkei-techo', 'index.md'),
      '---\nterm: 連携健診手帳\nreading: れんけいけんしんてちょう\naliases: [つながる健診手帳]\ndefinition: テストのために追加した用語です。\nsample: true\n---\n',
    );
    // The glossary collection as astro:content gives it: every folder's frontmatter through the schema.
    const entries: GlossaryEntryForSearch[] = readdirSync(glossaryDir).map((id) => {
      const [, frontmatter = ''] = readFileSync(path.join(glossaryDir, id, 'index.md'), 'utf8').match(/^---\n([\s\S]*?)\n---/) ?? [];
      return { id, data: glossarySchema.parse(parseYaml(frontmatter)) };
    });
    // A small site: the built /search/ page and its scripts, the terms and records the build's
    // endpoints write from these entries, indexed by the site's own indexer.
    siteDir = mkdtempSync(path.join(tmpdir(), 'iryo-dx-glossary-'));
    mkdirSync(path.join(siteDir, 'search'), { recursive: true });
    writeFileSync(path.join(siteDir, 'search/index.html'), readBuilt('/search/'));
    cpSync(path.join(distDir, '_astro'), path.join(siteDir, '_astro'), { recursive: true, filter: (source) => !/\.(png|webp|jpe?g|avif)$/.test(source) });
    writeFileSync(path.join(siteDir, vocabularyPaths.terms), JSON.stringify(glossaryTerms(entries)));
    writeFileSync(path.join(siteDir, vocabularyPaths.records), JSON.stringify(glossaryRecords(entries)));
    const index = await indexSite(siteDir);
    expect(index.pages).toBe(entries.length);
    site = await startStaticServer(siteDir);
    const outcomes = await runRelevanceSet(browser, {
      baseUrl: site.url,
      cases: ['れんけいけんしんてちょう', 'レンケイケンシンテチョウ', 'つながる健診手帳', '連携健診手帳'].map((query) => ({ query, expect: '/manga/glossary/#fixture-renkei-techo', who: 'citizen' as const, covers: 'added term' })),
      top: 1,
    });
    expect(outcomes.filter((o) => !o.pass).map((o) => `${o.case.query}: ${o.top.join(' ')}`)).toEqual([]);
  }, 120_000);
});

describe('/faq/', () => {
  it('answers each question at its own anchor, with FAQPage structured data for all of them', () => {
    // The page as text: furigana (ruby) would split the questions' markup.
    const html = readPageWithoutRuby('/faq/');
    const json = html.match(/<script type="application\/ld\+json">([^<]*FAQPage[^<]*)<\/script>/)?.[1];
    expect(json, 'FAQPage JSON-LD').toBeDefined();
    const data = JSON.parse(json!) as { mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
    const questions = [...html.matchAll(/<section id="([a-z0-9-]+)" class="faq"[^>]*>\s*<h3[^>]*>([^<]+)/g)].map((m) => m[2]?.trim());
    expect(questions.length).toBeGreaterThanOrEqual(6);
    expect(data.mainEntity.map((q) => q.name)).toEqual(questions);
    for (const topic of ['個人情報の扱い・安全性', 'マイナ保険証の使い方', 'お薬手帳と電子処方箋', '費用', 'オンライン診療の受け方', '家族の情報']) expect(html).toContain(`>${topic}</h2>`);
    expect(html).toContain('サンプル');
  });
});
