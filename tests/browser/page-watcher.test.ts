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
