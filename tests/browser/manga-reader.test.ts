/**
 * The manga reader as people use it: swiping on a phone, resuming after a reload,
 * zooming, reading the text, without JavaScript, with the keyboard alone, on a wide screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, describeViolations, desktop, launchBrowser, openPage, phone } from '../support/browser';
import { readBuilt } from '../support/dist';
import { reusedTab } from '../support/reused-tab';

const episode = '/manga/episode-01/';
const totalPages = (readBuilt(episode).match(/class="reader-page"/g) ?? []).length;

let browser: Browser;
/** The phone and wide-screen tests each share one tab; stored reading progress is cleared per visit. */
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

const counter = (page: Page) => page.locator('[data-reader-counter]').textContent();
/** Waits until the page turn has finished (the active slide sits where the strip starts). */
const settled = (page: Page) =>
  expect
    .poll(() => page.locator('.reader .swiper').evaluate((el) => Math.abs(el.querySelector('.swiper-slide-active')!.getBoundingClientRect().x - el.getBoundingClientRect().x)))
    .toBeLessThan(1);
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

/**
 * Two taps on one spot as a finger makes them, the second within Swiper's 300 ms double-tap
 * window and before the reader's 260 ms single-tap timer. The four touch events are sent together
 * over CDP, which delivers them in order, so how busy the machine is decides nothing: with two
 * awaited taps (tap, 60 ms, tap) a full `npm test` run once saw no zoom (the pointerups were
 * 72–85 ms apart when measured that way, 1–25 ms sent together).
 */
async function doubleTap(page: Page, x: number, y: number) {
  const client = await page.context().newCDPSession(page);
  const tap = [
    { type: 'touchStart' as const, touchPoints: [{ x, y }] },
    { type: 'touchEnd' as const, touchPoints: [] },
  ];
  await Promise.all([...tap, ...tap].map((event) => client.send('Input.dispatchTouchEvent', event)));
  await client.detach();
}

