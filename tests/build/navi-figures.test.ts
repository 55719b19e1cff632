/**
 * Every figure on the 医療DX東京ナビ pages built from the plan must be quoted exactly from
 * it: each percentage, 億円 budget and 千円 amount in the built HTML has to occur, written
 * the same way, in the seed plan. Sample entries are labelled and excluded.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuilt } from '../support/dist';

/**
 * The plan as published (docs/source/, a copy of the seed the project was given). Where the
 * original seed sits beside the repository (CI, a developer's checkout), the copy must match it.
 */
function findPlan(): string {
  const copy = readFileSync(path.resolve('docs/source/tokyo-medical-dx-plan-r8.md'), 'utf8');
  const seed = path.resolve('..', 'shared/seed/tokyo-medical-dx-plan-r8.md');
  if (existsSync(seed) && readFileSync(seed, 'utf8') !== copy) {
    throw new Error('docs/source/tokyo-medical-dx-plan-r8.md differs from ../shared/seed/: copy the seed again');
  }
  return copy;
}

const plan = findPlan();
const pagesFromPlan = ['/', '/about/', '/dashboard/', '/support/', '/support/lease/', '/cybersecurity/'];

/** Visible text of <main>, without tags, scripts or sample-labelled blocks. */
function mainText(html: string): string {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return main
    .replace(/<script[\s\S]*?<\/script>/g, '')
    // Shares computed from the imported facility data (InstitutionShareChart), not quoted from the plan.
    .replace(/<section[^>]*data-share-chart[\s\S]*?<\/section>/g, '')
    .replace(/<title[^>]*>[\s\S]*?<\/title>|<desc[^>]*>[\s\S]*?<\/desc>/g, (m) => m.replace(/<[^>]+>/g, ' '))
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const figurePattern = /(?:概ね)?\d[\d,]*(?:\.\d+)?(?:%|億円|千円)/g;

describe('figures on the navi pages are the plan’s', () => {
  it.each(pagesFromPlan)('%s', (pagePath) => {
    const figures = [...new Set(mainText(readBuilt(pagePath)).match(figurePattern) ?? [])];
    const missing = figures.filter((figure) => !plan.includes(figure));
    expect(missing, `${pagePath} shows figures not in the plan`).toEqual([]);
  });

  it('the key figures are on the site, written as in the plan', () => {
    const dashboard = mainText(readBuilt('/dashboard/'));
    // Periods in 和暦 as the rest of the site writes them, never the plan's shorthand 「R9年度末」.
    expect(dashboard).not.toMatch(/R\d+年/);
    for (const figure of ['74.7%', '59.9%', '92.8%', '概ね100%', '令和9年度末', '令和12年度']) expect(dashboard).toContain(figure);
    const lease = mainText(readBuilt('/support/lease/'));
    for (const text of ['病院：605千円×病床数', '診療所：①605千円×病床数（5床以上の診療所）、②3,000千円（4床以下の診療所）', 'SS-MIX2ストレージまたはHL7FHIR記述仕様', 'リース期間は5年以下の契約であること', '再リースへの交付は不可とする', 'リース料にかかる補助金の交付は単年度・実績払いとする', '医療機関側の自由意思による中途解約可能なリース取引は除く']) {
      expect(lease).toContain(text);
    }
    const support = mainText(readBuilt('/support/'));
    // Budgets are context, in public wording: 令和8年度予算 42億円, never the plan's shorthand 「R8予算:42億円」.
    for (const text of ['令和8年度の医療DX予算は計55.6億円です（令和7年度は計38.5億円）', '令和8年度予算 42億円', '令和8年度予算 0.7億円', '令和8年度予算 0.4億円', '令和8年度予算 0.5億円']) expect(support).toContain(text);
    expect(support).not.toMatch(/R\d+予算|R8医療DX予算/);
  });
});
