/**
 * Navigation by audience (issue 20): a compact phone header whose menu button opens the
 * sections grouped as the plan lays the site out (全体向け / 都民向け / 医療機関向け), one search
 * entry, and every section two taps away from any page: open the menu, then the link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { desktop, launchBrowser, openPage, phone } from '../support/browser';
import { tagAccessibility } from '../support/accessibility-reporter';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The sections the issue names, by the link text the menu shows and the page each opens. */
const sections: [label: string, path: string][] = [
  ['医療DXとは', '/about/'],
  ['医療DXのメリット', '/merits/'],
  ['電子カルテ導入状況のダッシュボード', '/dashboard/'],
  ['マンガで知る医療DX', '/manga/'],
  ['動画で知る医療DX', '/videos/'],
  ['医療機関の方へ', '/for-institutions/'],
  ['お知らせ', '/news/'],
];

/** Pages of different templates to start from. */
const startPages = ['/', '/seminars/', '/manga/episode-01/', '/support/lease/check/'];

async function headerHeight(page: Page): Promise<number> {
  return page.locator('header.site-header').evaluate((el) => el.getBoundingClientRect().height);
}

/**
 * All the chrome a reader scrolls past before the page's own content: everything above <main>
 * (language list, header, furigana switch — whatever the layout puts there), in page pixels.
 */
async function chromeHeight(page: Page): Promise<number> {
  return page.locator('main').evaluate((main) => main.getBoundingClientRect().top + window.scrollY);
}

/** A Japanese page (with the furigana switch), a やさしい日本語 page and an English page. */
const chromePages = ['/about/', '/easy/', '/en/'];

/** 200 % root font size, the way a reader's browser setting enlarges text (CSSOM, so the page's CSP allows it). */
async function largeText(page: Page): Promise<void> {
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
}

/** The site name must stay on one line: its text box is one line high. */
async function siteNameLines(page: Page): Promise<number> {
  return page.locator('.site-name__text').evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
}

