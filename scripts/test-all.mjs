// `npm test`: everything, in the order that fails fastest with the clearest message, with what
// does not depend on each other run side by side so both cores stay busy (issue 23):
// 1 Node version · 2 Chromium · 3 type check, unit tests and the dist/ build side by side
// · 4 browser tests beside the build tests (fixture builds and checks of dist/)
// · 5 publishAccessibilityReport(): /accessibility/report/ from this run's browser-test results
// (issue 20), then the build test that reads that page.
// Prints each step's time and each Vitest project's; ends with one line "N passed, N failed" for CI.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from '../tools/find-chromium.mjs';
import { fastTempRoot } from '../src/integrations/fast-temp.mjs';
import { printProjectTimes } from '../tools/test-times.mjs';
import { defaultResultsFile, readTestResults, sourceFingerprint } from '../src/integrations/test-results.ts';

const started = Date.now();
const step = (/** @type {string} */ label) => console.log(`\n▶ ${label}`);
const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)} s`;
/** @type {[string, number][]} */
const stepTimes = [];
/**
 * Every step's temp folders (fixture copies, their builds, Chromium's profiles) go under one
 * folder in memory where the machine has room (src/integrations/fast-temp.mjs: a file made on
 * this disk costs ≈ 30× one in /dev/shm), removed when the run ends.
 */
const testTemp = mkdtempSync(path.join(fastTempRoot(), 'iryo-dx-test-'));
process.on('exit', () => rmSync(testTemp, { recursive: true, force: true }));
/** @type {NodeJS.ProcessEnv} */
const baseEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TMPDIR: testTemp };
/** Steps still running, ended if the run stops early. @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

/**
 * Runs a command without blocking the event loop, so the steps beside it keep going. `live`: its
 * output goes straight to the terminal (one step at a time does that); otherwise it is collected and
 * printed when the step ends, so steps side by side do not interleave.
 * @param {string} command @param {string[]} args
 * @param {{ live?: boolean, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<{ code: number | string, output: string, ms: number }>}
 */
const run = (command, args, { live = false, env = baseEnv } = {}) => {
  const stepStart = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: live ? 'inherit' : 'pipe', env: live ? env : { ...env, FORCE_COLOR: '0' } });
    running.add(child);
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (code, signal) => {
      running.delete(child);
      resolve({ code: code ?? signal ?? 1, output, ms: Date.now() - stepStart });
    });
  });
};
const stop = (/** @type {string} */ message) => {
  for (const child of running) child.kill();
  console.error(`\n✗ ${message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
};

step(`Node ${process.version} (${process.execPath})`);
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error('Astro 7 needs Node ≥ 22.12. Run through npm (`npm test`) so the `node` devDependency is used.');
  process.exit(1);
}

step('Chromium for the browser tests');
try {
  const chromium = findChromium();
  process.env.CHROMIUM_PATH = chromium;
  baseEnv.CHROMIUM_PATH = chromium;
  console.log(chromium);
} catch (error) {
  console.error(/** @type {Error} */ (error).message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

mkdirSync('test-results', { recursive: true });
/** Each Vitest run writes its own JSON report; the summary adds them up. @type {string[]} */
const reports = [];
/** @type {(number | string)[]} */
const vitestCodes = [];
/**
 * One Vitest run (a project, or part of one) with the default and JSON reporters.
 * @param {string} name the JSON report's name (test-results/vitest-<name>.json)
 * @param {string[]} args @param {{ live?: boolean, env?: NodeJS.ProcessEnv }} [options]
 */
const vitest = async (name, args, options) => {
  const file = `test-results/vitest-${name}.json`;
  rmSync(file, { force: true });
  reports.push(file);
  const result = await run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], options);
  vitestCodes.push(result.code);
  stepTimes.push([`vitest ${name}`, result.ms]);
  return result;
};
/** Prints a collected step's output under its own heading. @param {string} label @param {{ output: string, ms: number }} result */
const printCollected = (label, result) => {
  step(`${label}, ${seconds(result.ms)}`);
  process.stdout.write(result.output);
};

// 3 The type check, the unit tests (which read no dist/) and the build are independent: they run
// side by side, the check's and the unit tests' output printed when the build is done. A failing
// check or build still stops the run before any browser or build test.
step('Type check (astro check) and unit tests beside the build');
const check = run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'warning']);
const unit = vitest('unit', ['--project', 'unit']);
// The sources under test, fingerprinted before the build: the browser tests' results carry it,
// and step 5 publishes them only if the sources are still exactly these.
const fingerprint = sourceFingerprint();
step('Build dist/ (npm run build)');
const built = await run('npm', ['run', '--silent', 'build'], { live: true });
stepTimes.push(['npm run build', built.ms]);
if (built.code !== 0) stop(`npm run build failed (exit ${built.code}).`);

const checked = await check;
printCollected('Type check (astro check) result', checked);
stepTimes.push(['astro check (beside the build)', checked.ms]);
if (checked.code !== 0) stop(`astro check failed (exit ${checked.code}).`);
printCollected('Unit tests (vitest --project unit, beside the build)', await unit);

// 4 The browser tests (Chromium against dist/) and the build tests (fixture builds in temp
// copies, checks of dist/) side by side: the build tests' fixture builds mostly use one core, so
// the two together keep both busy. The browser tests print as they go; the build tests' output
// follows. The test of /accessibility/report/ waits for step 5, which rewrites that page.
const reportTest = 'tests/build/accessibility-report-page.test.ts';
const testEnv = { ...baseEnv, ...(fingerprint ? { ACCESSIBILITY_SOURCE_FINGERPRINT: JSON.stringify(fingerprint) } : {}) };
step('Browser tests (vitest --project browser) beside the build tests (vitest --project build)');
const buildTests = vitest('build', ['--project', 'build', '--exclude', reportTest]);
await vitest('browser', ['--project', 'browser', '--reporter=./tests/support/accessibility-reporter.ts'], { live: true, env: testEnv });
printCollected('Build tests (vitest --project build, beside the browser tests)', await buildTests);

