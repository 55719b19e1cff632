/**
 * Checks every built page as a phone user meets it (tests/support/every-page-checks.ts: no CSP
 * violation or third-party request, accessible per axe (WCAG 2.1 AA), readable at 320 px and at
 * 200 % zoom; this file takes the first half of the pages), and that the skip link and the
 * no-JavaScript navigation work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { desktop, launchBrowser, openPage, ownScripts, phone } from '../support/browser';
import { describeEveryPage } from '../support/every-page-checks';
import { tagAccessibility } from '../support/accessibility-reporter';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Half the pages here, the other half in every-page-2.test.ts, so both workers share them.
describeEveryPage(0, 2);

describe('keyboard', () => {
  it('the first Tab reaches a visible skip link that moves focus to the main content', async ({ task }) => {
    tagAccessibility(task, { check: 'keyboard' });
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
  it('the home page loads no script but the search dialog opener, and its main navigation leads to every section', async ({ task }) => {
    tagAccessibility(task, { check: 'no-js' });
    const { context, page } = await openPage(browser, '/', { ...phone, javaScriptEnabled: false });
    // The header's search-dialog module (≈1.4 KB gzip) and the furigana switch (≈0.5 KB gzip and a
    // 130-byte inline script) are the only scripts every page carries.
    expect(await ownScripts(page)).toEqual([]);
    for (const label of ['マンガで知る医療DX', 'セミナー・講習会', '動画で知る医療DX', '医療DXとは', '医療機関の方へ']) {
      // The header menu is a <details>: it opens without JavaScript (issue 20).
      const menu = page.locator('header details');
      if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open))) await menu.locator('summary').click();
      await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: label, exact: true }).click();
      expect(new URL(page.url()).pathname).toMatch(/^\/[a-z-]+\/$/);
      await expect.poll(() => page.locator('h1').count(), { timeout: 10_000 }).toBe(1);
      await page.goBack();
    }
    await context.close();
  });

  it('the header search entry leads to /search/, whose form submits the query', async ({ task }) => {
    tagAccessibility(task, { check: 'no-js' });
    const { context, page } = await openPage(browser, '/', { ...phone, javaScriptEnabled: false });
    await page.getByRole('banner').getByRole('link', { name: 'サイト内検索' }).click();
    await page.waitForURL((url) => url.pathname === '/search/');
    await page.locator('#search-q').fill('マイナ保険証');
    await page.locator('#search-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('マイナ保険証');
    await context.close();
  });
});
