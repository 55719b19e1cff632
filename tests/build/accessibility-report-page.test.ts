/**
 * The built /accessibility/report/ shows exactly what the recorded results of these sources
 * allow (src/integrations/test-results.ts + src/lib/site/accessibility-report.ts): 未試験 without
 * them, and criterion by criterion the model's result with them. The rules themselves are
 * unit-tested on fixtures (tests/unit/accessibility-report.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { criteria } from '../../src/lib/site/accessibility-criteria';
import { manualChecks } from '../../src/lib/site/accessibility-manual-checks';
import { buildAccessibilityReport } from '../../src/lib/site/accessibility-report';
import { defaultResultsFile, readTestResults, sourceFingerprint } from '../../src/integrations/test-results';
import { readBuilt } from '../support/dist';

describe('/accessibility/report/', () => {
  const html = readBuilt('/accessibility/report/');
  const lookup = readTestResults(process.env['ACCESSIBILITY_RESULTS'] || defaultResultsFile, sourceFingerprint());
  const report = buildAccessibilityReport({ results: lookup.results, untestedReason: lookup.reason, criteria, manualChecks });

  it('lists every success criterion with the result the evidence allows', () => {
    const shown = Object.fromEntries([...html.matchAll(/data-criterion="([\d.]+)" data-result="([a-z-]+)"/g)].map((m) => [m[1]!, m[2]!]));
    expect(Object.keys(shown)).toHaveLength(38);
    expect(shown).toEqual(Object.fromEntries(report.criteria.map((row) => [row.criterion.id, row.result])));
  });

  it('says 未試験 and claims no pass when there are no results of these sources', () => {
    if (report.tested) {
      expect(html).toContain('data-report-state="tested"');
      for (const type of report.pageTypes) expect(html).toContain(`data-page-type="${type.pattern}" data-state="${type.state}"`);
      return;
    }
    expect(html).toContain('data-report-state="untested"');
    expect(html).not.toMatch(/data-result="(automated-only|fail)"/);
    expect(html).not.toContain('適合レベルAA 準拠');
  });
});
