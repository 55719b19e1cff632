/**
 * 医療DX東京ナビ portal sections (issue 9): dashboard charts and their tables, and the
 * institutions ward/feature filter with and without JavaScript (the lease checker: support.test.ts).
 * (Every page also gets axe and the 320 px check in every-page.test.ts; the axe runs here
 * cover the states only a script reaches: results, errors, a filtered list.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, baseUrl, describeViolations, desktop, launchBrowser, openPage, ownScripts, phone } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The adoption figures as staff entered them, read from the content files (not from the page). */
function adoptionFigures() {
  const dir = path.resolve('src/content/adoption');
  return readdirSync(dir).flatMap((slug) => {
    const text = readFileSync(path.join(dir, slug, 'index.md'), 'utf8');
    const period = text.match(/^period: (.+)$/m)![1]!.trim();
    return [...text.matchAll(/- series: (\w+)\n\s+label: (.+)\n\s+percent: ([\d.]+)(?:\n\s+valueText: (.+))?/g)].map((m) => ({
      series: m[1]!,
      period,
      label: m[2]!.trim(),
      percent: Number(m[3]),
      valueText: m[4]?.trim() ?? `${m[3]}%`,
    }));
  });
}

describe('dashboard', () => {
  it('each chart is an image with a text alternative, and its table matches the content data', async () => {
    const { context, page } = await openPage(browser, '/dashboard/', phone);
    const figures = adoptionFigures();
    expect(figures.length).toBeGreaterThanOrEqual(5);
    for (const series of ['hospital', 'clinic']) {
      const svg = page.locator(`svg[data-chart="adoption-${series}"]`);
      expect(await svg.getAttribute('role')).toBe('img');
      const name = await svg.evaluate((el) =>
        (el.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
      );
      const expected = figures.filter((f) => f.series === series);
      for (const f of expected) expect(name).toContain(`${f.period} ${f.label}：${f.valueText}`);

      const rows = await page.locator(`table[data-chart-table="adoption-${series}"] tbody tr`).evaluateAll((trs) =>
        trs.map((tr) => ({ period: tr.children[0]!.textContent!.trim(), label: tr.children[1]!.textContent!.trim(), valueText: tr.children[3]!.textContent!.trim(), value: Number((tr as HTMLElement).dataset.value) })),
      );
      expect(rows.map((r) => `${r.period}|${r.label}|${r.valueText}|${r.value}`).sort()).toEqual(
        expected.map((f) => `${f.period}|${f.label}|${f.valueText}|${f.percent}`).sort(),
      );
      // The bars are drawn to the same values as the table says.
      const bars = await svg.locator('g.bar-chart__row').evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-value'))));
      expect(bars).toEqual(rows.map((r) => r.value));
    }
    const source = await page.locator('.adoption-chart__source').first().textContent();
    expect(source).toContain('医療DXの推進について');
    await context.close();
  });
});

describe('institutions', () => {
  const names = (page: import('playwright-core').Page) =>
    page.locator('[data-institution-list] > li:visible h3').evaluateAll((hs) => hs.map((h) => h.firstChild!.textContent!.trim()));

  it('without JavaScript a ward link leads to a pre-rendered page listing only that ward', async () => {
    const { context, page } = await openPage(browser, '/institutions/', { ...phone, javaScriptEnabled: false });
    expect(await page.locator('[data-filter-form]').isHidden()).toBe(true);
    const all = await names(page);
    await page.getByRole('link', { name: /^新宿区（\d+件）$/ }).click();
    await page.waitForURL(/\/institutions\/ward\/shinjuku\/$/);
    expect(await page.locator('h1').textContent()).toBe('新宿区の医療機関');
    const shinjuku = await names(page);
    expect(shinjuku.length).toBeGreaterThan(0);
    expect(shinjuku.length).toBeLessThan(all.length);
    const wards = await page.locator('[data-institution-list] > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.municipality));
    expect(new Set(wards)).toEqual(new Set(['shinjuku']));
    expect(await page.getByRole('link', { name: /^新宿区/ }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('link', { name: 'PMH接続', exact: true }).click();
    await page.waitForURL(/\/institutions\/feature\/pmh\/$/);
    const pmh = await page.locator('[data-institution-list] > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.pmh));
    expect(pmh.length).toBeGreaterThan(0);
    expect(new Set(pmh)).toEqual(new Set(['true']));
    expect(await ownScripts(page)).toEqual([]);
    await context.close();
  });

  it('with JavaScript the form filters by ward and feature in place and keeps the filter in the URL', async () => {
    const { context, page } = await openPage(browser, '/institutions/', desktop);
    const all = await names(page);
    await page.getByRole('combobox', { name: '区市町村' }).selectOption({ label: '新宿区' });
    await expect.poll(() => names(page).then((n) => n.length)).toBeLessThan(all.length);
    const shinjuku = await page.locator('[data-institution-list] > li:visible').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.municipality));
    expect(new Set(shinjuku)).toEqual(new Set(['shinjuku']));
    // Read the address from the page: page.url() learns of replaceState asynchronously.
    const href = () => page.evaluate(() => location.href);
    expect(new URL(await href()).searchParams.get('ward')).toBe('shinjuku');
    expect(await page.locator('[data-filter-count]').textContent()).toBe(`${shinjuku.length}件の医療機関を表示しています。`);

    await page.getByRole('checkbox', { name: 'PMH接続' }).check();
    const both = await page.locator('[data-institution-list] > li:visible').evaluateAll((lis) => lis.map((li) => `${(li as HTMLElement).dataset.municipality}/${(li as HTMLElement).dataset.pmh}`));
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(shinjuku.length);
    expect(new Set(both)).toEqual(new Set(['shinjuku/true']));
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // A shared link with the query reproduces the filter.
    const shared = await href();
    expect(new URL(shared).searchParams.getAll('feature')).toEqual(['pmh']);
    const other = await context.newPage();
    await other.goto(shared);
    await expect.poll(() => other.locator('[data-institution-list] > li:visible').count(), { timeout: 10_000 }).toBe(both.length);
    expect(await other.getByRole('checkbox', { name: 'PMH接続' }).isChecked()).toBe(true);

    await page.getByRole('button', { name: '条件をクリア' }).click();
    await expect.poll(() => names(page).then((n) => n.length)).toBe(all.length);
    await context.close();
  });

  it('says the map is unavailable when no tile server is configured, and requests nothing from other hosts', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(new URL('/institutions/', baseUrl()).href, { waitUntil: 'networkidle' });
    expect(await page.getByText('現在、地図は表示できません。一覧から探してください。').isVisible()).toBe(true);
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(baseUrl()))).toEqual([]);
    await context.close();
  });
});
