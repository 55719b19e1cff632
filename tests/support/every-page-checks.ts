/**
 * The checks every built page gets, as a phone user meets it: no CSP violation or third-party
 * request, accessible per axe (WCAG 2.1 AA), no console error, readable at 320 px and at 200 %
 * zoom. Split into shards so each of the two browser workers takes half the pages
 * (tests/browser/every-page.test.ts and every-page-2.test.ts); each shard keeps one watched
 * phone page and one desktop page and reuses them from page to page, resizing the desktop one
 * between the two widths instead of opening a context per viewport (issue 23).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, describeViolations, desktop, launchBrowser, phone, watchPage, type WatchedPage } from './browser';
import { builtPagePaths } from './dist';
import { tagAccessibility } from './accessibility-reporter';

/** Shard `shard` (0-based) of `shards`: every `shards`-th page, so both halves mix templates. */
export function pagesOfShard(shard: number, shards: number, pages = builtPagePaths()): string[] {
  return pages.filter((_, index) => index % shards === shard);
}

export function describeEveryPage(shard: number, shards: number): void {
  const pages = pagesOfShard(shard, shards);
  let browser: Browser;
  let watched: WatchedPage;
  let wide: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    watched = await watchPage(browser, phone);
    wide = await (await browser.newContext(desktop)).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(`shard ${shard + 1} of ${shards} has pages to check`, () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  describe.each(pages)('%s', (pagePath) => {
    it('loads with no CSP violation, console error or third-party request, and no axe violation', async ({ task }) => {
      // Evidence for the accessibility report (/accessibility/report/), recorded even when the test fails.
      const evidence = tagAccessibility(task, { check: 'axe', page: pagePath });
      const response = await watched.visit(pagePath);
      const { problems } = watched;
      const csp = response?.headers()['content-security-policy'] ?? '';
      const violations = await axeViolations(watched.page);
      evidence.violations = violations.map((v) => ({ id: v.id, tags: v.tags }));
      if (pagePath !== '/404.html') expect(csp, 'the static host sends the page its CSP from dist/_headers').toMatch(/frame-ancestors 'none'/);
      expect(problems.cspViolations).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.thirdPartyRequests).toEqual([]);
      expect(violations, describeViolations(violations)).toEqual([]);
    });

    it('fits 320 px and 200 % zoom without sideways scrolling', async ({ task }) => {
      tagAccessibility(task, { check: 'reflow', page: pagePath });
      // 200 % zoom of a 1280 px window lays out like a 640 px one.
      await wide.setViewportSize({ width: 320, height: 800 });
      await wide.goto(new URL(pagePath, baseUrl()).href, { waitUntil: 'load' });
      for (const width of [320, 640]) {
        await wide.setViewportSize({ width, height: 800 });
        // Layout after the resize has settled: two frames.
        await wide.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        expect(await wide.evaluate(() => window.innerWidth)).toBe(width);
        const overflow = await wide.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${pagePath} scrolls sideways by ${overflow}px at ${width}px`).toBeLessThanOrEqual(0);
      }
    });
  });
}
