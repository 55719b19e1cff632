/**
 * The furigana switch (ルビ) on the built site: it toggles the readings, by keyboard too, is
 * remembered across a reload, keeps readings out of copied text (a real clipboard read) and out
 * of search results, and the page still fits 320 px at 200 % text with readings on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, describeViolations, desktop, launchBrowser, openPage, openSiteMenu, phone } from '../support/browser';
import { rubyPreferenceKey } from '../../src/client/ruby-preference';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const toggle = '[data-ruby-toggle]';
/** Whether the page shows readings: a visible <rt> has a box, a hidden one has none. */
const readingsShown = (page: Page) => page.locator('main rt').first().evaluate((rt) => rt.getBoundingClientRect().height > 0);

describe('the furigana switch', () => {
  it('shows and hides the readings, by keyboard, and keeps the choice across a reload', async () => {
    const { context, page } = await openPage(browser, '/about/', phone);
    expect(await page.locator('main ruby').count()).toBeGreaterThan(50);
    await expect.poll(() => page.getAttribute(toggle, 'aria-pressed')).toBe('false');
    expect(await readingsShown(page)).toBe(false);

    // The switch sits at the top of the header's menu.
    await openSiteMenu(page);
    await page.locator(toggle).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getAttribute(toggle, 'aria-pressed')).toBe('true');
    expect(await readingsShown(page)).toBe(true);
    expect(await page.evaluate((key) => localStorage.getItem(key), rubyPreferenceKey)).toBe('on');
    // Readings are visual help: hidden from screen readers, which read the kanji themselves.
    expect(await page.locator('main rt:not([aria-hidden="true"])').count()).toBe(0);

    await page.reload({ waitUntil: 'load' });
    expect(await readingsShown(page)).toBe(true);
    await expect.poll(() => page.getAttribute(toggle, 'aria-pressed')).toBe('true');
    // Another page of the site follows the same choice.
    await page.goto(new URL('/faq/', baseUrl()).href, { waitUntil: 'load' });
    expect(await readingsShown(page)).toBe(true);

    await openSiteMenu(page);
    await page.locator(toggle).click();
    expect(await readingsShown(page)).toBe(false);
    await page.reload({ waitUntil: 'load' });
    expect(await readingsShown(page)).toBe(false);
    await context.close();
  });

  it('copies the text without its readings (real clipboard)', async () => {
    const context = await browser.newContext(desktop);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    const page = await context.newPage();
    await page.goto(new URL('/about/', baseUrl()).href, { waitUntil: 'load' });
    await openSiteMenu(page);
    await page.locator(toggle).click();
    expect(await readingsShown(page)).toBe(true);
    const lead = page.locator('main p.lead');
    const readings = await lead.locator('rt').allTextContents();
    expect(readings.length).toBeGreaterThan(5);
    await lead.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trim()).toBe('医療DXとは、デジタル技術を使って、病院や診療所、薬局、区市町村などのあいだで医療情報を安全に共有し、医療をよりよくする取組です。');
    await context.close();
  });

  it('leaves readings out of search results, headings included', async () => {
    const { context, page } = await openPage(browser, '/search/?q=' + encodeURIComponent('端末 保存'), desktop);
    const results = page.locator('[data-search-results] li');
    await results.first().waitFor();
    const text = (await results.allInnerTexts()).join('\n');
    // The privacy page's heading, with its kanji (Pagefind once dropped ruby bases from headings).
    expect(text).toContain('この端末のブラウザにだけ保存するもの');
    for (const leaked of ['たんまつ', 'ほぞん', 'いりょう']) expect(text).not.toContain(leaked);
    await context.close();
  });

  it('fits 320 px at 200 % text with readings on, and axe finds nothing', async () => {
    const { context, page } = await openPage(browser, '/merits/', { ...phone, viewport: { width: 320, height: 720 } });
    await openSiteMenu(page);
    await page.locator(toggle).click();
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    expect(await readingsShown(page)).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });
});
