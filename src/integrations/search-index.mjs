// Builds the Pagefind index as the last step of `astro build`, so the build stays one command.
// The Node API (not the CLI) is used because it lets the indexer change each page in memory:
// the HTML in dist/ stays as built, only the index learns each page's weight (searchWeights),
// the readings and other spellings of the site's terms, and one record per glossary entry and
// FAQ answer. Terms and records come from content, via dist/search/terms.json and records.json
// (src/pages/search/), so nothing here lists a term.
// Pages are prepared into a temp folder that Pagefind walks itself (`addDirectory`), records go
// through `addHTMLFile`; `runPagefind` runs Pagefind's own CLI, `npm run bench`'s speed anchor.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { transform } from 'esbuild';
import { gzipAsync } from '@gfx/zopfli';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import sirv from 'sirv';
import { filesIn, htmlFilesIn, urlPathOf } from './built-pages.mjs';
import { skipsBuildStep } from './build-steps.mjs';
import { fastTempRoot } from './fast-temp.mjs';
import { aliasKeywordsFor, rankFilterKey, rankValues, readingsFor } from '../lib/search/search.ts';
import { pageWeight, searchAttributes } from '../lib/search/tags.ts';
import { escapeHtml } from '../lib/site/escape-html.ts';

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
  // Found by its attribute, then back to its tag's `<`: a regex for "a tag with the attribute"
  // backtracks at every tag of a 30 KB page (≈ 0.15 s at 2,000 sessions).
  const attribute = /\sdata-pagefind-body[\s>=]/.exec(html);
  if (!attribute) return '';
  const start = html.lastIndexOf('<', attribute.index);
  if (start < 0) return '';
  return html
    .slice(start)
    .replace(/<(rt|rp)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

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
 * Adds hidden `readings` and `aliases` metadata for the site's terms that the page's indexed
 * text names (no-op for pages that are not indexed or name none).
 * @param {string} html
 * @param {readonly import('../lib/search/search.ts').SiteTerm[]} terms
 */
export function withReadings(html, terms) {
  const text = indexedText(html);
  if (!text) return html;
  const readings = readingsFor(text, terms);
  const aliases = aliasKeywordsFor(text, terms);
  const tags = [readings && `<span hidden data-pagefind-meta="readings:${escapeHtml(readings)}"></span>`, aliases && `<span hidden data-pagefind-meta="aliases:${escapeHtml(aliases)}"></span>`].filter(Boolean).join('');
  if (!tags) return html;
  return html.includes('</body>') ? html.replace('</body>', `${tags}</body>`) : html + tags;
}

/**
 * Adds the page's weight as the hidden `rank` filter (see searchWeights in src/lib/search/search.ts).
 * @param {string} html
 * @param {number} weight
 */
export function withRank(html, weight) {
  // The UI's plain search asks for every rank value (src/client/search-ui.ts): a page with any
  // other weight would never be found.
  if (!rankValues().includes(String(weight))) throw new Error(`検索の重み ${weight} は rankValues() にありません（src/lib/search/search.ts の searchWeights を確認してください）。`);
  const tag = `<span hidden data-pagefind-filter="${rankFilterKey}:${weight}"></span>`;
  return html.includes('</body>') ? html.replace('</body>', `${tag}</body>`) : html + tag;
}

/**
 * The page's search type and status labels as its SearchTags wrote them.
 * @param {string} html
 */
export function searchLabelsOf(html) {
  return {
    typeLabel: html.match(/data-pagefind-filter="type:([^"]*)"/)?.[1],
    status: html.match(/data-pagefind-meta="status:([^"]*)"/)?.[1],
  };
}

/**
 * A record (glossary entry, FAQ answer) as the HTML Pagefind indexes for it: heading, text and
 * the same hidden filter and meta elements a page's SearchTags renders.
 * @param {import('../lib/search/search.ts').SearchRecord} record
 */
