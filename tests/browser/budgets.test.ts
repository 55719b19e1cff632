/** Byte budgets per page template, measured in Chromium as a phone loads each page. */
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import pLimit from 'p-limit';
import { templates } from '../../tools/bench-templates.mjs';
import { budgetFailures, measuredBytes } from '../../tools/budgets.mjs';
import { measurePage } from '../../tools/page-weight.mjs';
import { baseUrl, launchBrowser } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Each measurement still gets a fresh context (a cold cache) and waits for the load event and then
 * `networkidle` (the favicon and /search/'s Pagefind chain start after load, after quiet gaps of
 * up to ≈ 0.4 s), but most of its time is that 500 ms of quiet: two pages at once overlap those
 * waits (issue 23). More at once stretches a page's own gaps on two shared cores.
 */
const twoAtOnce = pLimit(2);

describe.concurrent.each(templates)('$name ($path)', (template) => {
  it('stays within its byte budgets and requests nothing from third parties', async ({ expect }) => {
    const weight = await twoAtOnce(() => measurePage(browser, { dist: path.resolve('dist'), baseUrl: baseUrl(), path: template.path }));
    expect(weight.external).toEqual([]);
    expect(budgetFailures(template.name, measuredBytes(weight), template.budget)).toEqual([]);
  });
});
