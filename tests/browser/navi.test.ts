/**
 * 医療DX東京ナビ portal sections (issue 9): dashboard charts and their tables (the lease
 * checker: support.test.ts; the institutions finder: institutions.test.ts).
 * (Every page also gets axe and the 320 px check in every-page.test.ts; the axe runs here
 * cover the states only a script reaches: results, errors, a filtered list.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, phone } from '../support/browser';

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