export function recordHtml(record) {
  const attributes = searchAttributes(record.tags)
    .map((attribute) => `<span data-pagefind-${attribute.kind}="${escapeHtml(attribute.value)}"></span>`)
    .join('');
  const paragraphs = record.text.split(/\n+/).map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  return `<!doctype html><html lang="ja"><head><title>${escapeHtml(record.title)}</title></head><body><main data-pagefind-body><h1>${escapeHtml(record.title)}</h1>${paragraphs}<div hidden data-pagefind-ignore>${attributes}</div></main></body></html>`;
}

/**
 * The HTML the index receives for a built page or a record: with the site's readings and
 * aliases, and its weight.
 * @param {string} html
 * @param {string} url
 * @param {readonly import('../lib/search/search.ts').SiteTerm[]} terms
 */
export function prepareForIndex(html, url, terms) {
  const text = withoutRuby(html);
  return withRank(withReadings(text, terms), pageWeight({ url, ...searchLabelsOf(text) }));
}

/**
 * The page as it reads without furigana (src/integrations/furigana.ts): `excludeSelectors` keeps
 * `rt` out of the page's text, but Pagefind drops a heading's `<ruby>` bases with it, so
 * sub-result titles lost their kanji (この端末の… → この の…). The index gets plain text instead.
 * `data-pagefind-ignore` on `<rt>` does not help (Pagefind 1.6 drops the whole `<ruby>` from a
 * heading's title; a `<span>` with an ignored child keeps its text), so pages cannot yet be
 * indexed from dist/ as built, without this copy (tests/unit/search.test.ts, furigana in headings).
 * @param {string} html
 */
export function withoutRuby(html) {
  return html.replace(/<(rt|rp)\b[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<\/?ruby\b[^>]*>/g, '');
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
  const { index, errors } = await pagefind.createIndex({ excludeSelectors });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const { terms, records } = readVocabulary(dist);
  // The prepared pages go to a temp folder that mirrors dist/ and Pagefind reads it itself
  // (addDirectory: the CLI's own parallel file walk and parse). Fed through addHTMLFile, every
  // page crossed the Node↔Pagefind pipe as an encoded message and was parsed one message at a
  // time: ≈ 2.5× the CLI at 2,000 sessions.
  const staging = mkdtempSync(path.join(fastTempRoot(), 'iryo-dx-search-'));
  let pages = 0;
  const folders = new Set();
  try {
    for (const file of htmlFilesIn(dist, { skip: ['pagefind'] })) {
      const html = readFileSync(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const target = path.join(staging, path.relative(dist, file));
      if (!folders.has(path.dirname(target))) {
        mkdirSync(path.dirname(target), { recursive: true });
        folders.add(path.dirname(target));
      }
      writeFileSync(target, prepareForIndex(html, urlPathOf(dist, file), terms));
      pages += 1;
    }
    const added = await index.addDirectory({ path: staging });
    if (added.errors.length) throw new Error(`Pagefind failed on ${dist}: ${added.errors.join('; ')}`);
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
    await pagefind.close();
    rmSync(staging, { recursive: true, force: true });
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
 * The Astro integration: runs {@link indexSite} when `astro build` has written dist/.
 * Under `astro dev` it serves the last build's dist/pagefind/ at /pagefind/, so search works
 * in development after one `npm run build` (results then reflect that build, not live edits).
 */
/** @returns {import('astro').AstroIntegration} */
export function searchIndex() {
  /** @type {string | undefined} */
  let outDir;
  return {
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
      'astro:build:done': async ({ dir, logger }) => {
        if (skipsBuildStep('search-index')) return logger.info('Pagefind: skipped (IRYO_DX_SKIP_BUILD_STEPS)');
        const result = await indexSite(fileURLToPath(dir));
        logger.info(`Pagefind: ${result.pages} pages, ${result.files} files, ${(result.bytes / 1024).toFixed(1)} KB in ${Math.round(result.ms)} ms`);
      },
    },
  };
}
