/**
 * People's journeys through the institutions finder, run against the sample build
 * (tests/browser/institutions.test.ts) and the Tokyo-scale build (institutions-tokyo.test.ts).
 * Expected counts come from the data file the site was built from, never from the page.
 * Map tiles are answered with a local PNG: nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, describeViolations } from './browser';

export interface Facility {
  id: string;
  name: string;
  municipalityCode: string;
  tel?: string;
  eprescription: boolean;
}

const tile = readFileSync(path.resolve('tests/fixtures/institutions/tile.png'));
const setagaya = '13112';

export async function openAt(browser: Browser, base: string, urlPath: string, options: BrowserContextOptions) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const tiles: string[] = [];
  const thirdParty: string[] = [];
  const problems: string[] = [];
  const origin = new URL(base).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.route((url) => url.origin !== origin, (route) => {
    const url = route.request().url();
    if (url.startsWith('https://cyberjapandata.gsi.go.jp/xyz/std/')) {
      tiles.push(url);
      return route.fulfill({ status: 200, contentType: 'image/png', body: tile });
    }
    thirdParty.push(url);
    return route.fulfill({ status: 204, body: '' });
  });
  await page.goto(new URL(urlPath, base).href, { waitUntil: 'load' });
  return { context, page, tiles, thirdParty, problems };
}

const cardIds = (page: Page) => page.locator('[data-institution-list] > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id ?? ''));

/** Without JavaScript: 区市町村 link → paginated list → next page → feature link, every count from the data. */
export async function noJavaScriptJourney(browser: Browser, base: string, facilities: readonly Facility[], options: BrowserContextOptions) {
  const inWard = facilities.filter((f) => f.municipalityCode === setagaya);
  const withFeature = inWard.filter((f) => f.eprescription);
  const { context, page } = await openAt(browser, base, '/institutions/', { ...options, javaScriptEnabled: false });
  expect(await page.locator('[data-finder-form]').isVisible()).toBe(false);
  await page.getByRole('link', { name: `世田谷区（${inWard.length.toLocaleString('ja-JP')}件）` }).click();
  await page.waitForURL(/\/institutions\/ward\/setagaya\/$/);
  expect(await page.locator('h1').textContent()).toBe('世田谷区の医療機関');
  const seen = new Set<string>();
  const firstPage = await cardIds(page);
  expect(firstPage.length).toBe(Math.min(50, inWard.length));
  firstPage.forEach((id) => seen.add(id));
  const tel = page.locator('[data-institution-list] a[href^="tel:"]').first();
  expect(await tel.getAttribute('href')).toMatch(/^tel:0\d{9,10}$/);
  if (inWard.length > 50) {
    await page.getByRole('link', { name: '次のページ', exact: true }).click();
    await page.waitForURL(/\/institutions\/ward\/setagaya\/2\/$/);
    const second = await cardIds(page);
    expect(second.length).toBe(Math.min(50, inWard.length - 50));
    expect(second.filter((id) => seen.has(id))).toEqual([]);
    // Chromium names the link 「2 ページ」: the hidden word is positioned, so it counts as a block.
    expect(await page.getByRole('navigation', { name: 'ページ送り' }).locator('a[aria-current="page"]').textContent()).toBe('2ページ');
  }
  await page.getByRole('link', { name: `電子処方箋に対応している（${withFeature.length.toLocaleString('ja-JP')}件）` }).click();
  await page.waitForURL(/\/institutions\/ward\/setagaya\/eprescription\/$/);
  const states = await page.locator('[data-institution-list] [data-feature="eprescription"]').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.state));
  expect(states.length).toBe(Math.min(50, withFeature.length));
  expect(new Set(states)).toEqual(new Set(['yes']));
  const lastPage = Math.ceil(withFeature.length / 50);
  if (lastPage > 1) {
    await page.getByRole('navigation', { name: 'ページ送り' }).getByRole('link', { name: new RegExp(`^${lastPage}\\s?ページ$`) }).click();
    await page.waitForURL(new RegExp(`/institutions/ward/setagaya/eprescription/${lastPage}/$`));
    expect((await cardIds(page)).length).toBe(withFeature.length - (lastPage - 1) * 50);
  }
  const listUrl = page.url();
  await context.close();
  // axe needs scripts: the same list page, looked at with JavaScript on.
  const withJs = await openAt(browser, base, new URL(listUrl).pathname, options);
  const violations = await axeViolations(withJs.page);
  expect(violations, describeViolations(violations)).toEqual([]);
  await withJs.context.close();
}

