// `npm test`: everything, in the order that fails fastest with the clearest message.
// 1 Node version · 2 Chromium · 3 type check · 4 build dist/ · 5 Vitest (unit, build, browser)
// Ends with one summary line "N passed, N failed" for CI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { findChromium } from './lib/find-chromium.mjs';
import { printProjectTimes } from './lib/test-times.mjs';

const started = Date.now();
const step = (/** @type {string} */ label) => console.log(`\n▶ ${label}`);
/** @type {[string, number][]} */
const stepTimes = [];
/** @param {string} command @param {string[]} args @param {string} label */
const run = (command, args, label) => {
  const stepStart = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${result.status ?? result.signal}).`);
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

step('Type check (astro check)');
run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'warning'], 'astro check');

step('Build dist/ (npm run build)');
run('npm', ['run', '--silent', 'build'], 'npm run build');

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
    console.error(`(could not print the time per project: ${/** @type {Error} */ (error).message})`);
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