describe('episode reader on a phone with touch', () => {
  it('has pages to read', () => {
    expect(totalPages).toBeGreaterThanOrEqual(8);
  });

  it('a right-to-left swipe order: dragging towards the right turns to the next page, and back', async () => {
    const page = await onPhone.visit(episode);
    await ready(page);
    expect(await counter(page)).toBe(`1 / ${totalPages}`);
    await swipe(page, 0.2, 0.85); // finger moves right: the next page of a right-to-left book
    await expect.poll(() => counter(page)).toBe(`2 / ${totalPages}`);
    expect(await page.locator('progress[data-reader-progress]').evaluate((el: HTMLProgressElement) => el.value)).toBe(2);
    await swipe(page, 0.85, 0.2);
    await expect.poll(() => counter(page)).toBe(`1 / ${totalPages}`);
  });

  it('a tap on the left edge turns to the next page, on the right edge back (right-to-left)', async () => {
    const page = await onPhone.visit(episode);
    await ready(page);
    const box = (await page.locator('.reader .swiper').boundingBox())!;
    const y = box.y + box.height / 2;
    await page.touchscreen.tap(box.x + box.width * 0.08, y);
    await expect.poll(() => counter(page)).toBe(`2 / ${totalPages}`);
    await page.touchscreen.tap(box.x + box.width * 0.92, y);
    await expect.poll(() => counter(page)).toBe(`1 / ${totalPages}`);
    await settled(page);
    // A tap in the middle is not a page turn: it opens the immersive view on the same page.
    await page.touchscreen.tap(box.x + box.width * 0.5, y);
    await page.waitForSelector('.reader.is-immersive');
    expect(await counter(page)).toBe(`1 / ${totalPages}`);
  });

  it('reload resumes on the same page and offers to start over', async () => {
    const page = await onPhone.visit(episode);
    await ready(page);
    for (let i = 0; i < 2; i += 1) {
      await page.getByRole('button', { name: '次のページ' }).click();
    }
    await expect.poll(() => counter(page)).toBe(`3 / ${totalPages}`);
    await page.reload();
    await ready(page);
    expect(await counter(page)).toBe(`3 / ${totalPages}`);
    await expect.poll(() => page.getByText('前回の続き（3ページ目）から表示しています。').isVisible()).toBe(true);
    await page.locator('[data-reader-resume]').getByRole('button', { name: '最初から読む' }).click();
    await expect.poll(() => counter(page)).toBe(`1 / ${totalPages}`);
  });

  it('double-tap zooms the page', async () => {
    const page = await onPhone.visit(episode);
    await ready(page);
    const box = (await page.locator('.reader .swiper').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await doubleTap(page, cx, cy);
    await expect.poll(() => page.locator('.swiper-slide-active').getAttribute('class')).toContain('swiper-slide-zoomed');
    const transform = () => page.locator('.swiper-slide-active picture').first().evaluate((el) => getComputedStyle(el).transform);
    await expect.poll(transform).toMatch(/^matrix\(3, 0, 0, 3,/);
    expect(await counter(page)).toBe(`1 / ${totalPages}`);
  });

  it('「テキストで読む」 shows the current page’s text and follows the page', async () => {
    const page = await onPhone.visit(episode);
    await ready(page);
    const panel = page.locator('[data-reader-current-text]');
    expect(await panel.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'テキストで読む' }).click();
    expect(await page.getByRole('button', { name: 'テキストを閉じる' }).getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => panel.textContent()).toContain('1ページ目');
    await page.getByRole('button', { name: '次のページ' }).click();
    // innerText: the text as shown (furigana readings are hidden unless switched on).
    await expect.poll(() => panel.innerText()).toContain('2ページ目');
    expect(await panel.innerText()).toContain('佐藤さん、あさって退院ですね。');
  });

  it('loads the first pages only, and the next two after turning', async () => {
    // Its own context: it watches the network from the first request (one load, not a load and a reload).
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const requested = new Set<string>();
    page.on('request', (r) => {
      const m = r.url().match(/\/_astro\/(page-\d+)\./);
      if (m) requested.add(m[1]!);
    });
    await page.goto(new URL(episode, baseUrl()).href, { waitUntil: 'networkidle' });
    await ready(page);
    await page.waitForLoadState('networkidle');
    expect([...requested].sort()).toEqual(['page-01', 'page-02', 'page-03']);
    await page.getByRole('button', { name: '次のページ' }).click();
    await page.waitForLoadState('networkidle');
    expect([...requested].sort()).toEqual(['page-01', 'page-02', 'page-03', 'page-04']);
    await context.close();
  });

  it('makes slides out of view inert and labels the reader in Japanese', async () => {
    const page = await onPhone.visit(episode);
    await ready(page);
    const states = await page.locator('.swiper-slide').evaluateAll((slides) => slides.map((s) => (s as HTMLElement).inert));
    expect(states[0]).toBe(false);
    expect(states.slice(1).every(Boolean)).toBe(true);
    expect(await page.locator('.swiper-slide').first().getAttribute('aria-roledescription')).toBe('ページ');
    expect(await page.locator('.swiper-wrapper').getAttribute('aria-live')).not.toBe('assertive');
  });

  it('has no axe violations with the reader running and the text open', async () => {
    const page = await onPhone.visit(episode);
    await ready(page);
    await page.getByRole('button', { name: 'テキストで読む' }).click();
    await page.locator('[data-reader-fulltext] summary').click();
    const violations = await axeViolations(page);
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
    const page = await onDesktop.visit(episode, { viewport: { width: 600, height: 900 } });
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
  });
});

describe('wide screen', () => {
  it('shows the cover alone, then pages in pairs, right page first', async () => {
    const page = await onDesktop.visit(episode);
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
  });

  it('toggles full screen', async () => {
    const page = await onDesktop.visit(episode);
    await ready(page);
    await page.getByRole('button', { name: '全画面で読む' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains('reader') || document.querySelector('.reader')?.classList.contains('is-immersive'))).toBe(true);
    await page.getByRole('button', { name: '全画面を終了' }).click();
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
  });
});

describe('reduced motion', () => {
  it('turns pages without animation', async () => {
    const page = await onPhone.visit(episode, { reducedMotion: 'reduce' });
    await ready(page);
    await page.getByRole('button', { name: '次のページ' }).click();
    await expect.poll(() => counter(page)).toBe(`2 / ${totalPages}`);
    // Swiper's speed is 0; the site-wide reduced-motion rule clamps any transition to 0.01 ms.
    const duration = await page.locator('.swiper-wrapper').evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
    expect(duration).toBeLessThan(0.001);
  });
});

/** Where the drawing of the active page sits on screen (the part object-fit: contain fills). */
const drawnRect = (page: Page) =>
  page.locator('.swiper-slide-active img').first().evaluate(async (img: HTMLImageElement) => {
    if (!img.complete || !img.naturalWidth) await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
    const box = img.getBoundingClientRect();
    const scale = Math.min(box.width / img.naturalWidth, box.height / img.naturalHeight);
    const width = img.naturalWidth * scale;
    const height = img.naturalHeight * scale;
    return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height, vw: innerWidth, vh: innerHeight };
  });

