/**
 * The institutions finder on the sample data the site ships: the no-JavaScript 区市町村 lists,
 * the live filter with its card dialog, and the map on locally served 地理院タイル.
 * The same journeys run on 15,000 generated facilities in institutions-tokyo.test.ts.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, desktop, launchBrowser, phone } from '../support/browser';
import { finderJourney, mapJourney, noJavaScriptJourney, type Facility } from '../support/institution-journeys';

const facilities = JSON.parse(readFileSync('src/content/institutions/institutions.json', 'utf8')) as Facility[];
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('institutions finder (sample data)', () => {
  it('without JavaScript, the 区市町村 list and its feature links show exactly the data’s facilities', async () => {
    await noJavaScriptJourney(browser, baseUrl(), facilities, phone);
  });
  it('with JavaScript, 世田谷区 + 電子処方箋 gives the data’s count, keeps it in the URL, and a card opens from the keyboard', async () => {
    await finderJourney(browser, baseUrl(), facilities, desktop);
  });
  it('the map shows 地理院タイル with its credit and 区市町村 counts for all of Tokyo, then follows the list’s filter', async () => {
    await mapJourney(browser, baseUrl(), facilities, phone, false);
  });
});
