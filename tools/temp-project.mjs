// A throwaway copy of the project in a temp folder, so a test or the benchmark can add
// broken or generated content and run Astro on it without touching the working tree.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';

/** @typedef {ReturnType<typeof createFixtureProject>} FixtureProject */

const root = path.resolve('.');
const copied = ['src', 'public', 'cms', 'docs', 'scripts', 'tools', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** Caches in .cache/astro keyed by what they hold (written whole, by rename), safe to share: Astro's images, the session images, Pagefind's recompressed wasm, the manga service worker. */
const sharedCaches = ['assets', 'seminar-images', 'pagefind-wasm', 'manga-sw'];

/**
 * What Vitest adds to its workers' environment: its own flags and Vite's import.meta.env values
 * (MODE=test, DEV=1, SSR=1, BASE_URL …), which Astro then reads as its own.
 */
const testRunnerVariables = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

/**
 * `env` without what the test runner adds when it is running (VITEST set): a command run from a
 * test then sees what it sees from a terminal.
 * @param {NodeJS.ProcessEnv} env
 */
export function buildEnvironment(env) {
  if (!env['VITEST']) return { ...env };
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^VITEST/.test(name) && !testRunnerVariables.has(name)));
}

/**
 * @param {{ withContent?: boolean, skip?: readonly string[], env?: Record<string, string> }} [options] `skip`: build steps the
 *   caller asserts nothing about (see src/integrations/build-steps.mjs), left out of its builds;
 *   `env`: extra environment for its commands (e.g. BUILD_TIME).
 */
export function createFixtureProject({ withContent = true, skip = [], env = {} } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'iryo-dx-fixture-'));
  for (const name of copied) {
    try {
      cpSync(path.join(root, name), path.join(dir, name), {
        recursive: true,
        filter: (source) => withContent || !/\/src\/content\/[^/]+\/.+/.test(source),
      });
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
    }
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // Share the project's content-addressed caches in Astro's cacheDir (astro.config.mjs), so fixture
  // builds stay warm, but not the folder itself: Astro keeps the content layer's data store there
  // too, and with it shared, a fixture with other content rewrote it while another build (the
  // project's own, or a fixture beside it) was reading it, which then lost entries.
  for (const name of sharedCaches) {
    mkdirSync(path.join(root, '.cache/astro', name), { recursive: true });
    mkdirSync(path.join(dir, '.cache/astro'), { recursive: true });
    symlinkSync(path.join(root, '.cache/astro', name), path.join(dir, '.cache/astro', name), 'dir');
  }
  const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
  /**
   * The commands' environment: `npm run build`'s, with quiet, uncoloured output and the caller's
   * skipped steps. Not the test runner's own: under Vitest's NODE_ENV=test, MODE=test and DEV=1
   * Astro rendered every image with a data-image-component attribute no real build has, so each
   * fixture build differed from the site's (tests/build/reproducible-build.test.ts).
   */
  const commandEnv = () => ({ ...buildEnvironment(process.env), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', IRYO_DX_SKIP_BUILD_STEPS: skip.join(','), ...env });
  /**
   * Runs a project script (`scripts/build.mjs`) with the project's Node; returns exit code and combined output.
   * @param {string[]} args
   */
  const node = (...args) => {
    const result = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: commandEnv(), timeout: 570_000, maxBuffer: 64 * 1024 * 1024 });
    return { code: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
  };
  return {
    dir,
    /** Runs `astro <args>` with the project's Node; returns exit code and combined output. */
    astro: (/** @type {string[]} */ ...args) => node(astroBin, ...args),
    /**
     * As `astro`, without blocking: several temp copies can then run Astro side by side (one per
     * core), e.g. the invalid-content cases' `astro sync`s.
     * @param {string[]} args
     * @returns {Promise<{ code: number, output: string }>}
     */
    astroAsync: (...args) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [astroBin, ...args], { cwd: dir, env: commandEnv(), timeout: 570_000 });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('close', (code) => resolve({ code: code ?? 1, output: `${stdout}\n${stderr}` }));
      }),
    node,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