/** With JavaScript: 世田谷区 + 電子処方箋 gives the data's count, the URL keeps it, a card opens from the keyboard. */
export async function finderJourney(browser: Browser, base: string, facilities: readonly Facility[], options: BrowserContextOptions) {
  const expected = facilities.filter((f) => f.municipalityCode === setagaya && f.eprescription);
  const { context, page, problems, thirdParty } = await openAt(browser, base, '/institutions/', options);
  const status = page.locator('[data-finder-status]');
  await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/条件に合う医療機関は[\d,]+件です/);
  expect(await status.textContent()).toContain(`条件に合う医療機関は${facilities.length.toLocaleString('ja-JP')}件です。`);
  await page.getByRole('combobox', { name: '区市町村' }).selectOption({ label: '世田谷区' });
  await page.getByRole('checkbox', { name: '電子処方箋' }).check();
  await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe(`条件に合う医療機関は${expected.length.toLocaleString('ja-JP')}件です。`);
  const rows = page.locator('[data-finder-results] button[data-id]');
  expect(await rows.count()).toBe(Math.min(50, expected.length));
  const ids = new Set(expected.map((f) => f.id));
  expect((await rows.evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.id ?? ''))).filter((id) => !ids.has(id))).toEqual([]);
  const url = new URL(await page.evaluate(() => location.href));
  expect(url.searchParams.get('ward')).toBe('setagaya');
  expect(url.searchParams.getAll('feature')).toEqual(['eprescription']);

  // Keyboard only: from the last checkbox, Tab on to the first result and open it with Enter.
  await page.getByRole('checkbox', { name: 'PMH' }).focus();
  for (let i = 0; i < 12 && !(await page.evaluate(() => document.activeElement?.matches('[data-finder-results] button'))); i += 1) await page.keyboard.press('Tab');
  const focusedId = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
  expect(focusedId).toBeTruthy();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  const facility = expected.find((f) => f.id === focusedId)!;
  expect(await dialog.getByRole('heading', { level: 2 }).textContent()).toContain(facility.name);
  if (facility.tel) expect(await dialog.getByRole('link', { name: facility.tel }).getAttribute('href')).toBe(`tel:${facility.tel.replace(/-/g, '')}`);
  expect(await dialog.locator('[data-feature="eprescription"]').textContent()).toContain('電子処方箋：対応');
  expect(await dialog.getByRole('link', { name: /医療情報ネット/ }).getAttribute('href')).toMatch(/^https:\/\/www\.iryou\.teikyouseido\.mhlw\.go\.jp\//);
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.isVisible()).toBe(false);
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id)).toBe(focusedId);

  // A shared link reproduces the filter.
  const other = await context.newPage();
  await other.goto(url.href);
  await expect.poll(() => other.locator('[data-finder-status]').textContent(), { timeout: 20_000 }).toBe(`条件に合う医療機関は${expected.length.toLocaleString('ja-JP')}件です。`);
  expect(await other.getByRole('checkbox', { name: '電子処方箋' }).isChecked()).toBe(true);
  expect(problems).toEqual([]);
  expect(thirdParty).toEqual([]);
  await context.close();
}

/** The map: 地理院タイル (served locally) with its credit, one marker per 区市町村, then clusters for a 区市町村. */
export async function mapJourney(browser: Browser, base: string, facilities: readonly Facility[], options: BrowserContextOptions, expectClusters: boolean) {
  const { context, page, tiles, thirdParty, problems } = await openAt(browser, base, '/institutions/', options);
  await expect.poll(() => page.locator('[data-finder-status]').textContent(), { timeout: 20_000 }).toMatch(/件です/);
  expect(tiles).toEqual([]);
  await page.getByRole('button', { name: '地図を表示する' }).click();
  const map = page.getByRole('region', { name: '医療機関の地図' });
  // All of Tokyo: markers per 区市町村 (clustered where they crowd) whose counts add up to every facility.
  const wardCounts = () => map.locator('.map-cluster--ward span').evaluateAll((spans) => spans.reduce((sum, s) => sum + Number(s.textContent!.replace(/,/g, '')), 0));
  await expect.poll(wardCounts, { timeout: 15_000 }).toBe(facilities.length);
  expect(tiles.length).toBeGreaterThan(0);
  const credit = map.getByRole('link', { name: '地理院タイル' });
  expect(await credit.getAttribute('href')).toBe('https://maps.gsi.go.jp/development/ichiran.html');
  // The map follows the list: picking 世田谷区 in the form shows its facilities, clustered.
  await page.getByRole('combobox', { name: '区市町村' }).selectOption({ label: '世田谷区' });
  const inWard = facilities.filter((f) => f.municipalityCode === setagaya).length;
  await expect.poll(() => page.locator('[data-finder-status]').textContent(), { timeout: 20_000 }).toBe(`条件に合う医療機関は${inWard.toLocaleString('ja-JP')}件です。`);
  const markers = map.locator('.map-cluster--facilities, .map-facility');
  await expect.poll(() => markers.count()).toBeGreaterThan(0);
  if (expectClusters) {
    const clusters = map.locator('.map-cluster--facilities');
    expect(await clusters.count()).toBeGreaterThan(0);
    // The clusters together hold every facility of the 区市町村 in view.
    const counts = await map.locator('.map-cluster--facilities span').evaluateAll((spans) => spans.map((s) => Number(s.textContent!.replace(/,/g, ''))));
    const singles = await map.locator('.map-facility').count();
    expect(counts.reduce((a, b) => a + b, 0) + singles).toBe(inWard);
  }
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  expect(thirdParty).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
}
