/**
 * A Vitest reporter that keeps the evidence for the accessibility report: every test that
 * tagged itself with `meta.accessibility` (tagAccessibility below) becomes one record with its
 * outcome, written to test-results/accessibility.json with the fingerprint of the sources
 * under test (src/integrations/test-results.ts). `npm test` adds it to the run and rebuilds
 * the report from the file afterwards; a run with no tagged test writes nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TaskMeta } from 'vitest';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import type { AutomatedCheck } from '../../src/lib/site/accessibility-criteria';
import type { TestRecord, TestResultsFile, TestState } from '../../src/lib/site/accessibility-report';
import { defaultResultsFile, sourceFingerprint, type SourceFingerprint } from '../../src/integrations/test-results';

export interface AccessibilityMeta {
  check: AutomatedCheck;
  page?: string;
  violations?: { id: string; tags: string[] }[];
}

declare module 'vitest' {
  interface TaskMeta {
    accessibility?: AccessibilityMeta;
  }
}

/** Marks the running test as evidence for the report; call it first, so a failure is recorded too. */
export function tagAccessibility(task: { meta: TaskMeta }, meta: AccessibilityMeta): AccessibilityMeta {
  task.meta.accessibility = meta;
  return meta;
}

/** The record of one finished test case (pure, for the unit test). */
export function recordOf(testCase: Pick<TestCase, 'fullName' | 'meta' | 'result'> & { module: { moduleId: string } }, root: string): TestRecord | undefined {
  const meta = testCase.meta().accessibility;
  if (!meta) return undefined;
  const outcome = testCase.result().state;
  const state: TestState = outcome === 'passed' ? 'passed' : outcome === 'failed' ? 'failed' : 'skipped';
  return { check: meta.check, page: meta.page, test: testCase.fullName, file: path.relative(root, testCase.module.moduleId), state, violations: meta.violations };
}

export default class AccessibilityReporter implements Reporter {
  private fingerprint: SourceFingerprint | undefined;
  private root = process.cwd();

  private readonly file: string;

  /** Vitest passes reporter options (none from the command line); `file` or ACCESSIBILITY_RESULTS move the output. */
  constructor(options: { file?: string } = {}) {
    this.file = options.file ?? (process.env['ACCESSIBILITY_RESULTS'] || defaultResultsFile);
  }

  onInit(vitest: { config: { root: string } }): void {
    this.root = vitest.config.root;
    // scripts/test-all.mjs fingerprints the sources before it builds dist/, so the results name what was built.
    const given = process.env['ACCESSIBILITY_SOURCE_FINGERPRINT'];
    this.fingerprint = given ? (JSON.parse(given) as SourceFingerprint) : sourceFingerprint(this.root);
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const records = testModules.flatMap((module) => [...module.children.allTests()].map((testCase) => recordOf(testCase, this.root)).filter((r): r is TestRecord => r !== undefined));
    if (records.length === 0 || !this.fingerprint) return;
    const results: TestResultsFile = { ...this.fingerprint, testedAt: new Date().toISOString(), records };
    const target = path.resolve(this.root, this.file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify(results, null, 1)}\n`);
  }
}
