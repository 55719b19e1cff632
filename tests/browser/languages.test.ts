/**
 * Languages (issue 21) on the built site, as a reader switches: on every citizen page type the
 * switcher goes ja → English → やさしい にほんご → 日本語 and stays on the same page, with
 * `lang`, `hreflang` alternates and the switcher's current language right at each step; a
 * Japanese-only page sends other languages to their summary for medical institutions; a page
 * without a translation shows Japanese with a notice in the reader's language; a search on an
 * English page finds English pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, desktop, launchBrowser, openPage, openSiteMenu, phone } from '../support/browser';
import { openAt } from '../support/institution-journeys';
import { reusedTab } from '../support/reused-tab';
import en from '../../src/i18n/en';

let browser: Browser;
/** Phone and desktop visits each share one tab (stored state is cleared per visit): no renderer start per test. */
const onPhone = reusedTab(() => browser, phone);
const onDesktop = reusedTab(() => browser, desktop);
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await onPhone.close();
  await onDesktop.close();
  await browser?.close();
});

/** One page of each citizen page type (src/i18n/routes.ts). */
const pageTypes = [
  '/',
  '/about/',
  '/merits/',
  '/faq/',
  '/manga/',
  '/manga/episode-01/',
  '/manga/glossary/',
  '/videos/',
  '/videos/overview/',
  '/institutions/',
  '/accessibility/',
  '/search/',
  '/news/',
  '/news/sample-manga-episode-01/',
];

/** The language list, at the top of the header's menu: opening the menu is the reader's first tap. */
async function switcher(page: Page) {
  await openSiteMenu(page);
  return page.locator('header nav.language-switcher');
}

async function languageState(page: Page) {
  return page.evaluate(() => ({
    path: location.pathname,
    lang: document.documentElement.lang,
    locale: document.documentElement.dataset['locale'],
    current: document.querySelector('nav.language-switcher [aria-current="true"]')?.textContent,
    alternates: [...document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')].map((link) => [link.hreflang, new URL(link.href).pathname]),
  }));
}

describe('the language switcher keeps the reader on the same page', () => {
  it.each(pageTypes)('%s: 日本語 → English → やさしい にほんご → 日本語', async (path) => {
    const page = await onPhone.visit(path);
    const alternates = (base: string) =>
      base === '/search/'
        ? [] // not for search engines: /search/ is noindex, and so has no alternates
        : [
            ['ja', base],
            ['ja-x-easy', `/easy${base}`],
            ['en', `/en${base}`],
            ['x-default', base],
          ];
    expect(await languageState(page)).toEqual({ path, lang: 'ja', locale: 'ja', current: '日本語', alternates: alternates(path) });

    await (await switcher(page)).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`**/en${path}`);
    expect(await languageState(page)).toEqual({ path: `/en${path}`, lang: 'en', locale: 'en', current: 'English', alternates: alternates(path) });
    await switcher(page);
    expect(await page.getByRole('navigation', { name: /^Language/ }).count()).toBe(1);

    await (await switcher(page)).getByRole('link', { name: 'やさしい にほんご' }).click();
    await page.waitForURL(`**/easy${path}`);
    // やさしい日本語 is Japanese for screen readers and search; its hreflang tells it apart.
    expect(await languageState(page)).toEqual({ path: `/easy${path}`, lang: 'ja', locale: 'easy', current: 'やさしい にほんご', alternates: alternates(path) });

    await (await switcher(page)).getByRole('link', { name: '日本語', exact: true }).click();
    await page.waitForURL((url) => url.pathname === path);
    expect((await languageState(page)).lang).toBe('ja');
  });

  it('a Japanese-only page (seminars) links the other languages to their summary for medical institutions', async () => {
    const page = await onPhone.visit('/seminars/');
    expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(0);
    await (await switcher(page)).getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/medical-institutions/');
    expect(await page.locator('h1').textContent()).toBe('For medical institutions (summary)');
    expect(await page.getByRole('link', { name: 'Seminars and lectures (in Japanese)' }).getAttribute('href')).toBe('/seminars/');
  });
});

