// `npm test`: everything, in the order that fails fastest with the clearest message.
// 1 Node version · 2 Chromium · 3 type check beside 4 build dist/ · 5 Vitest (unit, build, browser)
// Ends with one summary line "N passed, N failed" for CI.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { findChromium } from './lib/find-chromium.mjs';
import { printProjectTimes } from './lib/test-times.mjs';

const started = Date.now();
const step = (label) => console.log(`\n▶ ${label}`);
/** @type {[string, number][]} */
const stepTimes = [];
/** Runs a step; without blocking the event loop, so the type check beside it keeps collecting. */
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
const [major, minor] = process.versions.node.split('.').map(Number);
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
  console.error(error.message);
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
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'],
  { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  try {
    printProjectTimes(report);
  } catch (error) {
    console.error(`(could not print the time per project: ${error.message})`);
  }
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numTotalTestSuites > 0 && report.numTotalTests === 0 ? 1 : 0);
  if (!report.success && failed === 0) failed = 1; // a suite that failed to load counts as a failure
} catch {
  failed = Math.max(failed, 1);
}
console.log(`\nsteps before Vitest: ${stepTimes.map(([label, ms]) => `${label} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
console.log(`npm test took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(vitest.status === 0 && failed === 0 ? 0 : 1);
