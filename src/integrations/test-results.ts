/**
 * Where the accessibility report's evidence comes from, and how the build knows it belongs to
 * the sources it is building. `npm test` (scripts/test-all.mjs) computes the sources'
 * fingerprint before it builds, the browser tests' reporter (tests/support/accessibility-reporter.ts)
 * writes their results with it, and the build uses the results only when the fingerprint of
 * what it builds is the same: results of another commit, or of uncommitted edits made since,
 * make the report say 未試験 instead of claiming them.
 * Plain Node (type-stripped TypeScript), so scripts/test-all.mjs can import it too.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestResultsFile } from '../lib/site/accessibility-report';

/** Default place of the results; `ACCESSIBILITY_RESULTS` points elsewhere (tests, CI artefacts). */
export const defaultResultsFile = 'test-results/accessibility.json';

export interface SourceFingerprint {
  commit: string;
  dirty: boolean;
  fingerprint: string;
}

/**
 * The commit plus every uncommitted change (tracked diffs and untracked files that git does not
 * ignore), hashed: two checkouts with the same files get the same value. Undefined outside git.
 */
export function sourceFingerprint(cwd = process.cwd()): SourceFingerprint | undefined {
  const git = (...args: string[]) => execFileSync('git', args, { cwd, maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const commit = git('rev-parse', 'HEAD').toString('utf8').trim();
    const diff = git('diff', 'HEAD', '--binary');
    const untracked = git('ls-files', '--others', '--exclude-standard', '-z').toString('utf8').split('\0').filter(Boolean).sort();
    const hash = createHash('sha256').update(commit).update('\0').update(diff);
    for (const file of untracked) {
      const full = path.join(cwd, file);
      hash.update('\0').update(file).update('\0');
      if (existsSync(full)) hash.update(readFileSync(full));
    }
    return { commit, dirty: diff.length > 0 || untracked.length > 0, fingerprint: hash.digest('hex') };
  } catch {
    return undefined;
  }
}

export type ResultsLookup = { results: TestResultsFile; reason?: undefined } | { results?: undefined; reason: string };

/** The recorded results when they are of these sources; otherwise why not, in the report's words. */
export function readTestResults(file: string, current: SourceFingerprint | undefined): ResultsLookup {
  if (!existsSync(file)) return { reason: 'このサイトの版に対する自動試験の結果がまだありません（npm test で試験すると、この表に反映されます）。' };
  let results: TestResultsFile;
  try {
    results = JSON.parse(readFileSync(file, 'utf8')) as TestResultsFile;
  } catch {
    return { reason: '自動試験の結果ファイルを読めませんでした。' };
  }
  if (!Array.isArray(results.records) || typeof results.fingerprint !== 'string') return { reason: '自動試験の結果ファイルの形式が正しくありません。' };
  if (!current) return { reason: 'ソースの版を確認できないため、自動試験の結果を使いません。' };
  if (results.fingerprint !== current.fingerprint) return { reason: '記録されている自動試験の結果は、このサイトの別の版のものです。' };
  return { results };
}
