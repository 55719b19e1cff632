/**
 * The video pages as viewers meet them: nothing from YouTube until play is pressed, then
 * the privacy-enhanced player (stubbed here, so nothing leaves the machine); keyboard start;
 * the transcript without JavaScript; coming-soon entries without a player; axe clean.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { axeViolations, baseUrl, describeViolations, desktop, launchBrowser, phone } from '../support/browser';

const released = '/videos/overview/';
const comingSoon = '/videos/young-adults/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A context whose every request off the local server is recorded. youtube-nocookie.com
 * gets a stub player page; anything else third-party is aborted.
 */
async function recordingContext(options: BrowserContextOptions) {
  const context = await browser.newContext(options);
  const thirdParty: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl()) || url.startsWith('data:')) return route.continue();
    thirdParty.push(url);
    if (new URL(url).hostname === 'www.youtube-nocookie.com') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="ja"><title>stub</title><p id="stub-player">stub player</p></html>' });
    }
    return route.abort();
  });
  return { context, thirdParty };
}

async function open(context: BrowserContext, path: string) {
  const page = await context.newPage();
  await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'networkidle' });
  return page;
}

describe('released video page (YouTube facade)', () => {
  it('requests nothing from a third party before play, and shows the player above the fold on a phone', async () => {
    const { context, thirdParty } = await recordingContext(phone);
    const page = await open(context, released);
    const button = page.getByRole('button', { name: /動画を再生/ });
    expect(await button.count()).toBe(1);
    const box = await button.boundingBox();
    const player = await page.locator('.player').boundingBox();
    expect(box && player, 'play button and player are laid out').toBeTruthy();
    expect(player!.y + player!.height, 'the whole player fits in the first screen (844 px)').toBeLessThanOrEqual(844);
    // Scrolling through the page (lazy images, share links) still reaches no third party.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(await page.locator('iframe').count()).toBe(0);
    expect(thirdParty).toEqual([]);
    await context.close();
  });

  it('loads the youtube-nocookie player, playing with captions, when play is pressed', async () => {
    const { context, thirdParty } = await recordingContext(phone);
    const page = await open(context, released);
    await page.getByRole('button', { name: /動画を再生/ }).click();
    const iframe = page.locator('.player iframe');
    await iframe.waitFor();
    const src = new URL((await iframe.getAttribute('src')) ?? '');
    expect(src.origin).toBe('https://www.youtube-nocookie.com');
    expect(src.pathname).toBe('/embed/sample-0001');
    expect(src.searchParams.get('autoplay')).toBe('1');
    expect(src.searchParams.get('cc_load_policy')).toBe('1');
    expect(await iframe.getAttribute('title')).toContain('医療DXの概要編');
    expect(await iframe.getAttribute('allow')).toContain('autoplay');
    // The stub answered inside the frame: the player really loaded.
    await expect.poll(async () => page.frameLocator('.player iframe').locator('#stub-player').count()).toBe(1);
    expect(thirdParty.length).toBeGreaterThan(0);
    expect(thirdParty.every((url) => new URL(url).hostname === 'www.youtube-nocookie.com'), thirdParty.join('\n')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  it('can be started from the keyboard alone', async () => {
    const { context } = await recordingContext(desktop);
    const page = await open(context, released);
    let reached = false;
    for (let presses = 0; presses < 40 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('.player button') ?? false);
    }
    expect(reached, 'Tab reaches the play button').toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await page.locator('.player iframe').waitFor();
    expect(await page.locator('.player iframe').getAttribute('src')).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/sample-0001\?autoplay=1/);
    await context.close();
  });

  it('has no axe violations before play', async () => {
    const { context } = await recordingContext(phone);
    const page = await open(context, released);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  it('reads completely without JavaScript: transcript, captions link, and a plain link to YouTube', async () => {
    const { context, thirdParty } = await recordingContext({ ...phone, javaScriptEnabled: false });
    const page = await open(context, released);
    const lines = page.locator('#transcript li');
    expect(await lines.count()).toBeGreaterThanOrEqual(5);
    expect(await lines.first().innerText()).toContain('ナレーション：');
    expect(await page.locator('#transcript').innerText()).toContain('画面');
    const fallback = page.locator('.player a.player__facade');
    expect(await fallback.getAttribute('href')).toBe('https://www.youtube.com/watch?v=sample-0001');
    expect(await fallback.innerText()).toContain('外部サイト');
    expect(await page.locator('iframe').count()).toBe(0);
    const captions = await page.request.get(new URL((await page.locator('#transcript a[download]').getAttribute('href')) ?? '', baseUrl()).href);
    expect(captions.status()).toBe(200);
    expect((await captions.text()).startsWith('WEBVTT')).toBe(true);
    expect(thirdParty).toEqual([]);
    await context.close();
  });

  it('has a VideoObject, OGP with the thumbnail, plain share links, and a canonical URL free of utm_*', async () => {
    const { context, thirdParty } = await recordingContext(phone);
    const page = await open(context, `${released}?utm_source=x&utm_medium=social&utm_campaign=iryo-dx-videos`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical ?? '').pathname).toBe(released);
    expect(new URL(canonical ?? '').search).toBe('');
    expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(canonical);

    const ogImage = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
    expect(await page.locator('meta[name="twitter:image"]').getAttribute('content')).toBe(ogImage);
    expect(ogImage).toMatch(/\/_astro\/thumbnail\.[^/]+\.png$/);
    expect((await page.request.get(new URL(new URL(ogImage).pathname, baseUrl()).href)).status()).toBe(200);

    const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>);
    const video = ld.find((item) => item['@type'] === 'VideoObject');
    expect(video).toMatchObject({ name: '医療DXの概要編', duration: 'PT1M30S', uploadDate: '2026-11-20T10:00:00+09:00', embedUrl: expect.stringMatching(/^https:\/\/www\.youtube-nocookie\.com\/embed\/sample-0001/) });
    expect((video?.thumbnailUrl as string[])[0]).toBe(ogImage);

    const share = await page.locator('.share a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(share.map((href) => new URL(href).hostname)).toEqual(['line.me', 'x.com', 'www.facebook.com']);
    expect(await page.locator('script[src]:not([src^="/"])').count()).toBe(0);
    expect(thirdParty).toEqual([]);
    await context.close();
  });
});

describe('coming-soon video page', () => {
  it('shows the planned month and no player, no VideoObject', async () => {
    const { context, thirdParty } = await recordingContext(phone);
    const page = await open(context, comingSoon);
    expect(await page.locator('h1').innerText()).toContain('若年層編');
    expect(await page.locator('.player--coming-soon').innerText()).toMatch(/制作中.*令和9年（2027年）2月公開予定/);
    expect(await page.locator('iframe, video, [data-module="video-facade"], a[href*="youtube"]').count()).toBe(0);
    expect(await page.locator('#transcript').count()).toBe(0);
    const types = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => (JSON.parse(text) as { '@type': string })['@type']);
    expect(types).not.toContain('VideoObject');
    expect(await page.locator('.points li').allInnerTexts()).toContain('「面倒くさい」ではなく、「スマートさ」と「手軽さ」');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(thirdParty).toEqual([]);
    await context.close();
  });
});

describe('campaign landing page', () => {
  it('has one card per audience with thumbnail, audience, status, and planned month when coming soon', async () => {
    const { context, thirdParty } = await recordingContext(phone);
    const page = await open(context, '/videos/');
    // The series in the viewer's words, never the plan's (シリーズ化, 自分ごと化, SNS広告掲載).
    const main = await page.locator('main').innerText();
    expect(main).toContain('世代ごとに場面を変えたシリーズ');
    expect(main).not.toMatch(/シリーズ化|自分ごと化|SNS広告掲載|（案）/);
    const cards = page.locator('.video-list .video-card');
    expect(await cards.locator('h3').allInnerTexts()).toEqual(['医療DXの概要編', '若年層編', '子育て世代編', '高齢者編']);
    const texts = await cards.allInnerTexts();
    expect(texts[0]).toMatch(/全年齢[\s\S]*1分30秒[\s\S]*公開中/);
    expect(texts[1]).toMatch(/主に10代後半～30代[\s\S]*制作中[\s\S]*令和9年（2027年）2月公開予定/);
    expect(texts[2]).toContain('主に30代～50代');
    expect(texts[3]).toContain('主に60代以上');
    expect(await cards.locator('img').count()).toBe(4);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(thirdParty).toEqual([]);
    await context.close();
  });
});
