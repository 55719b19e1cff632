// `npm run bench`: builds the site, then reports build time per page and, for each page
// template, the bytes a phone downloads on first load (Chromium at 390×844), raw and gzip.
// Budgets: scripts/lib/budgets.mjs (defaults) and scripts/bench-templates.mjs (per template);
// a page over budget is marked ✗ and the command exits 1.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './lib/find-chromium.mjs';
import { htmlFilesIn } from './lib/built-pages.mjs';
import { measurePage } from './lib/page-weight.mjs';
import { mangaBudget, templates } from './bench-templates.mjs';
import { startStaticServer } from './lib/serve-dist.mjs';
import { budgetFailures, measuredBytes } from './lib/budgets.mjs';
import { measureFirstSearch, searchIndexSize } from './lib/search-weight.mjs';
import { indexSite } from '../src/integrations/search-index.mjs';

const dist = path.resolve('dist');
const kb = (bytes) => (bytes / 1024).toFixed(1);

console.log(`Node ${process.version}`);
const buildStart = performance.now();
const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const buildMs = performance.now() - buildStart;
if (build.status !== 0) {
  console.error('build failed');
  process.exit(1);
}
const countPages = (dir) => htmlFilesIn(dir).length;
const pages = countPages(dist);

console.log('\n## Build');
console.log('| build time | pages built | ms per page |');
console.log('|---:|---:|---:|');
console.log(`| ${(buildMs / 1000).toFixed(2)} s | ${pages} | ${(buildMs / pages).toFixed(1)} |`);

const server = await startStaticServer(dist);
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let overBudget = 0;
console.log('\n## First load per template (phone, 390×844, KB: raw / gzip)');
console.log('| template | path | HTML | CSS | JS | images | total | third-party requests | budget |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---|');
for (const template of templates) {
  const weight = await measurePage(browser, { dist, baseUrl: server.url, path: template.path });
  const { totals, total, external } = weight;
  const failures = budgetFailures(template.name, measuredBytes(weight), template.budget);
  overBudget += failures.length;
  const budget = failures.length ? `✗ ${failures.join('; ')}` : '✓';
  const cell = (t) => `${kb(t.raw)} / ${kb(t.gzip)}`;
  console.log(`| ${template.name} | ${template.path} | ${cell(totals.html)} | ${cell(totals.css)} | ${cell(totals.js)} | ${cell(totals.img)} | ${cell(total)} | ${external.length} | ${budget} |`);
}

