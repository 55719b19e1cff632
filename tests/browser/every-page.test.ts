/**
 * Checks every built page as a phone user meets it: no CSP violation or third-party request,
 * accessible per axe (WCAG 2.1 AA),
 * complete head metadata, readable at 320 px and at 200 % zoom, and the skip link works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, describeViolations, desktop, launchBrowser, openPage, openPageWatched, phone } from '../support/browser';
import { builtPagePaths } from '../support/dist';

const pages = builtPagePaths();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(pages)('%s', (pagePath) => {
  it('loads with no CSP violation, console error or third-party request, and no axe violation', async () => {
    const { context, page, problems, response } = await openPageWatched(browser, pagePath, phone);
    const csp = response?.headers()['content-security-policy'] ?? '';
    const violations = await axeViolations(page);
    await context.close();
    if (pagePath !== '/404.html') expect(csp, 'the static host sends the page its CSP from dist/_headers').toMatch(/frame-ancestors 'none'/);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.thirdPartyRequests).toEqual([]);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('fits 320 px and 200 % zoom without sideways scrolling', async () => {
    // 200 % zoom of a 1280 px window lays out like a 640 px one.
    for (const width of [320, 640]) {
      const { context, page } = await openPage(browser, pagePath, { ...desktop, viewport: { width, height: 800 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await context.close();
      expect(overflow, `${pagePath} scrolls sideways by ${overflow}px at ${width}px`).toBeLessThanOrEqual(0);
    }
  });
});

describe('keyboard', () => {
  it('the first Tab reaches a visible skip link that moves focus to the main content', async () => {
    const { context, page } = await openPage(browser, '/', desktop);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0).toBe(true);
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the home page loads no script but the search dialog opener, and its main navigation leads to every section', async () => {
    const { context, page } = await openPage(browser, '/', { ...phone, javaScriptEnabled: false });
    // The header's search-dialog module (≈1.4 KB gzip) is the only script every page carries.
    const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('src') ?? 'inline'));
    expect(scripts.filter((src) => !/^\/_astro\/SearchDialog\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(src))).toEqual([]);
    for (const label of ['マンガで知る医療DX', 'セミナー・講習会', '動画', '検索']) {
      await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: label, exact: true }).click();
      expect(new URL(page.url()).pathname).toMatch(/^\/[a-z]+\/$/);
      await expect.poll(() => page.locator('h1').count()).toBe(1);
      await page.goBack();
    }
    await context.close();
  });

  it('the header search box submits the query to /search/', async () => {
    const { context, page } = await openPage(browser, '/', { ...phone, javaScriptEnabled: false });
    await page.getByRole('searchbox', { name: 'サイト内検索' }).fill('マイナ保険証');
    await page.getByRole('searchbox', { name: 'サイト内検索' }).press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('マイナ保険証');
    await context.close();
  });
});