/** Every point of a 6×6 grid over the viewport: which part of the page is on top there. */
const whatCoversTheViewport = (page: Page) =>
  page.evaluate(() => {
    const out: { inReader: boolean; chrome: boolean; background: string }[] = [];
    for (let i = 0; i < 6; i += 1) {
      for (let j = 0; j < 6; j += 1) {
        const el = document.elementFromPoint(((i + 0.5) * innerWidth) / 6, ((j + 0.5) * innerHeight) / 6);
        out.push({
          inReader: !!el?.closest('.reader'),
          chrome: !!el?.closest('.site-header, .site-footer, .breadcrumbs, .reader-resume, .reader-hint'),
          background: el ? getComputedStyle(el.closest('.reader-stage') ?? el).backgroundColor : '',
        });
      }
    }
    return out;
  });

/** Controls fully shown (true), fully faded out (false), or in between (undefined). */
const chromeVisible = (page: Page) =>
  page.locator('.reader-controls').evaluate((el) => {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') return false;
    return style.opacity === '1' ? true : undefined;
  });

describe('immersive reading on a phone with touch', () => {
  it('one tap fills the screen with the page on a dark letterbox, no site chrome; a centre tap shows and hides the controls; Escape returns to the same page', async () => {
    const page = await onPhone.visit(episode);
    await ready(page);
    await page.getByRole('button', { name: '全画面で読む' }).click();
    await page.waitForSelector('.reader.is-immersive');
    expect(await chromeVisible(page)).toBe(true);
    // Reading starts: the controls fade out and the drawing has the screen.
    await page.getByRole('button', { name: '次のページ' }).click();
    await expect.poll(() => counter(page)).toBe(`2 / ${totalPages}`);
    await expect.poll(() => chromeVisible(page)).toBe(false);
    const rect = await drawnRect(page);
    expect(Math.max(rect.width / rect.vw, rect.height / rect.vh)).toBeGreaterThanOrEqual(0.95);
    const points = await whatCoversTheViewport(page);
    expect(points.every((p) => p.inReader && !p.chrome)).toBe(true);
    // Outside the drawing the layer is dark (the letterbox).
    expect(new Set(points.map((p) => p.background))).toEqual(new Set(['rgb(0, 0, 0)']));
    const centre = { x: rect.vw / 2, y: rect.vh / 2 };
    await page.touchscreen.tap(centre.x, centre.y);
    await expect.poll(() => chromeVisible(page)).toBe(true);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.touchscreen.tap(centre.x, centre.y);
    await expect.poll(() => chromeVisible(page)).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.reader.is-immersive').count()).toBe(0);
    expect(await counter(page)).toBe(`2 / ${totalPages}`);
    expect(await page.locator('.site-header').isVisible()).toBe(true);
  });

  it('in landscape the spread uses the full height of the screen', async () => {
    const page = await onPhone.visit(`${episode}#p=2`, { viewport: { width: 844, height: 390 } });
    await ready(page);
    await page.getByRole('button', { name: '全画面で読む' }).click();
    await page.waitForSelector('.reader.is-immersive');
    await expect.poll(() => counter(page)).toBe(`2–3 / ${totalPages}`);
    // Drawn height of each half (object-fit: contain), once both images have loaded.
    const drawnHeights = () =>
      page.locator('.swiper-slide-active img').evaluateAll((imgs) =>
        imgs.map((img) => {
          const el = img as HTMLImageElement;
          const box = el.getBoundingClientRect();
          return el.naturalWidth ? Math.round(Math.min(box.height, (box.width * el.naturalHeight) / el.naturalWidth)) : 0;
        }),
      );
    await expect.poll(async () => (await drawnHeights()).every((h) => h >= 390 * 0.95) && (await drawnHeights()).length === 2).toBe(true);
  });

  it('opens the page in the address (#p=5), keeps the address with the page, and Back leaves the reader', async () => {
    const page = await onPhone.visit('/manga/');
    await page.goto(new URL(`${episode}#p=5`, page.url()).href);
    await ready(page);
    expect(await counter(page)).toBe(`5 / ${totalPages}`);
    await page.getByRole('button', { name: '次のページ' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#p=6');
    await page.getByRole('button', { name: '次のページ' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#p=7');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/manga/');
  });

  it('seeks with the slider and the page grid', async () => {
    const page = await onPhone.visit(episode);
    await ready(page);
    const slider = page.getByRole('slider', { name: 'ページを選ぶ' });
    expect(await slider.getAttribute('dir')).toBe('rtl');
    await slider.fill('4');
    await expect.poll(() => counter(page)).toBe(`4 / ${totalPages}`);
    expect(await slider.getAttribute('aria-valuetext')).toBe(`全${totalPages}ページ中 4ページ目`);
    await page.getByRole('button', { name: 'ページ一覧' }).click();
    const grid = page.getByRole('dialog', { name: 'ページ一覧から選ぶ' });
    await grid.waitFor();
    expect(await grid.getByRole('button', { name: '4ページ目を開く' }).getAttribute('aria-current')).toBe('page');
    await grid.getByRole('button', { name: '6ページ目を開く' }).click();
    await expect.poll(() => counter(page)).toBe(`6 / ${totalPages}`);
    expect(await grid.isVisible()).toBe(false);
  });

  it('swiping past the last page shows the end card with the next episode inside the viewport; the list then shows 既読', async () => {
    const page = await onPhone.visit(`${episode}#p=${totalPages}`);
    await ready(page);
    await page.getByRole('button', { name: '全画面で読む' }).click();
    await page.waitForSelector('.reader.is-immersive');
    expect(await counter(page)).toBe(`${totalPages} / ${totalPages}`);
    await swipe(page, 0.2, 0.85);
    const next = page.locator('.swiper-slide-active [data-reader-next]');
    await next.waitFor();
    await settled(page);
    expect(await next.getAttribute('href')).toBe('/manga/episode-02/');
    const box = (await next.boundingBox())!;
    expect(box.y, JSON.stringify(box)).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.locator('.swiper-slide-active').getByRole('button', { name: '最初から読む' }).isVisible()).toBe(true);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.goto(new URL('/manga/', page.url()).href);
    await expect.poll(() => page.locator('[data-slug="episode-01"]').textContent()).toContain('既読');
  });

  it('the episode list shows 続きから after reading to page 3', async () => {
    const page = await onPhone.visit(episode);
    await ready(page);
    for (let i = 0; i < 2; i += 1) await page.getByRole('button', { name: '次のページ' }).click();
    await expect.poll(() => counter(page)).toBe(`3 / ${totalPages}`);
    await page.goto(new URL('/manga/', page.url()).href);
    const resume = page.getByRole('link', { name: '続きから（3ページ目）' });
    await resume.waitFor();
    expect(await resume.getAttribute('href')).toBe(`${episode}#p=3`);
    expect(await page.locator('[data-slug="episode-02"]').isVisible()).toBe(false);
    await resume.click();
    await ready(page);
    expect(await counter(page)).toBe(`3 / ${totalPages}`);
  });
});

describe('offline reading', () => {
  it('after 「オフラインで読む」 the episode opens and turns pages with the network off; the stored data can be cleared', async () => {
    const { context, page } = await openPage(browser, episode, phone);
    await ready(page);
    await page.getByRole('button', { name: 'オフラインで読む' }).click();
    await expect.poll(() => page.locator('[data-reader-offline-status]').textContent(), { timeout: 20_000 }).toBe('この話を保存しました。通信できないときも読めます。');
    await expect.poll(() => page.locator('[data-reader-offline-usage]').textContent()).toMatch(/^この端末に保存したデータ：約\d+\.\dMB$/);
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    expect(await counter(page)).toBe(`1 / ${totalPages}`);
    for (let i = 2; i <= 4; i += 1) {
      await page.getByRole('button', { name: '次のページ' }).click();
      await expect.poll(() => counter(page)).toBe(`${i} / ${totalPages}`);
    }
    const drawn = await drawnRect(page);
    expect(drawn.width).toBeGreaterThan(100);
    await context.setOffline(false);
    await page.getByRole('button', { name: '保存したデータを削除' }).click();
    await expect.poll(() => page.locator('[data-reader-offline-status]').textContent()).toBe('保存したデータを削除しました。');
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    await context.close();
  });
});

describe('200 % text on a phone', () => {
  it('the header and the reader fit a 390 px screen and the site name stays on one line', async () => {
    const page = await onPhone.visit(episode, { viewport: { width: 390, height: 700 } });
    await ready(page);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const fit = await page.evaluate(() => {
      const name = document.querySelector('.site-name span')!;
      const range = document.createRange();
      range.selectNodeContents(name);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      const reader = document.querySelector('.reader')!.getBoundingClientRect();
      return { header: document.querySelector('.site-header')!.getBoundingClientRect().height, lines, scrollWidth: document.documentElement.scrollWidth, readerRight: reader.right };
    });
    expect(fit.lines).toBe(1);
    // Before: 510 of 700 px, the name broken after 「ナ」.
    expect(fit.header).toBeLessThanOrEqual(700 * 0.4);
    expect(fit.scrollWidth).toBeLessThanOrEqual(390);
    expect(fit.readerRight).toBeLessThanOrEqual(390);
  });
});
