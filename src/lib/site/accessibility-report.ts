/**
 * The accessibility test report (試験結果, JIS X 8341-3:2016 format) as data: built from the
 * recorded results of the project's own browser tests and the maintained manual checks. Pure,
 * so the same inputs always give the same report, and the rules below are unit-tested:
 * - no results (or results of other sources) → every criterion 未試験, nothing claimed;
 * - a failed test → the criteria it bears on are 不適合 and its page type shows the failure;
 * - 適合 only when every automated check on the criterion passed on every tested page *and*
 *   its manual checks were done and passed (or the automated checks decide it alone);
 * - passing automated checks with manual checks still to do → 自動試験で問題なし（手動確認は未実施）.
 */
import { automatedChecks, axeTagOf, type AutomatedCheck, type Criterion } from './accessibility-criteria';
import type { ManualCheck } from './accessibility-manual-checks';

export type TestState = 'passed' | 'failed' | 'skipped';

/** One test of one check (on one page, for per-page checks) as the reporter recorded it. */
export interface TestRecord {
  check: AutomatedCheck;
  /** The URL path the test opened; absent for journeys that span pages. */
  page?: string | undefined;
  /** The test's full name and file, for the note. */
  test: string;
  file: string;
  state: TestState;
  /** axe's findings (rule id and its tags) when axe ran; absent when it did not get to run. */
  violations?: { id: string; tags: string[] }[] | undefined;
}

/** The file the browser tests write (test-results/accessibility.json). */
export interface TestResultsFile {
  /** Which sources were tested (src/integrations/test-results.ts). */
  fingerprint: string;
  commit: string;
  dirty: boolean;
  /** ISO 8601 end of the test run. */
  testedAt: string;
  records: TestRecord[];
}

export type CriterionResult = 'pass' | 'fail' | 'automated-only' | 'untested' | 'not-applicable';

export const criterionResultLabels: Record<CriterionResult, string> = {
  pass: '適合',
  fail: '不適合',
  'automated-only': '自動試験で問題なし（手動確認は未実施）',
  untested: '未試験',
  'not-applicable': '－（適用なし）',
};

export interface CriterionRow {
  criterion: Criterion;
  applicable: boolean;
  result: CriterionResult;
  note: string;
}

export type PageState = 'passed' | 'failed' | 'untested';
export const pageStateLabels: Record<PageState, string> = { passed: '問題なし', failed: '問題あり', untested: '未試験' };

export interface PageRow {
  page: string;
  checks: Partial<Record<AutomatedCheck, PageState>>;
  state: PageState;
}

export interface PageTypeRow {
  /** `/seminars/*\/` */
  pattern: string;
  pages: PageRow[];
  state: PageState;
}

export interface AccessibilityReport {
  tested: boolean;
  /** Why there is nothing to report, in Japanese, when `tested` is false. */
  untestedReason?: string | undefined;
  testedAt?: Date | undefined;
  commit?: string | undefined;
  criteria: CriterionRow[];
  pageTypes: PageTypeRow[];
  journeys: { check: AutomatedCheck; passed: number; failed: number }[];
  counts: Record<CriterionResult, number>;
  /** 準拠 only when every applicable criterion is 適合. */
  conformant: boolean;
}

/** `/seminars/basic-01/` → `/seminars/*\/`; the first segment names the section, deeper ones are entries. */
export function pageTypeOf(page: string): string {
  const parts = page.split('/').filter(Boolean);
  if (parts.length <= 1) return page;
  return `/${parts[0]}/${parts.slice(1).map(() => '*').join('/')}${page.endsWith('/') ? '/' : ''}`;
}

const worst = (states: readonly PageState[]): PageState =>
  states.includes('failed') ? 'failed' : states.length > 0 && states.every((s) => s === 'passed') ? 'passed' : 'untested';

const stateOf = (record: TestRecord): PageState => (record.state === 'passed' ? 'passed' : record.state === 'failed' ? 'failed' : 'untested');

/** Does this failed record show a problem with the criterion? axe's findings say which criteria; other checks bear on all theirs. */
function failsCriterion(record: TestRecord, criterion: Criterion): boolean {
  if (record.state !== 'failed' || !criterion.automated.includes(record.check)) return false;
  if (record.check !== 'axe') return true;
  // axe did not get to run (the page did not load): nothing may be claimed for its criteria.
  if (!record.violations) return true;
  return record.violations.some((v) => v.tags.includes(axeTagOf(criterion.id)));
}

