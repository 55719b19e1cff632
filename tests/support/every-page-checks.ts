/**
 * The checks every built page gets, as a phone user meets it: no CSP violation or third-party
 * request, accessible per axe (WCAG 2.1 AA), no console error, readable at 320 px and at 200 %
 * zoom. Split into shards so each of the two browser workers takes half the pages
 * (tests/browser/every-page.test.ts and every-page-2.test.ts); each shard keeps one watched
 * phone page and one desktop page and reuses them from page to page, resizing the desktop one
 * between the two widths instead of opening a context per viewport (issue 23). The two pages live
 * in two browsers: in one browser, every visit that alternates between two contexts throws away
 * Chromium's spare renderer process (kept warm for the context visited last) and starts a new one,
 * a process start per visit (≈ 7 % of the sweep's CPU on this machine, issue 23). Each page's two
 * checks run at the same time, one in each browser (the pages follow one another): while one
 * waits on the other process (a load, an axe run), the other works.
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
  let phoneBrowser: Browser;
  let wideBrowser: Browser;
  let watched: WatchedPage;
  let wide: Page;
  beforeAll(async () => {
    [phoneBrowser, wideBrowser] = await Promise.all([launchBrowser(), launchBrowser()]);
    watched = await watchPage(phoneBrowser, phone);
    wide = await (await wideBrowser.newContext(desktop)).newPage();
  });
  afterAll(async () => {
    await Promise.all([phoneBrowser?.close(), wideBrowser?.close()]);
  });

  it(`shard ${shard + 1} of ${shards} has pages to check`, () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  describe.each(pages)('%s', (pagePath) => {
    it.concurrent('loads with no CSP violation, console error or third-party request, and no axe violation', async ({ task, expect }) => {
      // Evidence for the accessibility report (/accessibility/report/), recorded even when the test fails.
      const evidence = tagAccessibility(task, { check: 'axe', page: pagePath });
      const response = await watched.visit(pagePath, expect);
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

    it.concurrent('fits 320 px and 200 % zoom without sideways scrolling', async ({ task, expect }) => {
      tagAccessibility(task, { check: 'reflow', page: pagePath });
      // 200 % zoom of a 1280 px window lays out like a 640 px one.
      await wide.setViewportSize({ width: 320, height: 800 });
      await wide.goto(new URL(pagePath, baseUrl()).href, { waitUntil: 'load' });
      for (const width of [320, 640]) {
        await wide.setViewportSize({ width, height: 800 });
        // Layout after the resize has settled (two frames), measured in the same round trip.
        const { innerWidth, overflow } = await wide.evaluate(
          () =>
            new Promise<{ innerWidth: number; overflow: number }>((resolve) =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() => resolve({ innerWidth: window.innerWidth, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth })),
              ),
            ),
        );
        expect(innerWidth).toBe(width);
        expect(overflow, `${pagePath} scrolls sideways by ${overflow}px at ${width}px`).toBeLessThanOrEqual(0);
      }
    });
  });
}
