// Builds the Pagefind index as the last step of `astro build`, so the build stays one command.
// The indexer adds hidden readings to each page's copy in a staging folder, so the HTML in dist/
// stays as built and only the index learns the readings; Pagefind's own CLI then indexes that
// folder. (Its Node API took ≈ 3× the CLI's time fed file by file, ≈ 1.7× through
// addDirectory, on the same pages: issue 23.)
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import sirv from 'sirv';
import { htmlFilesIn } from '../../scripts/lib/built-pages.mjs';
import { skipsBuildStep } from './build-steps.mjs';
import { readingsFor } from '../lib/search.ts';

/**
 * Left out of the index inside each page's content region:
 * - ruby readings (`rt`, with their `rp` brackets): 医療DX（いりょうでぃーえっくす） would be indexed and
 *   excerpted as one run; readings are added as metadata instead (see withReadings);
 * - navigation inside <main> (breadcrumbs, in-page menus): the same words on every page;
 * - the 「サンプル」 explanation, identical on every sample page.
 */
export const excludeSelectors = ['rt', 'rp', 'nav', '.sample-note'];

/** Pagefind's bundled UIs, unused here (the site has its own); not shipped. */
const unusedBundleFiles = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/**
 * The page's indexed text (inside the data-pagefind-body element), without tags or ruby
 * readings, used to decide which readings the page gets.
 * @param {string} html
 */
export function indexedText(html) {
  const start = html.search(/<[a-z]+[^>]*\sdata-pagefind-body[\s>=]/);
  if (start < 0) return '';
  return html
    .slice(start)
    .replace(/<(rt|rp)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

/**
 * Adds a hidden `readings` metadata element to an indexable page (no-op for others).
 * @param {string} html
 */
export function withReadings(html) {
  const readings = readingsFor(indexedText(html));
  if (!readings) return html;
  const tag = `<span hidden data-pagefind-meta="readings:${readings}"></span>`;
  return html.includes('</body>') ? html.replace('</body>', `${tag}</body>`) : html + tag;
}

/** @param {string} from @param {string} to */
function linkOrCopy(from, to) {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * The Pagefind binary the `pagefind` package installed, found as its own wrapper finds it (the
 * extended build, which segments Japanese). `pagefind` exports only an ESM entry, and
 * `import.meta.resolve` is not available where Astro loads its config, so its folder comes
 * from Node's lookup paths.
 */
function pagefindBinary() {
  const lookups = createRequire(import.meta.url).resolve.paths('pagefind') ?? [];
  const wrapper = lookups.map((dir) => path.join(dir, 'pagefind', 'lib', 'resolveBinary.js')).find((file) => existsSync(file));
  if (!wrapper) throw new Error('Pagefind is not installed (npm ci)');
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const executable = platform === 'windows' ? 'pagefind_extended.exe' : 'pagefind_extended';
  return process.env.PAGEFIND_EXTENDED_BINARY_PATH ?? createRequire(wrapper).resolve(`@pagefind/${platform}-${process.arch}/bin/${executable}`);
}

/**
 * Runs Pagefind's CLI over `site` into `output`, Japanese forced for every page.
 * @param {string} site @param {string} output
 */
export async function runPagefind(site, output) {
  const args = ['--site', path.resolve(site), '--output-path', path.resolve(output), '--force-language', 'ja', ...excludeSelectors.flatMap((selector) => ['--exclude-selectors', selector])];
  const binary = pagefindBinary();
  await new Promise((resolve, reject) => {
    // cwd: the staging folder, so a stray pagefind.yml in the project cannot change the index.
    execFile(binary, args, { cwd: site, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`Pagefind could not build the index: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(undefined);
    });
  });
}

/**
 * An index with no pages, so /search/ still loads and finds nothing; the CLI refuses to write
 * one, the Node API does.
 * @param {string} output
 */
async function writeEmptyIndex(output) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ja', excludeSelectors });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes every built HTML page into `<dist>/pagefind/`. Only pages with a
 * `data-pagefind-body` element are indexed (Pagefind's rule once any page has one), so pages
 * opt out by leaving it off: /admin/, 404 and /search/ do.
 * @param {string} dist
 * @returns {Promise<{ pages: number, files: number, bytes: number, ms: number }>}
 */
export async function indexSite(dist) {
  const started = performance.now();
  const output = path.join(dist, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  const staging = mkdtempSync(path.join(tmpdir(), 'iryo-dx-pagefind-'));
  let pages = 0;
  try {
    for (const file of htmlFilesIn(dist, { skip: ['pagefind'] })) {
      const html = readFileSync(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const staged = path.join(staging, path.relative(dist, file));
      mkdirSync(path.dirname(staged), { recursive: true });
      const content = withReadings(html);
      if (content === html) linkOrCopy(file, staged);
      else writeFileSync(staged, content);
      pages += 1;
    }
    if (pages) await runPagefind(staging, output);
    else await writeEmptyIndex(output);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  let files = 0;
  let bytes = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (dir === output && unusedBundleFiles.test(name)) rmSync(full);
      else {
        files += 1;
        bytes += statSync(full).size;
      }
    }
  };
  walk(output);
  return { pages, files, bytes, ms: performance.now() - started };
}

/**
 * The Astro integration: runs {@link indexSite} when `astro build` has written dist/.
 * Under `astro dev` it serves the last build's dist/pagefind/ at /pagefind/, so search works
 * in development after one `npm run build` (results then reflect that build, not live edits).
 */
export function searchIndex() {
  /** @type {string | undefined} */
  let outDir;
  return {
    name: 'search-index',
    hooks: {
      /** @param {{ config: { outDir: URL } }} options */
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      /** @param {{ server: { middlewares: { use: (path: string, handler: unknown) => void } } }} options */
      'astro:server:setup': async ({ server }) => {
        const bundle = path.join(outDir ?? 'dist', 'pagefind');
        if (!existsSync(bundle)) return;
        server.middlewares.use('/pagefind', sirv(bundle, { dev: true }));
      },
      /** @param {{ dir: URL, logger: { info: (message: string) => void } }} options */
      'astro:build:done': async ({ dir, logger }) => {
        if (skipsBuildStep('search-index')) return logger.info('Pagefind: skipped (IRYO_DX_SKIP_BUILD_STEPS)');
        const result = await indexSite(fileURLToPath(dir));
        logger.info(`Pagefind (ja): ${result.pages} pages, ${result.files} files, ${(result.bytes / 1024).toFixed(1)} KB in ${Math.round(result.ms)} ms`);
      },
    },
  };
}
