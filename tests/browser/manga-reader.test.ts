/**
 * The manga reader as people use it: swiping on a phone, resuming after a reload,
 * zooming, reading the text, without JavaScript, with the keyboard alone, on a wide screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, desktop, launchBrowser, openPage, phone } from '../support/browser';
import { readBuilt } from '../support/dist';

const episode = '/manga/episode-01/';
const totalPages = (readBuilt(episode).match(/class="reader-page"/g) ?? []).length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const counter = (page: Page) => page.locator('[data-reader-counter]').textContent();
const ready = async (page: Page) => {
  await page.waitForSelector('.reader.is-enhanced .swiper-initialized');
  await page.locator('.reader .swiper').scrollIntoViewIfNeeded();
};

/** A one-finger horizontal swipe through Chromium's touch input (Swiper listens to pointer events). */
async function swipe(page: Page, fromX: number, toX: number) {
  const box = (await page.locator('.reader .swiper').boundingBox())!;
  const y = box.y + box.height / 2;
  const client = await page.context().newCDPSession(page);
  const point = (x: number) => [{ x: box.x + box.width * x, y }];
  await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(fromX) });
  for (let step = 1; step <= 8; step += 1) {
    await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(fromX + ((toX - fromX) * step) / 8) });
  }
  await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await client.detach();
}

describe('episode reader on a phone with touch', () => {
  it('has pages to read', () => {
    expect(totalPages).toBeGreaterThanOrEqual(8);
  });

  it('a right-to-left swipe order: dragging towards the right turns to the next page, and back', async () => {
    const { context, page } = await openPage(browser, episode, phone);
    await ready(page);
    expect(await counter(page)).toBe(`1 / ${totalPages}`);
    await swipe(page, 0.2, 0.85); // finger moves right: the next page of a right-to-left book
    await expect.poll(() => counter(page)).toBe(`2 / ${totalPages}`);
    expect(await page.locator('progress[data-reader-progress]').evaluate((el: HTMLProgressElement) => el.value)).toBe(2);
    await swipe(page, 0.85, 0.2);
    await expect.poll(() => counter(page)).toBe(`1 / ${totalPages}`);
    await context.close();
  });

  it('a tap on the left edge turns to the next page, on the right edge back (right-to-left)', async () => {
    const { context, page } = await openPage(browser, episode, phone);
    await ready(page);
    const box = (await page.locator('.reader .swiper').boundingBox())!;
    const y = box.y + box.height / 2;
    await page.touchscreen.tap(box.x + box.width * 0.08, y);
    await expect.poll(() => counter(page)).toBe(`2 / ${totalPages}`);
    await page.touchscreen.tap(box.x + box.width * 0.92, y);
    await expect.poll(() => counter(page)).toBe(`1 / ${totalPages}`);
    // A tap in the middle is not a page turn (it may be the start of a double-tap zoom).
    await page.touchscreen.tap(box.x + box.width * 0.5, y);
    await page.waitForTimeout(400);
    expect(await counter(page)).toBe(`1 / ${totalPages}`);
    await context.close();
  });

  it('reload resumes on the same page and offers to start over', async () => {
    const { context, page } = await openPage(browser, episode, phone);
    await ready(page);
    for (let i = 0; i < 2; i += 1) {
      await page.getByRole('button', { name: '次のページ' }).click();
    }
    await expect.poll(() => counter(page)).toBe(`3 / ${totalPages}`);
    await page.reload();
    await ready(page);
    expect(await counter(page)).toBe(`3 / ${totalPages}`);
    await expect.poll(() => page.getByText('前回の続き（3ページ目）から表示しています。').isVisible()).toBe(true);
    await page.getByRole('button', { name: '最初から読む' }).click();
    await expect.poll(() => counter(page)).toBe(`1 / ${totalPages}`);
    await context.close();
  });

  it('double-tap zooms the page', async () => {
    const { context, page } = await openPage(browser, episode, phone);
    await ready(page);
    const box = (await page.locator('.reader .swiper').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.touchscreen.tap(cx, cy);
    await page.waitForTimeout(60);
    await page.touchscreen.tap(cx, cy);
    await expect.poll(() => page.locator('.swiper-slide-active').getAttribute('class')).toContain('swiper-slide-zoomed');
    const transform = () => page.locator('.swiper-slide-active picture').first().evaluate((el) => getComputedStyle(el).transform);
    await expect.poll(transform).toMatch(/^matrix\(3, 0, 0, 3,/);
    expect(await counter(page)).toBe(`1 / ${totalPages}`);
    await context.close();
  });

  it('「テキストで読む」 shows the current page’s text and follows the page', async () => {
    const { context, page } = await openPage(browser, episode, phone);
    await ready(page);
    const panel = page.locator('[data-reader-current-text]');
    expect(await panel.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'テキストで読む' }).click();
    expect(await page.getByRole('button', { name: 'テキストを閉じる' }).getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => panel.textContent()).toContain('1ページ目');
    await page.getByRole('button', { name: '次のページ' }).click();
    await expect.poll(() => panel.textContent()).toContain('2ページ目');
    expect(await panel.textContent()).toContain('佐藤さん、あさって退院ですね。');
    await context.close();
  });

  it('loads the first pages only, and the next two after turning', async () => {
    const { context, page } = await openPage(browser, episode, phone);
    const requested = new Set<string>();
    page.on('request', (r) => {
      const m = r.url().match(/\/_astro\/(page-\d+)\./);
      if (m) requested.add(m[1]!);
    });
    await page.reload({ waitUntil: 'networkidle' });
    await ready(page);
    await page.waitForLoadState('networkidle');
    expect([...requested].sort()).toEqual(['page-01', 'page-02', 'page-03']);
    await page.getByRole('button', { name: '次のページ' }).click();
    await page.waitForLoadState('networkidle');
    expect([...requested].sort()).toEqual(['page-01', 'page-02', 'page-03', 'page-04']);
    await context.close();
  });

  it('makes slides out of view inert and labels the reader in Japanese', async () => {
    const { context, page } = await openPage(browser, episode, phone);
    await ready(page);
    const states = await page.locator('.swiper-slide').evaluateAll((slides) => slides.map((s) => (s as HTMLElement).inert));
    expect(states[0]).toBe(false);
    expect(states.slice(1).every(Boolean)).toBe(true);
    expect(await page.locator('.swiper-slide').first().getAttribute('aria-roledescription')).toBe('ページ');
    expect(await page.locator('.swiper-wrapper').getAttribute('aria-live')).not.toBe('assertive');
    await context.close();
  });

  it('has no axe violations with the reader running and the text open', async () => {
    const { context, page } = await openPage(browser, episode, phone);
    await ready(page);
    await page.getByRole('button', { name: 'テキストで読む' }).click();
    await page.locator('[data-reader-fulltext] summary').click();
    const violations = await axeViolations(page);
    await context.close();
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('shows every page in order with its alt text and transcript', async () => {
    const { context, page } = await openPage(browser, episode, { ...phone, javaScriptEnabled: false });
    const images = page.locator('.reader-page img');
    expect(await images.count()).toBe(totalPages);
    for (let i = 0; i < totalPages; i += 1) {
      const img = images.nth(i);
      expect((await img.getAttribute('alt'))?.length).toBeGreaterThan(5);
      expect(await img.isVisible()).toBe(true);
    }
    const transcripts = page.locator('.reader-page .transcript');
    expect(await transcripts.count()).toBe(totalPages);
    expect(await transcripts.nth(1).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '次のページ' }).isVisible()).toBe(false);
    await context.close();
  });
});

describe('keyboard only', () => {
  it('reads the whole episode with Tab, Enter and the arrow keys', async () => {
    const { context, page } = await openPage(browser, episode, { ...desktop, viewport: { width: 600, height: 900 } });
    await ready(page);
    let found = false;
    for (let i = 0; i < 40 && !found; i += 1) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.textContent?.includes('次のページ') ?? false);
    }
    expect(found).toBe(true);
    for (let i = 1; i < totalPages; i += 1) {
      await page.keyboard.press('Enter');
      await expect.poll(() => counter(page)).toBe(`${i + 1} / ${totalPages}`);
    }
    // Right-to-left: ← is "next", → is "previous".
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter(page)).toBe(`${totalPages - 1} / ${totalPages}`);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => counter(page)).toBe(`${totalPages} / ${totalPages}`);
    const focusVisible = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(focusVisible).not.toBe('none');
    await context.close();
  });
});

