/** Proves the every-page check can fail: a page with a blocked inline script and a third-party image. */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../../tools/serve-dist.mjs';
import { launchBrowser, openPageWatched } from '../support/browser';

let browser: Browser;
let server: Awaited<ReturnType<typeof startStaticServer>>;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startStaticServer(path.resolve('tests/fixtures/csp-violation'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('reports CSP violations and third-party requests', async () => {
  const { context, page, problems } = await openPageWatched(browser, `${server.url}/`);
  expect(await page.title()).toBe('CSP違反のあるページ');
  await context.close();
  expect(problems.cspViolations.join('\n')).toMatch(/script-src/);
  expect(problems.thirdPartyRequests).toContain('https://third-party.invalid/pixel.png');
});

it('resolves no name but the test servers, so no page can reach another host', async () => {
  // Chromium sends *.localhost to this machine by itself: without the browser's resolver rule
  // this page would load from the fixture server. With it, the name is not found, as any
  // internet host's is, and a watched page's third-party request ends there, unanswered.
  const page = await browser.newPage();
  try {
    const elsewhere = new URL(server.url);
    elsewhere.hostname = 'third-party.localhost';
    expect((await page.goto(`${server.url}/`))?.status()).toBe(200);
    const failure = await page.goto(elsewhere.href).then(() => 'loaded', (error: Error) => error.message);
    expect(failure).toContain('net::ERR_NAME_NOT_RESOLVED');
  } finally {
    await page.close();
  }
});
