/**
 * Shared browser plumbing: launch Debian's Chromium, open pages at phone or desktop
 * size, and run axe-core inside a page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect, inject, type ExpectStatic } from 'vitest';
import { applyRubyPreference } from '../../src/client/ruby-preference';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const baseUrl = () => inject('baseUrl');

/**
 * No name but the test servers' resolves, so no page, worker or Chromium service can reach the
 * internet: a host rule, not request interception, because a routed page turns its HTTP cache off
 * and sends every request through the test process (≈ 15 % of a page sweep's CPU, issue 23). A
 * test that answers a third-party URL itself still routes it (routes are served before any lookup).
 * Chromium keeps one list of host rules and takes the first that matches; an EXCLUDE entry turns
 * every rule off for its host, so localhost is mapped rather than excluded (a mapping of
 * localhost:<port> in `hostMappings` then still applies).
 */
const closedNetworkRules = ['MAP localhost 127.0.0.1', 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'];

/** The flags this closed network needs besides: no background calls to Google's hosts. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * `hostMappings`: host rules one file needs before the closed network's, e.g.
 * {@link localBackendHostRule} of ./cms-backend (`MAP localhost:8081 127.0.0.1:<port>`).
 */
export function launchBrowser(hostMappings: readonly string[] = []): Promise<Browser> {
  const hostRules = `--host-rules=${[...hostMappings, ...closedNetworkRules].join(', ')}`;
  return chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: [...chromiumArgs, hostRules] });
}

export const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo',
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
};

export const desktop: BrowserContextOptions = {
  viewport: { width: 1280, height: 800 },
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo',
};

export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = phone): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
  return { context, page };
}

export interface AxeViolation {
  id: string;
  /** The rule's tags, e.g. wcag143: which success criteria it tests (the accessibility report reads them). */
  tags: string[];
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe with the WCAG 2.1 A/AA rules (JIS X 8341-3:2016 AA) and returns violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // axe's 550 KB source goes over the wire and is compiled once per document: a journey that
  // checks several steps of one page reuses it (a navigation starts a new document without it).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      // Every rule still runs and every violation comes back in full; axe only skips building
      // selectors for the passes and inapplicable results nobody reads (≈10 % of a run, issue 23).
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, tags: v.tags, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }));
  });
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
}

export interface PageProblems {
  cspViolations: string[];
  consoleErrors: string[];
  thirdPartyRequests: string[];
}

/** A page that records what a careful reviewer would flag, reusable across visits. */
export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** What the last visit produced (a fresh record per visit). */
  problems: PageProblems;
  /**
   * Opens `path`, waits for the load event and then for every request it started to end.
   * A concurrent test passes its own `expect` (Vitest's global one belongs to no test there).
   */
  visit: (path: string, testExpect?: ExpectStatic) => Promise<Awaited<ReturnType<Page['goto']>>>;
}

/**
 * Records CSP violations (securitypolicyviolation events and console reports), console errors,
 * and any request that leaves the site's own origin, for each visit of one page in a new
 * context. The every-page check reuses one per worker: a fresh context per page and the
 * `networkidle` wait (500 ms of quiet, ≈ 0.9 s a page here against ≈ 0.4 s for `load`) were
 * most of its time (issue 23).
 */
export async function watchPage(browser: Browser, options: BrowserContextOptions = phone): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const watched: WatchedPage = { context, page, problems: { cspViolations: [], consoleErrors: [], thirdPartyRequests: [] }, visit: async () => null };
  let origin = '';
  const pending = new Set<unknown>();
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/Content.Security.Policy|CSP violation/i.test(text)) watched.problems.cspViolations.push(text);
    else watched.problems.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => watched.problems.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    pending.add(request);
    const url = request.url();
    if (/^(data|blob):/.test(url)) return;
    if (new URL(url).origin !== origin) watched.problems.thirdPartyRequests.push(url);
  });
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  // Third-party requests are recorded above and end unresolved (chromiumArgs): nothing leaves the machine.
  watched.visit = async (path, testExpect = expect) => {
    const target = new URL(path, baseUrl());
    origin = target.origin;
    watched.problems = { cspViolations: [], consoleErrors: [], thirdPartyRequests: [] };
    pending.clear();
    const response = await page.goto(target.href, { waitUntil: 'load' });
    // The explicit wait that replaces networkidle: let scripts that run after load start their
    // requests (two frames), then wait until every request has ended.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await testExpect.poll(() => pending.size, { timeout: 15_000, interval: 20 }).toBe(0);
    return response;
  };
  return watched;
}

/** {@link watchPage} for one visit, in its own context (close it when done). */
export async function openPageWatched(browser: Browser, path: string, options: BrowserContextOptions = phone) {
  const watched = await watchPage(browser, options);
  const response = await watched.visit(path);
  return { context: watched.context, page: watched.page, problems: watched.problems, response };
}

/**
 * Scripts a page loads besides the header's search-dialog opener (≈1.4 KB gzip, the one
 * module every page carries): for "this page ships no JavaScript of its own" checks.
 */
export async function ownScripts(page: Page): Promise<string[]> {
  const scripts = await page
    .locator('script:not([type="application/ld+json"])')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('src') ?? `inline: ${node.textContent?.slice(0, 60)}`));
  // Every page's own: the search dialog opener and the furigana switch (module and the inline
  // script that restores its choice before first paint).
  const everyPage = /^\/_astro\/(SearchDialog|RubyToggle)\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;
  return scripts.filter((src) => !everyPage.test(src) && src !== `inline: ${applyRubyPreference.slice(0, 60)}`);
}

/**
 * Opens the header's menu (a <details>) unless it is open: the language list and the furigana
 * switch sit at its top, as on a phone (SiteHeader.astro).
 */
export async function openSiteMenu(page: Page): Promise<void> {
  const menu = page.locator('details.site-menu');
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open))) await menu.locator('summary').click();
}