describe('wide screen', () => {
  it('shows the cover alone, then pages in pairs, right page first', async () => {
    const { context, page } = await openPage(browser, episode, desktop);
    await ready(page);
    expect(await page.locator('.swiper-slide').first().locator('picture').count()).toBe(1);
    await page.getByRole('button', { name: '次のページ' }).click();
    await expect.poll(() => counter(page)).toBe(`2–3 / ${totalPages}`);
    const order = await page.locator('.swiper-slide-active img').evaluateAll((imgs) => imgs.map((img) => ({ x: img.getBoundingClientRect().x, src: (img as HTMLImageElement).currentSrc })));
    expect(order).toHaveLength(2);
    // Page 2 sits to the right of page 3 in a right-to-left book.
    const page2 = order.find((o) => o.src.includes('page-02'))!;
    const page3 = order.find((o) => o.src.includes('page-03'))!;
    expect(page2.x).toBeGreaterThan(page3.x);
    await context.close();
  });

  it('toggles full screen', async () => {
    const { context, page } = await openPage(browser, episode, desktop);
    await ready(page);
    await page.getByRole('button', { name: '全画面で読む' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains('reader') || document.querySelector('.reader')?.classList.contains('is-immersive'))).toBe(true);
    await page.getByRole('button', { name: '全画面を終了' }).click();
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
    await context.close();
  });
});

describe('reduced motion', () => {
  it('turns pages without animation', async () => {
    const { context, page } = await openPage(browser, episode, { ...phone, reducedMotion: 'reduce' });
    await ready(page);
    await page.getByRole('button', { name: '次のページ' }).click();
    await expect.poll(() => counter(page)).toBe(`2 / ${totalPages}`);
    // Swiper's speed is 0; the site-wide reduced-motion rule clamps any transition to 0.01 ms.
    const duration = await page.locator('.swiper-wrapper').evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
    expect(duration).toBeLessThan(0.001);
    await context.close();
  });
});