export function buildAccessibilityReport(input: {
  results: TestResultsFile | undefined;
  untestedReason?: string | undefined;
  criteria: readonly Criterion[];
  manualChecks: readonly ManualCheck[];
}): AccessibilityReport {
  const records = input.results?.records ?? [];
  const ran = records.filter((r) => r.state !== 'skipped');
  const rows: CriterionRow[] = input.criteria.map((criterion) => {
    if (criterion.notApplicable) return { criterion, applicable: false, result: 'not-applicable', note: criterion.notApplicable };
    const manual = input.manualChecks.filter((m) => m.criteria.includes(criterion.id));
    const relevant = ran.filter((r) => criterion.automated.includes(r.check));
    const failed = relevant.filter((r) => failsCriterion(r, criterion));
    const manualFailed = manual.filter((m) => m.result === 'fail');
    const notes: string[] = [];
    if (failed.length > 0) {
      const pages = [...new Set(failed.map((r) => r.page ?? r.test))];
      const rules = [...new Set(failed.flatMap((r) => (r.violations ?? []).filter((v) => v.tags.includes(axeTagOf(criterion.id))).map((v) => v.id)))];
      notes.push(`自動試験で問題：${pages.slice(0, 5).join('、')}${pages.length > 5 ? ` ほか${pages.length - 5}件` : ''}${rules.length ? `（${rules.join('、')}）` : ''}`);
    }
    for (const m of manualFailed) notes.push(`手動確認で問題：${m.check}${m.note ? `（${m.note}）` : ''}`);
    if (failed.length > 0 || manualFailed.length > 0) return { criterion, applicable: true, result: 'fail', note: notes.join('。') };

    // Every check on the criterion must have run and passed somewhere for it to count as evidence.
    const automatedDone = criterion.automated.length > 0 && criterion.automated.every((check) => relevant.some((r) => r.check === check && r.state === 'passed'));
    const manualDone = manual.length > 0 && manual.every((m) => m.result === 'pass');
    const checkNames = criterion.automated.join('・');
    if (automatedDone && (criterion.automatedSufficient || manualDone)) {
      const pages = new Set(relevant.map((r) => r.page).filter(Boolean)).size;
      return { criterion, applicable: true, result: 'pass', note: `自動試験（${checkNames}）${pages ? `${pages}ページ` : ''}で問題なし${manualDone ? '、手動確認済み' : ''}` };
    }
    if (automatedDone) return { criterion, applicable: true, result: 'automated-only', note: `自動試験（${checkNames}）で問題なし。手動確認：${manual.map((m) => m.check).join('／') || '未定'}` };
    if (manualDone && criterion.automated.length === 0) {
      const dates = manual.map((m) => m.date).filter(Boolean).join('、');
      return { criterion, applicable: true, result: 'pass', note: `手動確認済み${dates ? `（${dates}）` : ''}` };
    }
    return { criterion, applicable: true, result: 'untested', note: criterion.automated.length ? '自動試験の結果がありません' : `手動確認が未実施です：${manual.map((m) => m.check).join('／') || '確認方法を定めていません'}` };
  });

  const byPage = new Map<string, TestRecord[]>();
  for (const record of records) {
    if (!record.page) continue;
    byPage.set(record.page, [...(byPage.get(record.page) ?? []), record]);
  }
  const pageRows: PageRow[] = [...byPage.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([page, recs]) => {
      const checks: Partial<Record<AutomatedCheck, PageState>> = {};
      for (const check of automatedChecks) {
        const mine = recs.filter((r) => r.check === check);
        if (mine.length) checks[check] = worst(mine.map(stateOf));
      }
      return { page, checks, state: worst(Object.values(checks)) };
    });
  const types = new Map<string, PageRow[]>();
  for (const row of pageRows) types.set(pageTypeOf(row.page), [...(types.get(pageTypeOf(row.page)) ?? []), row]);
  const pageTypes = [...types.entries()].map(([pattern, pages]) => ({ pattern, pages, state: worst(pages.map((p) => p.state)) }));

  const journeys = automatedChecks
    .map((check) => {
      const mine = ran.filter((r) => r.check === check && !r.page);
      return { check, passed: mine.filter((r) => r.state === 'passed').length, failed: mine.filter((r) => r.state === 'failed').length };
    })
    .filter((j) => j.passed + j.failed > 0);

  const counts = Object.fromEntries((Object.keys(criterionResultLabels) as CriterionResult[]).map((key) => [key, rows.filter((r) => r.result === key).length])) as Record<CriterionResult, number>;
  const tested = input.results !== undefined && ran.length > 0;
  return {
    tested,
    untestedReason: tested ? undefined : input.untestedReason ?? 'このサイトの版に対する試験結果がありません。',
    testedAt: input.results ? new Date(input.results.testedAt) : undefined,
    commit: input.results?.commit,
    criteria: rows,
    pageTypes,
    journeys,
    counts,
    conformant: rows.every((r) => !r.applicable || r.result === 'pass'),
  };
}
