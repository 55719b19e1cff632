// Builds the Pagefind index at the end of `astro build`, so the build stays one command.
// The Node API (not the CLI) is used because it lets the indexer change each page in memory:
// the HTML in dist/ stays as built, only the index learns each page's weight (searchWeights),
// the readings and other spellings of the site's terms, and one record per glossary entry and
// FAQ answer. Terms and records come from content, via dist/search/terms.json and records.json
// (src/pages/search/), so nothing here lists a term.
// Pages are prepared into a temp folder that Pagefind walks itself (`addDirectory`), records go
// through `addHTMLFile`; `runPagefind` runs Pagefind's own CLI, `npm run bench`'s speed anchor.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import sirv from 'sirv';
import { filesIn, htmlFilesIn } from './built-pages.mjs';
import { skipsBuildStep } from './build-steps.mjs';
import { fastTempRoot } from './fast-temp.mjs';
import { prepareForIndex, recordHtml, stagePages } from './search-pages.mjs';

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

/** Where the build writes the site's terms and records (src/pages/search/terms.json.ts, records.json.ts). */
export const vocabularyPaths = { terms: 'search/terms.json', records: 'search/records.json' };

/**
 * The site's terms and extra records from a built site (none if the file is missing, e.g. a
 * stand-in site in the tests).
 * @param {string} dist
 * @returns {import('../lib/search/search.ts').SearchVocabulary}
 */
export function readVocabulary(dist) {
  const read = (/** @type {string} */ file) => (existsSync(path.join(dist, file)) ? JSON.parse(readFileSync(path.join(dist, file), 'utf8')) : []);
  return { terms: read(vocabularyPaths.terms), records: read(vocabularyPaths.records) };
}

/**
 * Minifies Pagefind's `pagefind.js` in place. Pagefind ships it with whitespace removed but its
 * names kept (46 KB, 13.1 KB gzip); esbuild's minifier makes it 11.4 KB gzip with the same
 * exports and behaviour, part of keeping the first search within 100 KB (issue 18). The worker
 * script is left as it is: the site's UI never starts it (noWorker).
 * @param {string} output the bundle folder (`dist/pagefind`)
 */
export async function minifyPagefindScript(output) {
  const file = path.join(output, 'pagefind.js');
  if (!existsSync(file)) return;
  const { code } = await transform(readFileSync(file, 'utf8'), { format: 'esm', minify: true, target: 'es2022', legalComments: 'inline' });
  writeFileSync(file, code);
}

/**
 * @gfx/zopfli's `gzipAsync`, loaded only when a WebAssembly file is not in the cache yet. Its
 * Emscripten runtime adds process-wide `uncaughtException` and `unhandledRejection` handlers when
 * it loads, which turn any failure anywhere in the build into its own `abort(...)` dump and exit
 * code 7: they are removed again, so a failing step reports its own error.
 */
export function zopfliGzip() {
  const uncaught = process.listeners('uncaughtException');
  const rejection = process.listeners('unhandledRejection');
  // require, not import(): this module is loaded with astro.config.mjs through Vite's module
  // runner, which is closed by the time the build's last steps run (a fresh clone's first build
  // failed with "Vite module runner has been closed").
  const { gzipAsync } = /** @type {typeof import('@gfx/zopfli')} */ (createRequire(import.meta.url)('@gfx/zopfli'));
  for (const listener of process.listeners('uncaughtException')) if (!uncaught.includes(listener)) process.removeListener('uncaughtException', listener);
  for (const listener of process.listeners('unhandledRejection')) if (!rejection.includes(listener)) process.removeListener('unhandledRejection', listener);
  return gzipAsync;
}

/** Where recompressed Pagefind WebAssembly is kept between builds (inside Astro's cache folder, which CI keeps). */
const wasmCacheDir = path.resolve('.cache/astro/pagefind-wasm');

/**
 * Recompresses Pagefind's WebAssembly (`wasm.<language>.pagefind`, gzip that pagefind.js
 * inflates itself) with Zopfli: the same bytes once inflated, 2.5 KB (≈ 4.6 %) smaller than
 * Pagefind's own maximum gzip, which is the largest file of every first search. Zopfli takes
 * seconds, so each result is cached by the source file's hash; the file only changes with the
 * Pagefind version, and a build after the first reuses it. The index chunks and fragments
 * change with every edit and are left as Pagefind wrote them.
 * @param {string} output the bundle folder (`dist/pagefind`)
 */
