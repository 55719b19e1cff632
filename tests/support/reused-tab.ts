/**
 * One browser tab reused by the tests of a file that open pages with the same context options.
 *
 * A new context per test costs a new renderer process, and going through about:blank costs the
 * same: on the 2-core runner an episode visit took ≈ 1.0 s CPU that way against ≈ 0.45 s as a
 * same-site navigation in a tab that is already open (issue 23). What a test needs fresh is the
 * site's stored state, so {@link ReusedTab.visit} clears it before each visit: cookies,
 * localStorage, sessionStorage, IndexedDB, Cache Storage and service workers of the site's
 * origin. The HTTP cache stays warm, as a returning reader's would; a test that watches the
 * network, fakes the clock, changes the media type or goes offline opens its own context.
 */
import type { Browser, BrowserContext, BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import { baseUrl, phone } from './browser';

export interface VisitOptions {
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  beforeLoad?: (page: Page) => Promise<void>;
}

export interface ReusedTab {
  /**
   * Clears the site's stored state, then opens `path` (waiting for the load event) in the tab.
   * `viewport` and `reducedMotion` stand in for the tab's own for this visit only (each visit
   * sets both and the screen media type, so one test's emulation never carries over); `beforeLoad` runs on the tab just before
   * it navigates (e.g. to set page.clock).
   */
  visit: (path: string, options?: VisitOptions) => Promise<Page>;
  /** Closes the tab's context (afterAll). */
  close: () => Promise<void>;
}

/** `browser`: a getter, as files launch theirs in beforeAll. */
export function reusedTab(browser: () => Browser, options: BrowserContextOptions = phone): ReusedTab {
  let open: Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> | undefined;
  return {
    async visit(path, { viewport, reducedMotion, beforeLoad } = {}) {
      open ??= (async () => {
        const context = await browser().newContext(options);
        const page = await context.newPage();
        return { context, page, cdp: await context.newCDPSession(page) };
      })();
      const { context, page, cdp } = await open;
      const target = new URL(path, baseUrl());
      await context.clearCookies();
      await cdp.send('Storage.clearDataForOrigin', { origin: target.origin, storageTypes: 'all' });
      const current = page.url();
      // sessionStorage belongs to the tab and outlives navigations; 'all' above does not include it.
      if (current.startsWith(`${target.origin}/`)) await page.evaluate(() => sessionStorage.clear());
      const sameDocument = target.hash !== '' && current.split('#')[0] === target.href.split('#')[0];
      const size = viewport ?? options.viewport;
      if (size && (page.viewportSize()?.width !== size.width || page.viewportSize()?.height !== size.height)) await page.setViewportSize(size);
      await page.emulateMedia({ media: null, reducedMotion: reducedMotion ?? options.reducedMotion ?? null });
      await beforeLoad?.(page);
      await page.goto(target.href, { waitUntil: 'load' });
      // A change of the fragment alone would not load the page again: the reader would keep its state.
      if (sameDocument) await page.reload({ waitUntil: 'load' });
      return page;
    },
    async close() {
      if (open) await (await open).context.close();
      open = undefined;
    },
  };
}
