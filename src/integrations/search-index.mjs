// Builds the Pagefind index as the last step of `astro build`, so the build stays one command.
// The Node API (not the CLI) is used because it lets the indexer add hidden readings to each
// page in memory: the HTML in dist/ stays as built, only the index learns the readings.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import sirv from 'sirv';
import { htmlFilesIn, urlPathOf } from '../../scripts/lib/built-pages.mjs';
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
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ja', excludeSelectors });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  try {
    for (const file of htmlFilesIn(dist, { skip: ['pagefind'] })) {
      const html = readFileSync(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ url: urlPathOf(dist, file), content: withReadings(html) });
      if (added.errors.length) throw new Error(`Pagefind failed on ${file}: ${added.errors.join('; ')}`);
      pages += 1;
    }
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
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
        const result = await indexSite(fileURLToPath(dir));
        logger.info(`Pagefind (ja): ${result.pages} pages, ${result.files} files, ${(result.bytes / 1024).toFixed(1)} KB in ${Math.round(result.ms)} ms`);
      },
    },
  };
}