export async function recompressPagefindWasm(output) {
  for (const name of readdirSync(output).filter((file) => /^wasm\..+\.pagefind$/.test(file))) {
    const file = path.join(output, name);
    const source = readFileSync(file);
    const cached = path.join(wasmCacheDir, `${createHash('sha256').update(source).digest('hex')}.gz`);
    let smaller = existsSync(cached) ? readFileSync(cached) : undefined;
    if (!smaller) {
      const gzipAsync = zopfliGzip();
      smaller = Buffer.from(await gzipAsync(gunzipSync(source), { numiterations: 5 }));
      mkdirSync(wasmCacheDir, { recursive: true });
      writeFileSync(cached, smaller);
    }
    // Only ever the same module, and only when smaller.
    if (smaller.length < source.length && gunzipSync(smaller).equals(gunzipSync(source))) writeFileSync(file, smaller);
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
 * Runs Pagefind's CLI over `site` into `output`, one index per page language: the speed
 * anchor `npm run bench` compares {@link indexSite} with.
 * @param {string} site @param {string} output
 */
export async function runPagefind(site, output) {
  const args = ['--site', path.resolve(site), '--output-path', path.resolve(output), ...excludeSelectors.flatMap((selector) => ['--exclude-selectors', selector])];
  const binary = pagefindBinary();
  await new Promise((resolve, reject) => {
    // cwd: the site folder, so a stray pagefind.yml in the project cannot change the index.
    execFile(binary, args, { cwd: site, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`Pagefind could not build the index: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(undefined);
    });
  });
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
  // One index per <html lang> (issue 21): English pages are searched from English pages; やさしい
  // 日本語 pages are lang="ja" and share the Japanese index (src/i18n/locales.ts says why).
  // Pagefind starts while the pages are staged.
  const created = pagefind.createIndex({ excludeSelectors });
  const { terms, records } = readVocabulary(dist);
  // The prepared pages go to a temp folder that mirrors dist/ and Pagefind reads it itself
  // (addDirectory: the CLI's own parallel file walk and parse). Fed through addHTMLFile, every
  // page crossed the Node↔Pagefind pipe as an encoded message and was parsed one message at a
  // time: ≈ 2.5× the CLI at 2,000 sessions. The staged pages leave out what Pagefind never reads
  // (withoutUnindexedParts): the same index, from a third of the bytes.
  const staging = mkdtempSync(path.join(fastTempRoot(), 'iryo-dx-search-'));
  let pages = 0;
  /** @type {Promise<void> | undefined} */
  let cleared;
  try {
    pages = stagePages(dist, staging, htmlFilesIn(dist, { skip: ['pagefind'] }), terms);
    const { index, errors } = await created;
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: staging });
    if (added.errors.length) throw new Error(`Pagefind failed on ${dist}: ${added.errors.join('; ')}`);
    // Pagefind has read the staged pages: they are removed while it writes the index.
    cleared = rm(staging, { recursive: true, force: true });
    // One result per glossary entry and FAQ answer, at its anchor on its page (a URL no file has).
    const results = await Promise.all(records.map((record) => index.addHTMLFile({ url: record.url, content: prepareForIndex(recordHtml(record), record.url, terms) })));
    results.forEach((result, i) => {
      if (result.errors.length) throw new Error(`Pagefind failed on ${records[i]?.url}: ${result.errors.join('; ')}`);
    });
    pages += records.length;
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    await minifyPagefindScript(output);
    await recompressPagefindWasm(output);
  } finally {
    // Pagefind may still be starting when staging failed: closing it then rejects `created` with
    // "Pagefind backend closed", which nothing awaited and which hid the staging error.
    await created.catch(() => undefined);
    await pagefind.close();
    await (cleared ?? rm(staging, { recursive: true, force: true }));
  }
  let files = 0;
  let bytes = 0;
  for (const full of filesIn(output)) {
    if (path.dirname(full) === output && unusedBundleFiles.test(path.basename(full))) rmSync(full);
    else {
      files += 1;
      bytes += statSync(full).size;
    }
  }
  return { pages, files, bytes, ms: performance.now() - started };
}

/**
 * The Astro integrations that run {@link indexSite} once `astro build` has written the pages:
 * `indexing` starts it and goes first among the build's last steps, `written` waits for it and
 * goes last. Pagefind, in its own process, then indexes while the other steps write the session
 * files, the CMS bundle and _headers and check the images: their hooks wait on the disk and
 * sharp's threads, and at 2,000 sessions the index had waited 4.5 s for them to end. None of
 * them writes an HTML page or the vocabulary files, which is all the indexer reads.
 * Under `astro dev`, `indexing` serves the last build's dist/pagefind/ at /pagefind/, so search
 * works in development after one `npm run build` (results then reflect that build, not live edits).
 * @returns {{ indexing: import('astro').AstroIntegration, written: import('astro').AstroIntegration }}
 */
export function searchIndex() {
  /** @type {string | undefined} */
  let outDir;
  /** @type {Promise<void> | undefined} */
  let running;
  return {
    indexing: {
      name: 'search-index',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
        },
        'astro:server:setup': async ({ server }) => {
          const bundle = path.join(outDir ?? 'dist', 'pagefind');
          if (!existsSync(bundle)) return;
          server.middlewares.use('/pagefind', sirv(bundle, { dev: true }));
        },
        'astro:build:done': ({ dir, logger }) => {
          if (skipsBuildStep('search-index')) return logger.info('Pagefind: skipped (IRYO_DX_SKIP_BUILD_STEPS)');
          // Logged under this step's name when it ends; a failure is thrown by `written`.
          running = indexSite(fileURLToPath(dir)).then((result) => {
            logger.info(`Pagefind: ${result.pages} pages, ${result.files} files, ${(result.bytes / 1024).toFixed(1)} KB in ${Math.round(result.ms)} ms`);
          });
          running.catch(() => {});
        },
      },
    },
    written: {
      name: 'search-index-written',
      hooks: {
        'astro:build:done': async () => {
          await running;
        },
      },
    },
  };
}
