// `npm test`: everything, in the order that fails fastest with the clearest message.
// 1 Node version · 2 Chromium · 3 type check beside 4 build dist/ · 5 Vitest (unit, build, browser)
// · 6 build again so /accessibility/report/ shows this run's browser-test results (issue 20)
// Ends with one summary line "N passed, N failed" for CI.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { findChromium } from '../tools/find-chromium.mjs';
import { printProjectTimes } from '../tools/test-times.mjs';
import { defaultResultsFile, readTestResults, sourceFingerprint } from '../src/integrations/test-results.ts';

const started = Date.now();
const step = (/** @type {string} */ label) => console.log(`\n▶ ${label}`);
/** @type {[string, number][]} */
const stepTimes = [];
/** Runs a step; without blocking the event loop, so the type check beside it keeps collecting. @param {string} command @param {string[]} args @param {string} label */
const runAsync = async (command, args, label) => {
  const stepStart = Date.now();
  const code = await new Promise((resolve) => {
    spawn(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }).on('close', (status, signal) => resolve(status ?? signal));
  });
  if (code !== 0) {
    console.error(`\n✗ ${label} failed (exit ${code}).`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  stepTimes.push([label, Date.now() - stepStart]);
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
  console.log(chromium);
} catch (error) {
  console.error(/** @type {Error} */ (error).message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// The type check and the build are independent: the check runs beside the build (its output
// is printed when it ends, so the two do not interleave), which on 2 cores saves most of the
// check's time. A failing check still stops the run before any test.
step('Type check (astro check) beside the build');
const checkStart = Date.now();
const check = new Promise((resolve) => {
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'warning'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  child.on('close', (code, signal) => resolve({ code: code ?? signal, output, ms: Date.now() - checkStart }));
});

// The sources under test, fingerprinted before the build: the browser tests' results carry it,
// and step 6 publishes them only if the sources are still exactly these.
const fingerprint = sourceFingerprint();
step('Build dist/ (npm run build)');
await runAsync('npm', ['run', '--silent', 'build'], 'npm run build');

const checked = /** @type {{ code: number | string, output: string, ms: number }} */ (await check);
step(`Type check (astro check) result, ${(checked.ms / 1000).toFixed(1)} s`);
process.stdout.write(checked.output);
if (checked.code !== 0) {
  console.error(`\n✗ astro check failed (exit ${checked.code}).`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
stepTimes.push(['astro check (beside the build)', checked.ms]);

step('Tests (vitest: unit, build, browser)');
mkdirSync('test-results', { recursive: true });
const vitest = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json', '--reporter=./tests/support/accessibility-reporter.ts'],
  { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(fingerprint ? { ACCESSIBILITY_SOURCE_FINGERPRINT: JSON.stringify(fingerprint) } : {}) } },
);
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  try {
    printProjectTimes(report);
  } catch (error) {
    console.error(`(could not print the time per project: ${/** @type {Error} */ (error).message})`);
  }
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numTotalTestSuites > 0 && report.numTotalTests === 0 ? 1 : 0);
  if (!report.success && failed === 0) failed = 1; // a suite that failed to load counts as a failure
} catch {
  failed = Math.max(failed, 1);
}
// 6 The report page is built from test results, and the tests need a built site: so the site is
// built once more after the tests, now with this run's results (same sources, same fingerprint).
// Only /accessibility/report/ differs from the dist/ the tests saw; the image cache keeps it ≈ one build.
step('Accessibility report from this run (npm run build)');
const lookup = readTestResults(defaultResultsFile, sourceFingerprint());
if (lookup.results && lookup.results.fingerprint === fingerprint?.fingerprint) {
  const rebuildStart = Date.now();
  const rebuild = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (rebuild.status !== 0) {
    console.error('\n✗ the build with the accessibility results failed.');
    failed += 1;
  }
  stepTimes.push(['report build', Date.now() - rebuildStart]);
} else {
  console.log(`/accessibility/report/ says 未試験: ${lookup.reason ?? 'the results are not of these sources'}`);
}
console.log(`\nsteps before Vitest: ${stepTimes.map(([label, ms]) => `${label} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
console.log(`npm test took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(vitest.status === 0 && failed === 0 ? 0 : 1);