/**
 * 5 The report page is built from test results, and the tests need a built site: so after the
 * browser tests the page is rendered again with this run's results (same sources, same fingerprint)
 * and put into dist/, which otherwise stays exactly as the tests saw it. The one place that does
 * this; how the page is rendered may change, this call site stays.
 * @returns {Promise<{ published: boolean, failed: boolean }>}
 */
async function publishAccessibilityReport() {
  step('Accessibility report from this run (publishAccessibilityReport)');
  const lookup = readTestResults(defaultResultsFile, sourceFingerprint());
  if (!lookup.results || lookup.results.fingerprint !== fingerprint?.fingerprint) {
    console.log(`/accessibility/report/ says 未試験: ${lookup.reason ?? 'the results are not of these sources'}`);
    return { published: false, failed: false };
  }
  const publishStart = Date.now();
  const outcome = await renderReportPage().catch((/** @type {Error} */ error) => ({ how: 'not published', failed: true, why: error.message }));
  stepTimes.push([`report page (${outcome.how})`, Date.now() - publishStart]);
  if (outcome.failed) console.error(`\n✗ publishing /accessibility/report/ failed: ${outcome.why}`);
  else console.log(`/accessibility/report/ now shows this run's results (${outcome.how}).`);
  return { published: !outcome.failed, failed: outcome.failed };
}

/**
 * Renders the site into a temp folder without the steps whose output the report page does not
 * touch (search index, CMS bundle: the page is not indexed) and copies only the report page into
 * dist/, after checking that nothing else of the two builds differs where it matters: the page
 * outside <main> (head, CSP, header, footer, asset links) and _headers. If they differ, the whole
 * site is built again as before (`npm run build`), so dist/ never mixes two different builds.
 * @returns {Promise<{ how: string, failed: boolean, why?: string }>}
 */
async function renderReportPage() {
  const page = 'accessibility/report/index.html';
  // On the project's own disk, not in testTemp: Astro moves its assets into outDir with rename(),
  // which fails across devices (EXDEV from /dev/shm), and every run then fell back to building the
  // whole site again (≈ 2× this step).
  mkdirSync('.cache', { recursive: true });
  const outDir = mkdtempSync(path.join('.cache', 'report-build-'));
  try {
    const rendered = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { env: { ...baseEnv, IRYO_DX_SKIP_BUILD_STEPS: 'search-index,cms-bundle' } });
    const outsideMain = (/** @type {string} */ file) => readFileSync(file, 'utf8').replace(/<main[\s\S]*<\/main>/, '<main></main>');
    const same =
      rendered.code === 0 &&
      existsSync(path.join(outDir, page)) &&
      outsideMain(path.join(outDir, page)) === outsideMain(path.join('dist', page)) &&
      readFileSync(path.join(outDir, '_headers'), 'utf8') === readFileSync(path.join('dist', '_headers'), 'utf8');
    if (same) {
      // Copied beside the page, then renamed over it: a reader never sees half a file.
      copyFileSync(path.join(outDir, page), path.join('dist', `${page}.next`));
      renameSync(path.join('dist', `${page}.next`), path.join('dist', page));
      return { how: 'rendered again, only the page copied', failed: false };
    }
    if (rendered.code !== 0) process.stdout.write(rendered.output);
    else console.log('The report build differs from dist/ outside the report: building the whole site again.');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  const rebuilt = await run('npm', ['run', '--silent', 'build'], { live: true });
  return rebuilt.code === 0 ? { how: 'whole site built again', failed: false } : { how: 'whole site built again', failed: true, why: `npm run build exited ${rebuilt.code}` };
}

const report = await publishAccessibilityReport();
step(`Build test of the report page (${reportTest})`);
await vitest('report', ['--project', 'build', reportTest], { live: true });

let passed = 0;
let failed = report.failed ? 1 : 0;
/** All runs in one report, test-results/vitest.json as before (`npm run bench` reads it). @type {{ numPassedTests: number, numFailedTests: number, testResults: any[] }} */
const merged = { numPassedTests: 0, numFailedTests: 0, testResults: [] };
for (const file of reports) {
  try {
    const result = JSON.parse(readFileSync(file, 'utf8'));
    merged.testResults.push(...(result.testResults ?? []));
    passed += result.numPassedTests;
    let failedHere = result.numFailedTests + (result.numTotalTestSuites > 0 && result.numTotalTests === 0 ? 1 : 0);
    if (!result.success && failedHere === 0) failedHere = 1; // a suite that failed to load counts as a failure
    failed += failedHere;
  } catch {
    console.error(`(no test report in ${file})`);
    failed += 1;
  }
}
merged.numPassedTests = passed;
merged.numFailedTests = failed;
writeFileSync('test-results/vitest.json', `${JSON.stringify(merged)}\n`);
try {
  printProjectTimes(merged);
} catch (error) {
  console.error(`(could not print the time per project: ${/** @type {Error} */ (error).message})`);
}
console.log(`\nsteps: ${stepTimes.map(([label, ms]) => `${label} ${seconds(ms)}`).join(', ')}`);
console.log(`npm test took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(vitestCodes.every((code) => code === 0) && failed === 0 ? 0 : 1);