// Search (issue 7): index size, time to index dist/ again, and what the first search costs.
const reindex = await indexSite(dist);
const size = searchIndexSize(dist);
console.log('\n## Search (Pagefind, ja)');
console.log('| pages indexed | indexing time | index files | index size raw / gzip |');
console.log('|---:|---:|---:|---:|');
console.log(`| ${reindex.pages} | ${Math.round(reindex.ms)} ms | ${size.files} | ${kb(size.raw)} / ${kb(size.gzip)} KB |`);
const searchBudget = 150 * 1024;
console.log('\n## First search of a two-character query (phone: open the header dialog on /, type 医療)');
console.log('| bytes after the page had loaded (KB raw / gzip) | requests | results | whole visit incl. page (gzip) | budget |');
console.log('|---:|---:|---:|---:|---|');
const first = await measureFirstSearch(browser, { dist, baseUrl: server.url, query: '医療' });
const ok = first.search.gzip <= searchBudget;
if (!ok) overBudget += 1;
console.log(`| ${kb(first.search.raw)} / ${kb(first.search.gzip)} | ${first.requests.length} | ${first.results} | ${kb(first.total.gzip)} | ${ok ? '✓' : '✗'} search ≤ ${kb(searchBudget)} |`);
for (const request of first.requests) console.log(`|   ${request.path} | ${kb(request.raw)} / ${kb(request.gzip)} | | | |`);
// Manga: what a phone downloads to show page 1 of each episode, and what reading the whole
// episode costs in image bytes against the source images in src/content/manga/<slug>/.
const mangaDir = path.join(dist, 'manga');
const episodes = readdirSync(mangaDir).filter((name) => /^episode-/.test(name) || (statSync(path.join(mangaDir, name)).isDirectory() && name !== 'glossary' && existsSync(path.join('src/content/manga', name))));
console.log('\n## Manga episodes (phone, 390×844 @2x; KB gzip unless noted)');
console.log('| episode | pages | first load: HTML / CSS / JS / page-1 image / total | page-1 image vs source PNG (raw) | whole episode read: images vs source PNGs (raw) | budget |');
console.log('|---|---:|---|---|---|---|');
for (const slug of episodes.sort()) {
  const sources = readdirSync(path.join('src/content/manga', slug)).filter((name) => /^page-\d+\.(png|jpe?g|webp)$/.test(name)).sort();
  const sourceBytes = sources.map((name) => statSync(path.join('src/content/manga', slug, name)).size);
  const first = await measurePage(browser, { dist, baseUrl: server.url, path: `/manga/${slug}/` });
  const pageImages = (requests) => requests.filter((r) => /\/_astro\/page-\d+\./.test(r.url));
  const firstImage = pageImages(first.requests).find((r) => /\/page-01\./.test(r.url));
  const whole = await measurePage(browser, {
    dist,
    baseUrl: server.url,
    path: `/manga/${slug}/`,
    afterLoad: async (page) => {
      for (let i = 1; i < sources.length; i += 1) {
        await page.getByRole('button', { name: '次のページ' }).click();
        await page.waitForLoadState('networkidle');
      }
    },
  });
  const wholeImageRaw = pageImages(whole.requests).reduce((sum, r) => sum + r.raw, 0);
  const checks = [['first load', first.total.gzip, mangaBudget.firstLoadGzip], ['JS', first.totals.js.gzip, mangaBudget.jsGzip]];
  const budget = checks.map(([label, value, limit]) => {
    if (value > limit) overBudget += 1;
    return `${value <= limit ? '✓' : '✗'} ${label} ≤ ${kb(limit)}`;
  }).join(', ');
  const pct = (a, b) => `${Math.round((a / b) * 100)} %`;
  console.log(`| ${slug} | ${sources.length} | ${kb(first.totals.html.gzip)} / ${kb(first.totals.css.gzip)} / ${kb(first.totals.js.gzip)} / ${kb(firstImage?.raw ?? 0)} / **${kb(first.total.gzip)}** | ${kb(firstImage?.raw ?? 0)} vs ${kb(sourceBytes[0] ?? 0)} (${pct(firstImage?.raw ?? 0, sourceBytes[0] ?? 1)}) | ${kb(wholeImageRaw)} vs ${kb(sourceBytes.reduce((a, b) => a + b, 0))} (${pct(wholeImageRaw, sourceBytes.reduce((a, b) => a + b, 0) || 1)}) | ${budget} |`);
}

// Institutions at Tokyo scale (issue 19): one 15,000-facility build in a temp copy.
{
  const { benchInstitutions } = await import('./lib/institutions-bench.mjs');
  overBudget += await benchInstitutions(browser, { sampleBuildMs: buildMs });
}

await browser.close();
await server.close();

// Fault behaviour at scale: the sample site plus 500 generated sessions, built in a temp copy.
{
  const { createFixtureProject } = await import('./lib/temp-project.mjs');
  const { writeGeneratedSessions } = await import('./generate-entries.mjs');
  const project = createFixtureProject();
  try {
    writeGeneratedSessions(project.dir, 500);
    const started = performance.now();
    const result = project.astro('build');
    const ms = performance.now() - started;
    const built = result.code === 0 ? countPages(path.join(project.dir, 'dist')) : 0;
    console.log('\n## Large site: sample content + 500 generated sessions (temp copy)');
    console.log('| build time | pages built | ms per page | result |');
    console.log('|---:|---:|---:|---|');
    console.log(`| ${(ms / 1000).toFixed(2)} s | ${built} | ${built ? (ms / built).toFixed(1) : '—'} | ${result.code === 0 ? 'ok' : 'FAILED'} |`);
    if (result.code !== 0) {
      console.error(result.output.slice(-2000));
      process.exitCode = 1;
    }
  } finally {
    project.remove();
  }
}

if (overBudget) {
  console.error(`\n${overBudget} budget(s) exceeded`);
  process.exit(1);
}
