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
 *
 * The page of each template in tools/bench-templates.mjs also gets its byte budgets checked, from
 * the same phone visit: Chromium's cache is turned off for it (every file comes over the wire, as
 * on a first visit) and it waits for `networkidle` (the favicon and /search/'s Pagefind chain start
 * after load). Before, a file of its own opened a fresh context per template (a renderer started,
 * ≈ 0.9 CPU-s a template, 52 CPU-s in all, issue 23); the same requests and bytes were measured
 * both ways for all 56 templates.
 */
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import type { Browser, CDPSession, Page, Response } from 'playwright-core';
import { axeViolations, baseUrl, describeViolations, desktop, launchBrowser, phone, watchPage, type WatchedPage } from './browser';
import { builtPagePaths, distDir } from './dist';
import { templates } from '../../tools/bench-templates.mjs';
import { budgetFailures, measuredBytes } from '../../tools/budgets.mjs';
import { weighRequests, type PageWeight } from '../../tools/page-weight.mjs';
import { tagAccessibility } from './accessibility-reporter';

/** Shard `shard` (0-based) of `shards`: every `shards`-th page, so both halves mix templates. */
export function pagesOfShard(shard: number, shards: number, pages = builtPagePaths()): string[] {
  return pages.filter((_, index) => index % shards === shard);
}

export function describeEveryPage(shard: number, shards: number): void {
  const pages = pagesOfShard(shard, shards);
  const templateOf = new Map(templates.map((template) => [template.path, template]));
  let phoneBrowser: Browser;
  let wideBrowser: Browser;
  let watched: WatchedPage;
  let phoneSession: CDPSession;
  let wide: Page;
  beforeAll(async () => {
    [phoneBrowser, wideBrowser] = await Promise.all([launchBrowser(), launchBrowser()]);
    watched = await watchPage(phoneBrowser, phone);
    phoneSession = await watched.context.newCDPSession(watched.page);
    // Network.setCacheDisabled applies to the requests of a session with the Network domain on.
    await phoneSession.send('Network.enable');
    wide = await (await wideBrowser.newContext(desktop)).newPage();
  });

  /**
   * The phone visit of one page, and for a template's page what it downloaded cold: the checks
   * of one page share it (whichever asks first starts it).
   */
  async function visitPhone(pagePath: string, testExpect: ExpectStatic): Promise<{ response: Response | null; weight?: PageWeight }> {
    if (!templateOf.has(pagePath)) return { response: await watched.visit(pagePath, testExpect) };
    await phoneSession.send('Network.setCacheDisabled', { cacheDisabled: true });
    const weighing = weighRequests(watched.page, { dist: distDir, baseUrl: baseUrl() });
    try {
      const response = await watched.visit(pagePath, testExpect);
      await watched.page.waitForLoadState('networkidle');
      return { response, weight: weighing.stop() };
    } finally {
      weighing.stop();
      await phoneSession.send('Network.setCacheDisabled', { cacheDisabled: false });
    }
  }
  afterAll(async () => {
    await Promise.all([phoneBrowser?.close(), wideBrowser?.close()]);
  });

  it(`shard ${shard + 1} of ${shards} has pages to check`, () => {
    expect(pages.length).toBeGreaterThan(0);
  });
  if (shard === 0) {
    it('every template with byte budgets is a built page, so its budgets are checked', () => {
      const built = new Set(builtPagePaths());
      expect(templates.map((template) => template.path).filter((templatePath) => !built.has(templatePath))).toEqual([]);
    });
  }

  describe.each(pages)('%s', (pagePath) => {
    let visited: ReturnType<typeof visitPhone> | undefined;
    const visit = (testExpect: ExpectStatic) => (visited ??= visitPhone(pagePath, testExpect));

    it.concurrent('loads with no CSP violation, console error or third-party request, and no axe violation', async ({ task, expect }) => {
      // Evidence for the accessibility report (/accessibility/report/), recorded even when the test fails.
      const evidence = tagAccessibility(task, { check: 'axe', page: pagePath });
      const { response } = await visit(expect);
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

    const template = templateOf.get(pagePath);
    if (template) {
      it.concurrent(`stays within the byte budgets of “${template.name}” and requests nothing from third parties`, async ({ expect }) => {
        const { weight } = await visit(expect);
        expect(weight!.external).toEqual([]);
        expect(budgetFailures(template.name, measuredBytes(weight!), template.budget)).toEqual([]);
      });
    }
  });
}
