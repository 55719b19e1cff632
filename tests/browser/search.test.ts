/**
 * Site search on the real dist/: what is (not) indexed, the header dialog (button, `/`, Ctrl+K,
 * keyboard, live region), the /search/ page (?q= and filters in the URL) and axe on both.
 * Japanese ranking quality is proven on a stand-in site in search-quality.test.ts; the table
 * below is for queries over the real content — extend it as the content lands.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, describeViolations, desktop, launchBrowser, openPage, phone } from '../support/browser';
import { builtPagePaths, readBuilt } from '../support/dist';
import { searchIn } from '../support/search-fixture';
import { searchTypeLabels } from '../../src/lib/search/tags';
import { ui } from '../../src/i18n/ja';
import { readVocabulary } from '../../src/integrations/search-index.mjs';
import { distDir } from '../support/dist';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const allTypes = { type: { any: Object.values(searchTypeLabels) } };
/** Pages that must never be results (no data-pagefind-body). */
// Listings that repeat the pages they list stay out of the index, so a search answers with the
// session or facility itself: the seminar filter pages and archive, FAX forms, and the
// institutions' ward × feature pages.
const listingOnly = [/^\/seminars\/[^/]+\/[^/]+\/(\d+\/)?$/, /^\/seminars\/archive\//, /^\/institutions\/ward\/[^/]+\/[a-z-]*[a-z][a-z-]*\//];
// The accessibility report is a results table; English pages have their own index (languages.test.ts);
// a page still in Japanese under /easy/ (the fallback notice) would repeat the Japanese page's result.
const ownIndexOrCopy = (path: string) =>
  path === '/accessibility/report/' || path.startsWith('/en/') || path === '/easy/search/' || readBuilt(path).includes('data-translation="fallback"');
const notSearchable = (path: string) =>
  path.startsWith('/admin/') || path === '/404.html' || path === '/search/' || path === '/sitemap/' || listingOnly.some((pattern) => pattern.test(path)) || ownIndexOrCopy(path);

describe('the index', () => {
  // One page for every query of this block: a query changes nothing on the page, and Pagefind,
  // loaded once, answers each the same (a context and a page load per query was most of this
  // block's time, issue 23).
  let page: Page;
  beforeAll(async () => {
    page = (await openPage(browser, '/', desktop)).page;
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('holds every built page except /admin/, 404, /search/ and /sitemap/, and every glossary entry and FAQ answer, each with a type', async () => {
    const indexed = (await searchIn(page, null, allTypes, 1000)).map((hit) => hit.url).sort();
    const records = readVocabulary(distDir).records.map((record) => record.url);
    expect(records.filter((url) => url.startsWith('/manga/glossary/#')).length).toBeGreaterThanOrEqual(14);
    expect(records.filter((url) => url.startsWith('/faq/#')).length).toBeGreaterThanOrEqual(6);
    const expected = [...builtPagePaths({ includeAdmin: true }).filter((path) => !notSearchable(path)), ...records].sort();
    expect(indexed).toEqual(expected);
    for (const excluded of ['/admin/', '/404.html', '/404/', '/search/']) expect(indexed).not.toContain(excluded);
  });

  it.each([
    // [query, page expected among the first three results] — the site's own terms on real content.
    ['補助金', '/support/lease/'],
    ['出張講習会', '/seminars/'],
    ['マイナ保険証', '/manga/glossary/#maina-hokensho'],
    ['オンライン資格確認', '/manga/glossary/#online-shikaku-kakunin'],
    ['3文書6情報', '/manga/glossary/#sanbunsho-rokujoho'],
    ['HL7 FHIR', '/manga/glossary/#hl7-fhir'],
    ['PMH', '/pmh/'],
    ['サイバーセキュリティ', '/cybersecurity/'],
    ['サイバーセキュリティ', '/seminars/basic-04-cybersecurity/'],
    ['小児科', '/seminars/outreach-pediatrics/'],
    ['退院', '/manga/episode-01/'],
    ['待ち時間', '/videos/parents/'],
    ['リース', '/support/lease/'],
  ])('「%s」 finds %s among the first results', async (query, expected) => {
    const hits = await searchIn(page, query);
    expect(hits.slice(0, 3).map((hit) => hit.url)).toContain(expected);
  });

  it('「整形外科」 finds exactly the two orthopedics outreach sessions first', async () => {
    const hits = await searchIn(page, '整形外科');
    expect(hits.slice(0, 2).map((hit) => hit.url).sort()).toEqual(['/seminars/outreach-orthopedics-1/', '/seminars/outreach-orthopedics-2/']);
  });

  it('a glossary term finds its glossary entry and the episodes that use it', async () => {
    const hits = (await searchIn(page, 'マイナ保険証', undefined, 10)).map((hit) => hit.url);
    const usingIt = builtPagePaths().filter((p) => /^\/manga\/episode-/.test(p) && readBuilt(p).includes('href="/manga/glossary/#maina-hokensho"'));
    expect(usingIt.length).toBeGreaterThan(0);
    expect(hits).toContain('/manga/glossary/#maina-hokensho');
    expect(hits.some((url) => usingIt.includes(url))).toBe(true);
  });

  it('never returns header, footer or ruby-reading text', async () => {
    // The footer's link text and the glossary's rt reading appear nowhere in page content.
    expect(await searchIn(page, 'ウェブアクセシビリティ方針')).not.toEqual(expect.arrayContaining([expect.objectContaining({ url: '/' })]));
    const reading = await searchIn(page, 'いりょうでぃーえっくす');
    for (const hit of reading) expect(hit.excerpt).not.toMatch(/いりょうでぃーえっくす/);
  });
});

async function openDialogWithSlash(page: Page) {
  await page.keyboard.press('/');
  await expect.poll(() => page.evaluate(() => document.querySelector('dialog')?.open)).toBe(true);
}

describe('header search dialog', () => {
  it('loads no Pagefind file until it is opened, then opens with / and shows live results', async () => {
    const { context, page } = await openPage(browser, '/', desktop);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    // Until the page's network is quiet, so a lazy load of Pagefind would have been seen.
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await openDialogWithSlash(page);
    const input = page.getByRole('dialog').getByRole('searchbox', { name: 'キーワード' });
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill('医療DX');
    const status = page.getByRole('dialog').getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/「医療DX」の検索結果：\d+件/);
    expect(requests.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
    const first = page.getByRole('dialog').locator('.search-result').first();
    expect(Object.values(searchTypeLabels)).toContain(await first.locator('.search-badge').textContent());
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    // Arrow keys move from the box into the results and back.
    await input.press('ArrowDown');
    const firstLink = first.locator('a.search-result__link');
    expect(await firstLink.evaluate((el) => el === document.activeElement)).toBe(true);
    const outline = await firstLink.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('ArrowUp');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    // The dialog's axe run, with results showing.
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(false);
    await context.close();
  });

  it('opens with Ctrl+K, and Enter goes to /search/?q=', async () => {
    const { context, page } = await openPage(browser, '/manga/', desktop);
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate(() => document.querySelector('dialog')?.open)).toBe(true);
    await page.getByRole('dialog').getByRole('searchbox').fill('マイナ保険証');
    await page.getByRole('dialog').getByRole('searchbox').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('マイナ保険証');
    await context.close();
  });

  it('is a full-screen dialog opened by the header button on a phone, and axe-clean', async () => {
    const { context, page } = await openPage(browser, '/', phone);
    expect(await page.locator('.header-search').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'サイト内検索' }).click();
    const dialog = page.getByRole('dialog', { name: 'サイト内検索' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const box = await dialog.boundingBox();
    expect(box?.width).toBe(390);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await dialog.getByRole('button', { name: '閉じる' }).click();
    expect(await dialog.isVisible()).toBe(false);
    // Focus returns to the button that opened it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-search-open'))).not.toBeNull();
    await context.close();
  });

  it('`/` typed into a text field is just a character', async () => {
    const { context, page } = await openPage(browser, '/search/', desktop);
    await page.locator('#search-q').fill('');
    await page.locator('#search-q').press('/');
    expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(false);
    await context.close();
  });
});

describe('/search/ page', () => {
  it('reproduces a search from ?q=, announces the count, and keeps filters in the URL', async () => {
    const { context, page } = await openPage(browser, `/search/?q=${encodeURIComponent('医療DX')}`, desktop);
    const status = page.locator('[data-search-page] [data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/「医療DX」の検索結果：(\d+)件/);
    expect(await status.getAttribute('role')).toBe('status');
    const announced = Number((await status.textContent())?.match(/(\d+)件/)?.[1]);
    let total = await page.locator('[data-search-page] .search-result').count();
    expect(total).toBeGreaterThan(1);
    expect(await page.locator('[data-search-nojs]').isVisible()).toBe(false);
    // 「さらに表示」 appears exactly when the announced count exceeds what is shown, and shows more.
    const more = page.locator('[data-search-more-results]');
    expect(await more.isVisible()).toBe(announced > total);
    if (announced > total) {
      await more.click();
      // The next 20 results' fragments are fetched and read in Pagefind's worker: this whole test takes
      // ≈ 3.5 s alone, but once took more than the 5 s default here in a full run (npm test on 60c148b).
      await expect.poll(() => page.locator('[data-search-page] .search-result').count(), { timeout: 15_000 }).toBeGreaterThan(total);
      total = await page.locator('[data-search-page] .search-result').count();
      expect(total).toBeLessThanOrEqual(announced);
    }
    // The filters start collapsed (results first); open them, then narrow to one type with its
    // checkbox: every card then has that badge and the URL says so.
    const filter = page.locator('[data-search-filters] input[name="type"][value="動画"]');
    expect(await filter.isVisible()).toBe(false);
    await page.locator('[data-search-filters] summary').click();
    await filter.check();
    await expect.poll(() => page.url()).toMatch(/type=%E5%8B%95%E7%94%BB/);
    await expect.poll(async () => (await page.locator('[data-search-page] .search-badge').allTextContents()).every((t) => t === '動画')).toBe(true);
    expect(await page.locator('[data-search-page] .search-result').count()).toBeLessThan(total);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // The narrowed URL, opened afresh, shows the same thing.
    const again = await openPage(browser, new URL(page.url()).pathname + new URL(page.url()).search, desktop);
    await expect.poll(() => again.page.locator('[data-search-page] .search-result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await again.page.locator('[data-search-filters] input[value="動画"]').isChecked()).toBe(true);
    await again.context.close();
    await context.close();
  });

  it('on a slow line, a filter that arrives after the results still gets their counts', async () => {
    // Pagefind counts a filter only once its chunk is loaded. The chunks are held back 400 ms apart,
    // in name order and then in reverse, so in one of the two loads some filter lands after the one
    // the search itself needs (rank), whichever chunk that is.
    const path = `/search/?q=${encodeURIComponent('医療DX')}`;
    const panel = async (page: Page) => {
      await page.locator('[data-search-filters]:not([hidden])').waitFor({ timeout: 15_000 });
      return page.locator('[data-search-filters] label').evaluateAll((labels) => labels.map((label) => `${(label as HTMLElement).hidden ? '-' : '+'}${label.textContent?.trim()}`));
    };
    const quick = await openPage(browser, path, desktop);
    await expect.poll(() => quick.page.locator('[data-search-page] [data-search-status]').textContent(), { timeout: 10_000 }).toMatch(/件/);
    const expected = await panel(quick.page);
    await quick.context.close();
    expect(expected.filter((label) => label.startsWith('+')).length).toBeGreaterThan(2);
    const chunks = readdirSync(join(distDir, 'pagefind', 'filter')).filter((name) => name.startsWith('ja_')).sort();
    expect(chunks.length).toBeGreaterThan(1);
    for (const order of [chunks, [...chunks].reverse()]) {
      const context = await browser.newContext(desktop);
      await context.route('**/pagefind/filter/*', async (route) => {
        const at = order.indexOf(new URL(route.request().url()).pathname.split('/').pop() ?? '');
        await new Promise((resolve) => setTimeout(resolve, Math.max(at, 0) * 400));
        await route.continue();
      });
      const page = await context.newPage();
      await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
      await expect.poll(() => page.locator('[data-search-page] [data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/件/);
      await expect.poll(() => panel(page), { timeout: 8_000 }).toEqual(expected);
      await context.close();
    }
  });

  it('when a chunk of the index does not load, it still lists results, or says the search could not load', async () => {
    // Each filter chunk fails in turn. A failed rank chunk (the weights) must still list the
    // results, in Pagefind's order; a failed chunk of a filter the URL chose cannot be honoured
    // and must say so. Neither may read as 「見つかりませんでした」, as both did before.
    const manga = searchTypeLabels.manga;
    const path = `/search/?q=${encodeURIComponent('医療DX')}&type=${encodeURIComponent(manga)}`;
    const status = (page: Page) => page.locator('[data-search-page] [data-search-status]').textContent();
    const chunks = readdirSync(join(distDir, 'pagefind', 'filter')).filter((name) => name.startsWith('ja_')).sort();
    const outcomes: string[] = [];
    for (const chunk of chunks) {
      const context = await browser.newContext(desktop);
      await context.route(`**/pagefind/filter/${chunk}`, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
      await expect.poll(() => status(page), { timeout: 15_000 }).toMatch(/件|見つかりません|読み込めません/);
      const said = (await status(page)) ?? '';
      const shown = await page.locator('[data-search-page] .search-result').count();
      outcomes.push(said === ui.searchLoadFailed ? 'load failed' : /件/.test(said) && shown > 0 ? 'results' : `${said} (${shown} shown)`);
      await context.close();
    }
    // The type chunk is the one a failure cannot get around; every other one, rank among them, lists results.
    expect(outcomes.filter((outcome) => outcome === 'load failed'), outcomes.join(' | ')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'results'), outcomes.join(' | ')).toHaveLength(chunks.length - 1);
  });

  it('on a phone, leaves the main thread to the page: no word segmenter of its own, and cards below the screen laid out only as they come near', async () => {
    // A first Japanese Intl.Segmenter costs ≈ 100 ms of a throttled phone's main thread (ICU's
    // dictionary) and Pagefind segments in its worker here; laying out all 20 cards at once was
    // the page's longest task (issue 23, Lighthouse TBT on /search/?q=).
    const context = await browser.newContext(phone);
    await context.addInitScript(() => {
      const counted = window as unknown as { segmenters: number };
      counted.segmenters = 0;
      const Original = Intl.Segmenter;
      Object.defineProperty(Intl, 'Segmenter', {
        configurable: true,
        writable: true,
        value: class extends Original {
          constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
            super(...args);
            counted.segmenters += 1;
          }
        },
      });
    });
    const page = await context.newPage();
    await page.goto(new URL(`/search/?q=${encodeURIComponent('医療DX')}`, baseUrl()).href, { waitUntil: 'load' });
    await expect.poll(() => page.locator('[data-search-page] [data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/件/);
    const cards = page.locator('[data-search-page] .search-result');
    expect(await cards.count()).toBe(20);
    expect(await page.evaluate(() => (window as unknown as { segmenters: number }).segmenters)).toBe(0);
    const rendered = () => cards.last().locator('a').first().evaluate((link) => link.checkVisibility({ contentVisibilityAuto: true }));
    expect(await rendered()).toBe(false);
    await cards.last().scrollIntoViewIfNeeded();
    await expect.poll(rendered, { timeout: 5_000 }).toBe(true);
    await context.close();
  });

  it('says so when nothing matches', async () => {
    const { context, page } = await openPage(browser, `/search/?q=${encodeURIComponent('ｚｚｚｑｑｑ')}`, desktop);
    await expect.poll(() => page.locator('[data-search-page] [data-search-status]').textContent(), { timeout: 10_000 }).toMatch(/見つかりませんでした/);
    await context.close();
  });

  it('without JavaScript explains that search needs it and links to the lists', async () => {
    const { context, page } = await openPage(browser, '/search/?q=%E5%8C%BB%E7%99%82', { ...phone, javaScriptEnabled: false });
    expect(await page.getByText('検索にはJavaScriptが必要です').isVisible()).toBe(true);
    for (const href of ['/manga/', '/seminars/', '/videos/']) expect(await page.locator(`.search-lists a[href="${href}"]`).count()).toBe(1);
    await context.close();
  });
});

it('the search bundle is reachable from the served dist/', async () => {
  const response = await fetch(new URL('/pagefind/pagefind.js', baseUrl()));
  expect(response.status).toBe(200);
});