describe('site header on a phone', () => {
  it('is at most 120 px tall at 390×844 and 240 px at 200 % text, with the site name on one line', async () => {
    const { context, page } = await openPage(browser, '/', phone);
    expect(await headerHeight(page)).toBeLessThanOrEqual(120);
    expect(await siteNameLines(page)).toBe(1);
    await largeText(page);
    expect(await headerHeight(page)).toBeLessThanOrEqual(240);
    expect(await siteNameLines(page)).toBe(1);
    // Still whole: nothing of the header spills sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  for (const path of chromePages) {
    it(`${path}: everything before <main> is at most 120 px at 390×844 and 240 px at 200 % text`, async () => {
      const { context, page } = await openPage(browser, path, phone);
      expect(await chromeHeight(page)).toBeLessThanOrEqual(120);
      await largeText(page);
      expect(await chromeHeight(page)).toBeLessThanOrEqual(240);
      expect(await siteNameLines(page)).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await context.close();
    });
  }

  it('the open menu starts with the language list, the current language marked, and the furigana switch', async () => {
    const { context, page } = await openPage(browser, '/about/', phone);
    await page.locator('summary', { hasText: 'メニュー' }).tap();
    const languages = page.locator('header').getByRole('navigation', { name: /^言語を選ぶ（Language）/ });
    expect(await languages.locator('[aria-current="true"]').textContent()).toBe('日本語');
    const ruby = page.locator('header').getByRole('button', { name: 'ふりがなを表示' });
    expect(await ruby.isVisible()).toBe(true);
    await ruby.click();
    await expect.poll(() => ruby.getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('true');
    // Second tap: the same page in English, whose header speaks English.
    await languages.getByRole('link', { name: 'English' }).tap();
    await page.waitForURL((url) => url.pathname === '/en/about/');
    await page.locator('summary', { hasText: 'Menu' }).tap();
    const english = page.locator('header').getByRole('navigation', { name: /^Language/ });
    expect(await english.locator('[aria-current="true"]').textContent()).toBe('English');
    // English text has no readings to show: no furigana switch there.
    expect(await page.locator('[data-ruby-toggle]').count()).toBe(0);
    await context.close();
  });

  it('offers one search entry', async () => {
    const { context, page } = await openPage(browser, '/', phone);
    const header = page.locator('header.site-header');
    const entries = header.locator('a, button, input').filter({ hasText: /検索/ });
    const visible = await entries.evaluateAll((nodes) => nodes.filter((n) => (n as HTMLElement).offsetParent !== null).length);
    expect(visible).toBe(1);
    await context.close();
  });

  for (const start of startPages) {
    it(`from ${start} every section is two taps away (menu, link)`, async () => {
      const { context, page } = await openPage(browser, start, phone);
      await page.locator('summary', { hasText: 'メニュー' }).tap();
      const menu = page.getByRole('navigation', { name: 'メインメニュー' });
      // First tap: every section's link is shown and leads to its page.
      for (const [label, path] of sections) {
        const link = menu.getByRole('link', { name: label, exact: true });
        expect(await link.isVisible(), `${label} in the open menu`).toBe(true);
        expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toBe(path);
      }
      // Second tap: following one of them (a different one from each start page).
      const [label, path] = sections[startPages.indexOf(start) % sections.length]!;
      await menu.getByRole('link', { name: label, exact: true }).tap();
      await page.waitForURL((url) => url.pathname === path);
      await context.close();
    });
  }

  it('at 200 % text the open menu reaches its last link', async () => {
    const { context, page } = await openPage(browser, '/', phone);
    await largeText(page);
    await page.locator('summary', { hasText: 'メニュー' }).tap();
    const last = page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link').last();
    await last.scrollIntoViewIfNeeded();
    expect(await last.isVisible()).toBe(true);
    await context.close();
  });
});

describe('site menu by keyboard and without JavaScript', () => {
  it('Tab reaches the menu button, Enter opens it, Tab and Enter follow a link', async ({ task }) => {
    tagAccessibility(task, { check: 'keyboard' });
    const { context, page } = await openPage(browser, '/merits/', desktop);
    // Skip link, site name, search, then the menu.
    let focused = '';
    for (let i = 0; i < 6 && focused !== 'メニュー'; i += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
    }
    expect(focused).toBe('メニュー');
    await page.keyboard.press('Enter');
    expect(await page.locator('details.site-menu').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    // The groups come in the plan's order.
    const groups = await page.getByRole('navigation', { name: 'メインメニュー' }).locator('h2').allTextContents();
    expect(groups.map((g) => g.trim())).toEqual(['全体向け', '都民向け', '医療機関向け']);
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === '医療機関の方へ') break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/for-institutions/');
    await context.close();
  });

  it('works without JavaScript: the menu opens and the search entry leads to /search/', async ({ task }) => {
    tagAccessibility(task, { check: 'no-js' });
    const { context, page } = await openPage(browser, '/videos/', { ...phone, javaScriptEnabled: false });
    expect(await chromeHeight(page)).toBeLessThanOrEqual(120);
    await page.locator('summary', { hasText: 'メニュー' }).tap();
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '医療DXとは', exact: true }).tap();
    await page.waitForURL((url) => url.pathname === '/about/');
    await page.getByRole('link', { name: 'サイト内検索' }).tap();
    await page.waitForURL((url) => url.pathname === '/search/');
    // The language list is plain links; the furigana switch needs JavaScript and is not shown.
    await page.locator('summary', { hasText: 'メニュー' }).tap();
    expect(await page.locator('header [data-ruby-toggle]').isVisible()).toBe(false);
    await page.locator('header').getByRole('link', { name: 'やさしい にほんご' }).tap();
    await page.waitForURL((url) => url.pathname === '/easy/search/');
    await context.close();
  });
});
