/**
 * 医療DX東京ナビ portal sections (issue 9): dashboard charts and their tables, the lease
 * subsidy calculator (the institutions finder: tests/browser/institutions.test.ts).
 * (Every page also gets axe and the 320 px check in every-page.test.ts; the axe runs here
 * cover the states only a script reaches: results, errors, a filtered list.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, describeViolations, desktop, launchBrowser, openPage, phone } from '../support/browser';
import { subsidyMessages } from '../../src/lib/lease-subsidy';

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

describe('lease subsidy calculator', () => {
  const calculate = async (type: '病院' | '診療所', beds: string) => {
    const { context, page } = await openPage(browser, '/support/lease/', phone);
    await page.getByRole('radio', { name: type }).check();
    await page.getByRole('textbox', { name: '病床数（床）' }).fill(beds);
    await page.getByRole('button', { name: '計算する' }).click();
    return { context, page };
  };

  it.each([
    ['病院', '100', '60,500千円（60,500,000円）', '病院：605千円×病床数'],
    ['診療所', '4', '3,000千円（3,000,000円）', '②3,000千円（4床以下の診療所）'],
    ['診療所', '5', '3,025千円（3,025,000円）', '①605千円×病床数（5床以上の診療所）'],
    ['診療所', '０', '3,000千円（3,000,000円）', '②3,000千円（4床以下の診療所）'],
  ] as const)('%s %s床 → %s', async (type, beds, amount, rule) => {
    const { context, page } = await calculate(type, beds);
    const status = page.getByRole('status').filter({ hasText: '補助額の上限' });
    await expect.poll(() => status.textContent()).toContain(amount);
    expect(await page.locator('[data-result-rule]').textContent()).toContain(rule);
    // The conditions and the note about the official guidelines sit beside the result.
    const result = page.locator('[data-calculator-result]');
    expect(await result.textContent()).toContain('リース期間は5年以下の契約であること');
    expect(await result.textContent()).toContain('再リースへの交付は不可とする');
    expect(await result.textContent()).toContain('交付要綱');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  it.each([
    ['診療所', '-2', subsidyMessages.bedsNegative],
    ['診療所', '4.5', subsidyMessages.bedsNotInteger],
    ['病院', '0', subsidyMessages.hospitalZero],
    ['病院', '', subsidyMessages.bedsMissing],
    ['病院', '十', subsidyMessages.bedsNotNumber],
  ] as const)('%s %j is explained, not computed', async (type, beds, message) => {
    const { context, page } = await calculate(type, beds);
    const input = page.getByRole('textbox', { name: '病床数（床）' });
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#beds-error').textContent()).toBe(message);
    // The error is announced with the field (aria-describedby) and focus returns to it.
    expect(await input.getAttribute('aria-describedby')).toContain('beds-error');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('[data-result-text]').isHidden()).toBe(true);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  it('computes live while typing', async () => {
    const { context, page } = await openPage(browser, '/support/lease/', desktop);
    await page.getByRole('radio', { name: '診療所' }).check();
    await page.getByRole('textbox', { name: '病床数（床）' }).pressSequentially('19');
    await expect.poll(() => page.locator('[data-result-text]').textContent()).toContain('11,495千円');
    await context.close();
  });

  it('without JavaScript the form is hidden and the rule table gives the plan\'s amounts', async () => {
    const { context, page } = await openPage(browser, '/support/lease/', { ...phone, javaScriptEnabled: false });
    expect(await page.getByRole('button', { name: '計算する' }).isHidden()).toBe(true);
    expect(await page.getByText('JavaScriptが使えない場合は').isVisible()).toBe(true);
    const rows = await page.locator('[data-rule-table] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim()).join('|')));
    expect(rows).toEqual(['病院|病床数によらず|605千円×病床数', '診療所|5床以上|605千円×病床数', '診療所|4床以下|3,000千円']);
    expect(await page.getByText('交付要綱').first().isVisible()).toBe(true);
    await context.close();
  });
});
