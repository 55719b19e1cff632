import { defineConfig } from 'vitest/config';
import BrowserSequencer from './tests/support/browser-sequencer.ts';

/**
 * Three projects, one runner: `unit` (pure functions, schemas, CMS agreement),
 * `build` (astro against broken fixtures) and `browser` (Chromium against the built dist/).
 * scripts/test-all.mjs builds dist/ and finds Chromium before this runs.
 */
export default defineConfig({
  test: {
    // The browser sweeps start first (tests/support/browser-sequencer.ts): both workers then end together.
    sequence: { sequencer: BrowserSequencer },
    // `npm run coverage`: how much of the pure logic in src/lib the unit tests run; below the
    // thresholds the run fails. Browser code (src/client/) and build code are measured by the
    // browser and build projects, not here.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      exclude: ['**/*.d.ts', 'src/client/seminar-status.ts'],
      reporter: ['text-summary', 'text'],
      reportsDirectory: 'test-results/coverage',
      thresholds: { lines: 85, statements: 85, functions: 80, branches: 80 },
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Pure functions: the files share their workers' module cache instead of importing and
          // transforming the same modules again for each of the 53 files (issue 23: 20.4 s wall and
          // 25.5 s CPU → 12.7 s and 16.1 s, beside the build). A test that changes process state
          // (console spies, process.env.TZ) restores it in its own finally/mockRestore; runs with
          // --sequence.shuffle.files pass in any order.
          isolate: false,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/browser-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // The browser tests run beside the build project's fixture builds on two cores: a condition
          // awaited with expect.poll gets 5 s to come true instead of Vitest's 1 s (a fresh-clone run
          // missed a 0.25 s fade by the default). Only a failing check waits longer.
          expect: { poll: { timeout: 5_000 } },
          // Two cores, two workers: more workers only queue for the same CPU (the every-page sweep runs
          // its phone and desktop pages in two browsers per worker, which saves Chromium renderer starts).
          maxWorkers: 2,
        },
      },
    ],
  },
});