describe('translated and untranslated text', () => {
  it('an English page is labelled a sample translation; its header and footer are English, only the site name marked lang="ja"', async () => {
    const page = await onDesktop.visit('/en/about/');
    expect(await page.locator('[data-translation="sample"]').textContent()).toMatch(/^Sample translation/);
    expect(await page.locator('h1').textContent()).toBe('What is medical DX?');
    expect(await page.locator('.site-header').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
    expect(await page.locator('.site-footer').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
    expect(await page.locator('.site-name__text').getAttribute('lang')).toBe('ja');
    expect(await page.locator('.site-menu__button').textContent()).toContain('Menu');
    await openSiteMenu(page);
    // Menu links go to the English page where there is one, and say so where the page is Japanese only.
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    expect(await menu.getByRole('link', { name: 'Benefits of medical DX', exact: true }).getAttribute('href')).toBe('/en/merits/');
    expect(await menu.getByRole('link', { name: 'Seminars and lectures (in Japanese)' }).getAttribute('href')).toBe('/seminars/');
    expect(await menu.getByRole('link', { name: 'For medical institutions (summary)' }).getAttribute('href')).toBe('/en/medical-institutions/');
    const footer = page.getByRole('navigation', { name: 'Footer menu' });
    expect(await footer.getByRole('link', { name: 'Web accessibility policy' }).getAttribute('href')).toBe('/en/accessibility/');
    expect(await footer.getByRole('link', { name: 'Privacy policy (in Japanese)' }).getAttribute('href')).toBe('/privacy/');
    expect(await page.locator('.site-footer dd').first().textContent()).toBe('Bureau of Public Health, Tokyo Metropolitan Government');
    // No Japanese UI word is left in the header or footer outside the site name (and the language
    // list's bilingual title 「Language（言語）」, which is there so any reader finds it).
    const japanese = await page.locator('.site-header, .site-footer').evaluateAll((parts) =>
      parts.flatMap((part) => {
        const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          const parent = node.parentElement;
          if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text) && !parent?.closest('[lang]:not([lang="en"]), #language-switcher-title')) found.push(text.trim());
        }
        return found;
      }),
    );
    expect(japanese).toEqual([]);
    expect(await page.locator('.skip-link').textContent()).toBe('Skip to main content');
  });

  it('a page with no やさしい日本語 text shows the Japanese, with a notice in やさしい日本語, never a 404', async () => {
    const page = await onDesktop.visit('/easy/about/');
    expect(await page.locator('[data-translation="fallback"]').textContent()).toMatch(/まだ やさしい にほんごに なって いません/);
    expect(await page.locator('h1').textContent()).toBe('医療DXとは');
  });

  it('an English manga episode keeps the drawings and shows each page’s English text below it', async () => {
    const { context, page } = await openPage(browser, '/en/manga/episode-01/', { ...phone, javaScriptEnabled: false });
    const second = page.locator('#page-2');
    expect(await second.locator('img').getAttribute('alt')).toMatch(/^A hospital room/);
    expect(await second.locator('figcaption').textContent()).toContain('Hana (78) has been in hospital with pneumonia for two weeks.');
    // The same drawing as the Japanese page.
    expect(await second.locator('img').getAttribute('src')).toMatch(/page-02/);
    await context.close();
  });

  it('in a translated page, an entry without a translation stays Japanese and is marked lang="ja"', async () => {
    const page = await onDesktop.visit('/en/manga/glossary/');
    // denshi-karte has an English translation; ss-mix2 has none.
    expect(await page.locator('#denshi-karte').getAttribute('lang')).toBe(null);
    expect(await page.locator('#denshi-karte h2').textContent()).toBe('Electronic medical records');
    expect(await page.locator('#ss-mix2').getAttribute('lang')).toBe('ja');
    expect(await page.locator('#ss-mix2 h2').textContent()).toBe('SS-MIX2');
  });
});

describe('search per language', () => {
  it('searching on the English search page finds English pages only', async () => {
    const page = await onDesktop.visit('/en/search/?q=prescriptions');
    const status = page.locator('[data-search-page] [data-search-status]');
    await status.filter({ hasText: '“prescriptions”' }).waitFor({ timeout: 15_000 });
    expect(await status.textContent()).toMatch(/^Results for “prescriptions”: \d+$/);
    const hrefs = await page.locator('[data-search-page] .search-result a.search-result__link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href?.startsWith('/en/'))).toBe(true);
    // The index stores Japanese type values in every language; the page names them in English.
    const badges = await page.locator('[data-search-page] .search-result .search-badge').allTextContents();
    expect(badges.length).toBe(hrefs.length);
    expect(badges.filter((badge) => !(Object.values(en.labels.searchTypes) as string[]).includes(badge))).toEqual([]);
    await page.locator('[data-search-filters]').evaluate((details) => details.setAttribute('open', ''));
    const typeOptions = page.locator('[data-search-filters] fieldset').first().locator('label');
    await typeOptions.first().waitFor();
    const options = (await typeOptions.allTextContents()).map((text) => text.trim());
    expect(options.filter((option) => !(Object.values(en.labels.searchTypes) as string[]).some((label) => option.startsWith(`${label} (`)))).toEqual([]);
  });

  it('the same word on the Japanese search page finds no English page', async () => {
    const response = await fetch(new URL('/pagefind/pagefind-entry.json', baseUrl()));
    const entry = (await response.json()) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'ja']);
    const page = await onDesktop.visit('/search/?q=manga');
    const status = page.locator('[data-search-page] [data-search-status]');
    await status.filter({ hasText: '「manga」' }).waitFor({ timeout: 15_000 });
    const hrefs = await page.locator('[data-search-page] .search-result a.search-result__link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.some((href) => href?.startsWith('/en/'))).toBe(false);
  });
});

