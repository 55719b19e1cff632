/**
 * What a person sees on a phone: the video poster's drawn title is not covered by the play
 * control or the 公開予定 line; every content type shares through the same component, with the
 * same wording and utm_* per network, and 「リンクをコピー」 copies the tagged address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, openPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Box { x: number; y: number; width: number; height: number }
const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** Boxes of the poster image and of whatever the player lays next to it. */
async function posterAndOverlay(page: Page, overlaySelector: string) {
  const poster = await page.locator('.player .player__image').boundingBox();
  const overlay = await page.locator(overlaySelector).first().boundingBox();
  expect(poster && overlay, `poster and ${overlaySelector} are laid out`).toBeTruthy();
  return { poster: poster!, overlay: overlay! };
}

describe('video posters stay whole', () => {
  it('the play control does not cover any of the poster (released video, 390 px)', async () => {
    const { context, page } = await openPage(browser, '/videos/overview/');
    await context.route('**/*', (route) => (route.request().url().startsWith(baseUrl()) ? route.continue() : route.abort()));
    const { poster, overlay } = await posterAndOverlay(page, '.player__control');
    expect(overlapArea(poster, overlay), 'play control over the poster (px²)').toBe(0);
    // The poster is shown at 16:9, uncropped, across the column.
    expect(poster.width / poster.height).toBeCloseTo(16 / 9, 1);
    await context.close();
  });

  it('the 公開予定 line of a video in production does not cover the poster', async () => {
    const { context, page } = await openPage(browser, '/videos/young-adults/');
    const { poster, overlay } = await posterAndOverlay(page, '.player__status');
    expect(await page.locator('.player__status').textContent()).toMatch(/公開予定|公開/);
    expect(overlapArea(poster, overlay), 'status line over the poster (px²)').toBe(0);
    await context.close();
  });
});

const labels = ['LINEで送る（外部サイト）', 'Xでポストする（外部サイト）', 'Facebookでシェアする（外部サイト）', 'リンクをコピー'];

describe('one share component on every content type', () => {
  it.each([
    ['/manga/episode-01/', 'iryo-dx-manga'],
    ['/videos/overview/', 'iryo-dx-videos'],
    ['/seminars/applied-acute-care/', 'iryo-dx-seminars'],
  ])('%s: the same four choices, each address tagged with utm_*', async (path, campaign) => {
    const { context, page } = await openPage(browser, path);
    // The manga page also has the reader's end card (hidden until the last page); the visible one.
    const share = page.locator('[data-module="share-links"]:visible').first();
    const names = await share.locator('a, button:visible').evaluateAll((els) => els.map((el) => el.textContent?.trim() ?? ''));
    expect(names).toEqual(labels);
    const hrefs = await share.locator('a').evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).href));
    const shared = hrefs.map((href) => {
      const url = new URL(href);
      // LINE carries the page URL inside its text; X and Facebook as a parameter.
      const inner = url.searchParams.get('url') ?? url.searchParams.get('u') ?? url.searchParams.get('text')!.split('\n').at(-1)!;
      return new URL(inner);
    });
    expect(shared.map((url) => url.searchParams.get('utm_source'))).toEqual(['line', 'x', 'facebook']);
    for (const url of shared) {
      expect(url.pathname).toBe(path);
      expect(url.searchParams.get('utm_campaign')).toBe(campaign);
      expect(url.searchParams.get('utm_medium')).toBe('social');
    }
    await context.close();
  });

  it('「リンクをコピー」 puts the tagged page address on the clipboard and says so', async () => {
    const { context, page } = await openPage(browser, '/videos/overview/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const share = page.locator('[data-module="share-links"]').first();
    await share.getByRole('button', { name: 'リンクをコピー' }).click();
    await expect.poll(() => share.getByRole('status').textContent()).toBe('このページのリンクをコピーしました。');
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname).toBe('/videos/overview/');
    expect(copied.searchParams.get('utm_source')).toBe('copy');
    expect(copied.searchParams.get('utm_campaign')).toBe('iryo-dx-videos');
    await context.close();
  });

  it('without JavaScript there is no copy button that cannot work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(new URL('/videos/overview/', baseUrl()).href);
    expect(await page.getByRole('button', { name: 'リンクをコピー' }).count()).toBe(0);
    expect(await page.locator('.share a').count()).toBe(3);
    await context.close();
  });
});

describe('manga episode page', () => {
  it('names the episode once above the reader, and its section as 「マンガで知る医療DX」', async () => {
    const { context, page } = await openPage(browser, '/manga/episode-01/');
    const title = (await page.locator('h1').innerText()).replace('サンプル', '').trim();
    const aboveReader = await page.evaluate(() => {
      const reader = document.querySelector('[data-manga-reader]');
      const range = document.createRange();
      range.setStartBefore(document.body);
      range.setEndBefore(reader ?? document.body);
      // The words as read: the furigana readings (<rt>) are not part of the title.
      const words = range.cloneContents();
      words.querySelectorAll('rt, rp').forEach((node) => node.remove());
      return words.textContent ?? '';
    });
    expect(aboveReader.split(title).length - 1, `「${title}」 above the reader`).toBe(1);
    expect(await page.locator('.breadcrumbs').innerText()).toContain('マンガで知る医療DX');
    await context.close();
  });
});
