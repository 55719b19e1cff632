/**
 * The accessibility report (issue 20) never claims more than the tests showed: built from
 * recorded results (fixtures in tests/fixtures/accessibility-report/), it changes when a test
 * fails, says 未試験 without results or with results of other sources, and shows 適合 only with
 * the manual checks done.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { criteria } from '../../src/lib/site/accessibility-criteria';
import { manualChecks, type ManualCheck } from '../../src/lib/site/accessibility-manual-checks';
import { buildAccessibilityReport, pageTypeOf, type TestResultsFile } from '../../src/lib/site/accessibility-report';
import { readTestResults, sourceFingerprint } from '../../src/integrations/test-results';
import { recordOf } from '../support/accessibility-reporter';

const fixture = (name: string) => JSON.parse(readFileSync(path.resolve('tests/fixtures/accessibility-report', name), 'utf8')) as TestResultsFile;
const report = (results: TestResultsFile | undefined, manual: readonly ManualCheck[] = manualChecks) => buildAccessibilityReport({ results, criteria, manualChecks: manual });
const resultOf = (r: ReturnType<typeof report>, id: string) => r.criteria.find((row) => row.criterion.id === id)!;

describe('the checklist', () => {
  it('lists the 38 success criteria of JIS X 8341-3:2016 levels A and AA, each once', () => {
    expect(criteria).toHaveLength(38);
    expect(new Set(criteria.map((c) => c.id)).size).toBe(38);
    expect(criteria.filter((c) => c.level === 'A')).toHaveLength(25);
  });
  it('every applicable criterion without a sufficient automated check has a manual check', () => {
    const covered = new Set(manualChecks.flatMap((m) => m.criteria));
    expect(criteria.filter((c) => !c.notApplicable && !c.automatedSufficient && !covered.has(c.id)).map((c) => c.id)).toEqual([]);
  });
});

describe('buildAccessibilityReport', () => {
  it('without results: every applicable criterion is 未試験 and nothing is claimed', () => {
    const r = report(undefined);
    expect(r.tested).toBe(false);
    expect(r.conformant).toBe(false);
    expect(r.counts.pass + r.counts['automated-only'] + r.counts.fail).toBe(0);
    expect(r.pageTypes).toEqual([]);
  });

  it('with every test passed but manual checks not done: 自動試験で問題なし, never 適合 (except what automation decides)', () => {
    const r = report(fixture('all-passed.json'));
    expect(r.tested).toBe(true);
    expect(resultOf(r, '1.4.3').result).toBe('automated-only');
    expect(resultOf(r, '2.4.1').result).toBe('automated-only');
    expect(resultOf(r, '3.1.1').result).toBe('pass');
    expect(resultOf(r, '1.3.3').result).toBe('untested');
    expect(resultOf(r, '1.2.4').result).toBe('not-applicable');
    expect(r.conformant).toBe(false);
    expect(r.pageTypes.map((t) => [t.pattern, t.pages.length, t.state])).toEqual([
      ['/', 1, 'passed'],
      ['/manga/', 1, 'passed'],
      ['/manga/*/', 1, 'passed'],
      ['/seminars/', 1, 'passed'],
      ['/seminars/*/', 1, 'passed'],
    ]);
  });

  it('changes when a test fails: the failing page type and the criterion axe names are 不適合, others unchanged', () => {
    const passed = report(fixture('all-passed.json'));
    const failed = report(fixture('contrast-failed.json'));
    expect(resultOf(failed, '1.4.3').result).toBe('fail');
    expect(resultOf(failed, '1.4.3').note).toContain('/seminars/basic-01-national-dx/');
    expect(resultOf(failed, '1.4.3').note).toContain('color-contrast');
    expect(failed.pageTypes.find((t) => t.pattern === '/seminars/*/')!.state).toBe('failed');
    expect(failed.pageTypes.find((t) => t.pattern === '/seminars/')!.state).toBe('passed');
    // Only the criterion axe reported changes.
    const changed = failed.criteria.filter((row, i) => row.result !== passed.criteria[i]!.result).map((row) => row.criterion.id);
    expect(changed).toEqual(['1.4.3']);
  });

  it('a failed reflow or keyboard test fails the criteria that check bears on; an axe run that never happened claims nothing', () => {
    const results = fixture('all-passed.json');
    const broken: TestResultsFile = {
      ...results,
      records: results.records.map((r) => (r.check === 'keyboard' ? { ...r, state: 'failed' } : r.page === '/' && r.check === 'axe' ? { ...r, state: 'failed', violations: undefined } : r)),
    };
    const r = report(broken);
    for (const id of ['2.1.2', '2.4.3', '2.4.7', '2.1.1']) expect(resultOf(r, id).result).toBe('fail');
    expect(resultOf(r, '1.4.3').result).toBe('fail');
    expect(resultOf(r, '3.1.1').result).toBe('fail');
  });

  it('shows 適合 once the manual checks of a criterion are recorded as done and passed', () => {
    const done = manualChecks.map((m) => (m.criteria.includes('1.4.3') ? { ...m, result: 'pass' as const, date: '2026-12-01' } : m));
    expect(resultOf(report(fixture('all-passed.json'), done), '1.4.3').result).toBe('pass');
    expect(resultOf(report(fixture('contrast-failed.json'), done), '1.4.3').result).toBe('fail');
    expect(resultOf(report(undefined, done), '1.4.3').result).toBe('untested');
  });

  it('groups pages by type', () => {
    expect(pageTypeOf('/')).toBe('/');
    expect(pageTypeOf('/faq/')).toBe('/faq/');
    expect(pageTypeOf('/seminars/clinic/audience/')).toBe('/seminars/*/*/');
    expect(pageTypeOf('/404.html')).toBe('/404.html');
  });
});

describe('results of the same sources only', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'a11y-results-'));
  const current = { commit: 'c', dirty: false, fingerprint: 'f1' };

  it('uses a results file only when its fingerprint is the one being built', () => {
    const file = path.join(dir, 'results.json');
    expect(readTestResults(file, current).reason).toMatch(/まだありません/);
    writeFileSync(file, JSON.stringify(fixture('all-passed.json')));
    expect(readTestResults(file, current).results?.records.length).toBeGreaterThan(0);
    expect(readTestResults(file, { ...current, fingerprint: 'other' }).reason).toMatch(/別の版/);
    expect(readTestResults(file, undefined).reason).toMatch(/確認できない/);
    writeFileSync(file, '{');
    expect(readTestResults(file, current).reason).toMatch(/読めませんでした/);
  });

  it('fingerprints this checkout the same way twice', () => {
    const a = sourceFingerprint();
    expect(a?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(sourceFingerprint()).toEqual(a);
  });
});

describe('the reporter', () => {
  const testCase = (state: 'passed' | 'failed' | 'skipped', meta: object) => ({
    fullName: '/faq/ > loads',
    module: { moduleId: path.resolve('tests/browser/every-page.test.ts') },
    meta: () => meta,
    result: () => ({ state }) as never,
  });
  it('records tagged tests with their outcome and ignores the rest', () => {
    expect(recordOf(testCase('failed', { accessibility: { check: 'axe', page: '/faq/', violations: [] } }), process.cwd())).toEqual({
      check: 'axe', page: '/faq/', test: '/faq/ > loads', file: 'tests/browser/every-page.test.ts', state: 'failed', violations: [],
    });
    expect(recordOf(testCase('skipped', { accessibility: { check: 'reflow', page: '/faq/' } }), process.cwd())?.state).toBe('skipped');
    expect(recordOf(testCase('passed', {}), process.cwd())).toBeUndefined();
  });
});