describe('browser modules speak the page’s language', () => {
  it('the English manga reader announces pages, toggles its text and lists progress in English', async () => {
    const page = await onPhone.visit('/en/manga/episode-01/');
    const reader = page.locator('[data-manga-reader]');
    await reader.and(page.locator('.is-enhanced')).waitFor();
    const total = (await reader.getAttribute('data-layouts'))!.split(',').length;
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => reader.locator('[data-reader-status]').textContent()).toBe(`Page 2 of ${total}`);
    const textButton = reader.locator('[data-action="transcript"]');
    await textButton.click();
    expect(await textButton.textContent()).toBe('Close the text');
    expect(await reader.locator('[data-reader-seek]').getAttribute('aria-valuetext')).toBe(`Page 2 of ${total}`);
    // The episode list reads the stored page: its link stays in English.
    await page.goto(new URL('/en/manga/', baseUrl()).href, { waitUntil: 'load' });
    const resume = page.locator('[data-manga-progress][data-slug="episode-01"] a');
    await resume.waitFor();
    expect(await resume.textContent()).toBe('Continue (page 2)');
    expect(await resume.getAttribute('href')).toBe('/en/manga/episode-01/#p=2');
  });

  it('the English institutions finder counts, lists, opens a card and labels the map in English', async () => {
    const { context, page, problems } = await openAt(browser, baseUrl(), '/en/institutions/', desktop);
    const status = page.locator('[data-finder-status]');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^[\d,]+ medical institutions match\. Choose a municipality/);
    await page.getByRole('button', { name: 'Show the map' }).click();
    const map = page.getByRole('region', { name: 'Map of medical institutions' });
    const marker = map.locator('.map-cluster--ward').first();
    await marker.waitFor({ timeout: 15_000 });
    expect(await marker.getAttribute('aria-label')).toMatch(/(: [\d,]+ \(search this municipality\)| medical institutions \(zoom in\))$/);
    await page.locator('#finder-ward').selectOption('setagaya');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^[\d,]+ medical institutions match\.$/);
    const first = page.locator('[data-finder-results] > li').first();
    expect(await first.locator('button').textContent()).toMatch(/\(open the details\)$/);
    expect(await first.locator('.finder-result__meta').textContent()).toMatch(/^(Hospital|Clinic|Dental clinic|Pharmacy)・/);
    expect(await first.locator('.finder-result__features').textContent()).toMatch(/^[A-Za-z ,]+$/);
    await first.locator('button').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('[data-feature] [data-field="state"]').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^(Yes|Not yet)$/)]));
    expect(new Set(await dialog.locator('[data-feature] [data-field="state"]').allTextContents()).size).toBeLessThanOrEqual(2);
    expect(await dialog.locator('[data-field="id"]').textContent()).toMatch(/^Data ID: /);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('news in other languages', () => {
  it('/en/news/ lists a translated item in English and an untranslated one in Japanese, marked lang="ja"', async () => {
    const page = await onDesktop.visit('/en/news/');
    expect(await page.locator('h1').textContent()).toBe('News');
    const translated = page.locator('.news-item', { has: page.locator('a[href="/en/news/sample-manga-episode-01/"]') });
    expect(await translated.getAttribute('lang')).toBe(null);
    expect(await translated.locator('a').textContent()).toBe('Manga: “After leaving hospital, the information follows” is out');
    expect(await translated.locator('.news-item__category').textContent()).toBe('Manga');
    const untranslated = page.locator('.news-item', { has: page.locator('a[href="/en/news/sample-seminars-winter/"]') });
    expect(await untranslated.getAttribute('lang')).toBe('ja');
    await translated.locator('a').click();
    await page.waitForURL('**/en/news/sample-manga-episode-01/');
    expect(await page.locator('h1').textContent()).toBe('Manga: “After leaving hospital, the information follows” is out');
    expect(await page.getByRole('link', { name: 'Read this manga' }).getAttribute('href')).toBe('/en/manga/episode-01/');
  });

  it('/easy/news/ has no やさしい日本語 page text yet: Japanese with the notice, its items in やさしい日本語 where written', async () => {
    const page = await onDesktop.visit('/easy/news/');
    expect(await page.locator('[data-translation="fallback"]').textContent()).toMatch(/まだ やさしい にほんごに なって いません/);
    expect(await page.locator('h1').textContent()).toBe('お知らせ');
    expect(await page.locator('a[href="/easy/news/sample-manga-episode-01/"]').textContent()).toBe('マンガ「びょういんを でても、じょうほうが つながる」を のせました');
  });
});
