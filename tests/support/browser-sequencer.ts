/**
 * The order the browser files start in. Without results of an earlier run (a fresh clone, CI),
 * Vitest starts the largest files first; but the sweeps — checks of every built page —
 * are a few lines long and take the longest, so they started last and ran alone at the end while
 * the other worker sat idle (issue 23). They start first here, longest first, so the two workers
 * finish together; every other file keeps Vitest's own order (by earlier duration, else by size).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Longest first (durations of a full run on 2 cores, issue 23). */
export const longestBrowserFiles = ['tests/browser/cms.test.ts', 'tests/browser/every-page.test.ts', 'tests/browser/every-page-2.test.ts'];

export default class BrowserSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      if (spec.project.name !== 'browser') return -1;
      const index = longestBrowserFiles.findIndex((file) => spec.moduleId.replaceAll('\\', '/').endsWith(`/${file}`));
      return index === -1 ? longestBrowserFiles.length : index;
    };
    // Only the browser files move, and only among themselves (Array.prototype.sort is stable).
    const browser = sorted.filter((spec) => spec.project.name === 'browser').sort((a, b) => rank(a) - rank(b));
    let next = 0;
    return sorted.map((spec) => (spec.project.name === 'browser' ? browser[next++]! : spec));
  }
}
