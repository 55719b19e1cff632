/**
 * The institutions finder at Tokyo scale: 15,000 generated facilities (650 hospitals, 14,350
 * clinics in all 62 区市町村), built once into a temp copy of the project. The same journeys as
 * on the sample data, plus clusters on the map. The one 15,000-facility build in `npm test`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { desktop, launchBrowser, phone } from '../support/browser';
import { finderJourney, mapJourney, noJavaScriptJourney, type Facility } from '../support/institution-journeys';
import { buildTokyoInstitutions } from '../../tools/tokyo-institutions.mjs';
import { startStaticServer } from '../../tools/serve-dist.mjs';

let browser: Browser;
let tokyo: ReturnType<typeof buildTokyoInstitutions> | undefined;
let server: { url: string; close: () => Promise<void> } | undefined;
let facilities: Facility[] = [];

beforeAll(async () => {
  // The journeys never open /admin/, so its bundle is not copied.
  // The search index stays: one test below checks what site search holds at Tokyo scale (issue 18/19).
  tokyo = buildTokyoInstitutions({ skip: ['cms-bundle'] });
  console.log(`Tokyo-scale build (${tokyo.facilities.length} facilities): ${(tokyo.build.ms / 1000).toFixed(1)} s`);
  if (tokyo.build.code !== 0) throw new Error(tokyo.build.output.slice(-3000));
  facilities = tokyo.facilities as Facility[];
  server = await startStaticServer(path.join(tokyo.project.dir, 'dist'));
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  tokyo?.project.remove();
});

describe('institutions finder with 15,000 facilities', () => {
  it('the generated data covers all 62 区市町村 with ≈650 hospitals and ≈14,000 clinics', () => {
    expect(new Set(facilities.map((f) => f.municipalityCode)).size).toBe(62);
    expect(facilities).toHaveLength(15_000);
  });
  it('site search holds each 区市町村 list once (page 1, without its cards), so the index does not grow with the facilities', () => {
    const dist = path.join(tokyo!.project.dir, 'dist');
    const lists = readdirSync(path.join(dist, 'institutions/ward'), { recursive: true }).map(String).filter((file) => file.endsWith('index.html'));
    const indexed = lists.filter((file) => readFileSync(path.join(dist, 'institutions/ward', file), 'utf8').includes('data-pagefind-body'));
    // One page 1 (`<slug>/index.html`) for each of the 62 区市町村, no later page, no feature list.
    expect(indexed).toHaveLength(new Set(facilities.map((f) => f.municipalityCode)).size);
    for (const file of indexed) expect(file).toMatch(/^[a-z-]+\/index\.html$/);
    for (const file of indexed) expect(readFileSync(path.join(dist, 'institutions/ward', file), 'utf8')).toMatch(/<ol class="institution-cards"[^>]*data-pagefind-ignore="all"/);
    // Pagefind's own count: the sample site's pages plus one per 区市町村, not ≈300 pages of 50 cards.
    const pages = Number(/Pagefind: (\d+) pages/.exec(tokyo!.build.output)?.[1]);
    expect(pages).toBeLessThan(62 + 150);
  });
  it('without JavaScript, 世田谷区 lists paginate and the feature links give the data’s counts', async () => {
    await noJavaScriptJourney(browser, server!.url, facilities, phone);
  }, 120_000);
  it('with JavaScript, 世田谷区 + 電子処方箋 gives exactly the data’s count, and a card opens from the keyboard', async () => {
    await finderJourney(browser, server!.url, facilities, desktop);
  }, 120_000);
  it('applying a filter over all 15,000 with the CPU slowed 4× is measured (budget in npm run bench)', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.route((url) => url.origin !== new URL(server!.url).origin, (route) => route.fulfill({ status: 204, body: '' }));
    await page.goto(`${server!.url}/institutions/`);
    await page.getByRole('searchbox', { name: '名称・ふりがな・住所' }).fill('さんぷる');
    await page.locator('[data-finder-status]').filter({ hasText: '15,000件です' }).waitFor({ timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const runs: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      await page.evaluate(() => performance.clearMeasures());
      await page.getByRole('checkbox', { name: '電子処方箋' }).setChecked(i % 2 === 0);
      await page.waitForFunction(() => performance.getEntriesByName('institutions-filter').length > 0);
      runs.push(await page.evaluate(() => performance.getEntriesByName('institutions-filter')[0]!.duration));
    }
    console.log(`filter over 15,000 at 4× CPU throttling: ${runs.map((ms) => ms.toFixed(1)).join(', ')} ms`);
    expect(runs).toHaveLength(5);
    await context.close();
  }, 120_000);
  it('the default map clusters the facilities (tiles served locally)', async () => {
    await mapJourney(browser, server!.url, facilities, phone, true);
  }, 120_000);
});
