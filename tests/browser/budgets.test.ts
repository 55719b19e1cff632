/** Byte budgets per page template, measured in Chromium as a phone loads each page. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

describe.each(templates)('$name ($path)', (template) => {
  it('stays within its byte budgets and requests nothing from third parties', async () => {
    const weight = await measurePage(browser, { dist: path.resolve('dist'), baseUrl: baseUrl(), path: template.path });
    expect(weight.external).toEqual([]);
    expect(budgetFailures(template.name, measuredBytes(weight), template.budget)).toEqual([]);
  });
});
