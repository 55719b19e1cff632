// `npm run bench`: builds the site, then reports build time per page and, for each page
// template, the bytes a phone downloads on first load (Chromium at 390×844), raw and gzip.
// Budgets: tools/budgets.mjs (defaults) and tools/bench-templates.mjs (per template);
// a page over budget is marked ✗ and the command exits 1.
// Then (issue 23) in the same run: first search against Pagefind's API alone, image outputs
// against their sources, and a 2,000-session build in a temp copy against a bare Astro site of
// the same page count (built from the installed astro), Pagefind against its own CLI on that
// output, the largest page of each template there against its budget, and the last
// `npm test`'s time per project.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../tools/find-chromium.mjs';
import { htmlFilesIn } from '../src/integrations/built-pages.mjs';
import { measurePage } from '../tools/page-weight.mjs';
import { mangaBudget, templates } from '../tools/bench-templates.mjs';
import { startStaticServer } from '../tools/serve-dist.mjs';
import { budgetFailures, htmlPageSizes, measuredBytes, pageHtmlBudgetFailures } from '../tools/budgets.mjs';
import { measureApiOnlySearch, measureFirstSearch, searchIndexSize } from '../tools/search-weight.mjs';
import { relevanceSet, runRelevanceSet } from '../tools/search-relevance.mjs';
import { indexSite, runPagefind } from '../src/integrations/search-index.mjs';
import { imageOutputsAgainstSources } from '../tools/image-sizes.mjs';
import { buildBareAstro } from '../tools/bare-astro.mjs';
import { printProjectTimes } from '../tools/test-times.mjs';
import { childCpuMs, loadAverage } from '../tools/child-cpu.mjs';
import { availableParallelism } from 'node:os';

const dist = path.resolve('dist');
const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);

console.log(`Node ${process.version}`);
// `npm run bench -- --only=sample,lighthouse,institutions,large,tests` runs those sections alone
// (each takes minutes on a shared 2-core machine); without --only, all of them, in this order.
// Blocks are gated without re-indenting them, so the diff (and other branches' merges) stay small.
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const runs = (/** @type {string} */ section) => !only || only.includes(section);
console.log(`load average ${loadAverage()} (1 min), ${availableParallelism()} cores`);
let overBudget = 0;
const countPages = (/** @type {string} */ dir) => htmlFilesIn(dir).length;
let buildMs = NaN;
if (runs('sample') || runs('lighthouse') || runs('institutions')) { // sample-site build (institutions compares against it)
// Images Astro encoded in this build = files its image cache did not hold before (CI keeps the cache).
const imageCache = path.resolve('.cache/astro/assets');
const cachedImages = () => new Set(existsSync(imageCache) ? readdirSync(imageCache) : []);
const cachedBefore = cachedImages();
const buildStart = performance.now();
const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
buildMs = performance.now() - buildStart;
if (build.status !== 0) {
  console.error('build failed');
  process.exit(1);
}
const pages = countPages(dist);

console.log('\n## Build');
console.log('| build time | pages built | ms per page |');
console.log('|---:|---:|---:|');
console.log(`| ${(buildMs / 1000).toFixed(2)} s | ${pages} | ${(buildMs / pages).toFixed(1)} |`);
const cachedAfter = cachedImages();
console.log(`\nimages encoded: ${[...cachedAfter].filter((name) => !cachedBefore.has(name)).length}, reused from the image cache (.cache/astro): ${[...cachedAfter].filter((name) => cachedBefore.has(name)).length}`);

// Every built page, not only the sample pages below, within its template's HTML budget.
const htmlFailures = pageHtmlBudgetFailures(htmlPageSizes(dist), templates);
console.log(`\nHTML budget, every built page (${pages}): ${htmlFailures.length ? `✗ ${htmlFailures.join('; ')}` : '✓'}`);

const server = await startStaticServer(dist);
overBudget += htmlFailures.length;
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
if (runs('sample')) { // sample site: templates, search, images, manga
console.log('\n## First load per template (phone, 390×844, KB: raw / gzip)');
console.log('| template | path | HTML | CSS | JS | images | total | third-party requests | budget |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---|');
for (const template of templates) {
  const weight = await measurePage(browser, { dist, baseUrl: server.url, path: template.path });
  const { totals, total, external } = weight;
  const failures = budgetFailures(template.name, measuredBytes(weight), template.budget);
  overBudget += failures.length;
  const budget = failures.length ? `✗ ${failures.join('; ')}` : '✓';
  const cell = (/** @type {{ raw: number, gzip: number }} */ t) => `${kb(t.raw)} / ${kb(t.gzip)}`;
  console.log(`| ${template.name} | ${template.path} | ${cell(totals.html)} | ${cell(totals.css)} | ${cell(totals.js)} | ${cell(totals.img)} | ${cell(total)} | ${external.length} | ${budget} |`);
}

// Search (issue 7): index size, time to index dist/ again, and what the first search costs.
const reindex = await indexSite(dist);
const size = searchIndexSize(dist);
console.log('\n## Search (Pagefind, ja)');
console.log('| pages indexed | indexing time | index files | index size raw / gzip |');
console.log('|---:|---:|---:|---:|');
console.log(`| ${reindex.pages} | ${Math.round(reindex.ms)} ms | ${size.files} | ${kb(size.raw)} / ${kb(size.gzip)} KB |`);
// Issue 18: ≤ 100 KB gzip for the whole first search after the page had loaded (was 150 KB).
const searchBudget = 100 * 1024;
console.log('\n## First search of a two-character query (phone: open the header dialog on /, type 医療)');
console.log('| bytes after the page had loaded (KB raw / gzip) | requests | results | whole visit incl. page (gzip) | budget |');
console.log('|---:|---:|---:|---:|---|');
const first = await measureFirstSearch(browser, { dist, baseUrl: server.url, query: '医療' });
const ok = first.search.gzip <= searchBudget;
if (!ok) overBudget += 1;
console.log(`| ${kb(first.search.raw)} / ${kb(first.search.gzip)} | ${first.requests.length} | ${first.results} | ${kb(first.total.gzip)} | ${ok ? '✓' : '✗'} search ≤ ${kb(searchBudget)} |`);
for (const request of first.requests) console.log(`|   ${request.path} | ${kb(request.raw)} / ${kb(request.gzip)} | | | |`);
// Issue 18: the UI may cost at most 5 % more than Pagefind's API alone (same query, same number
// of result data); the issue's target for the whole first search is 100 KB gzip.
const apiOnly = await measureApiOnlySearch(browser, { dist, baseUrl: server.url, query: '医療', results: first.results });
const overApi = first.search.gzip / apiOnly.search.gzip - 1;
const withinApi = overApi <= 0.05;
if (!withinApi) overBudget += 1;
console.log(`\n| first search (site UI) | Pagefind API only | difference | target 100 KB |`);
console.log('|---:|---:|---:|---|');
console.log(`| ${kb(first.search.gzip)} KB | ${kb(apiOnly.search.gzip)} KB | ${(overApi * 100).toFixed(1)} % ${withinApi ? '✓' : '✗'} ≤ 5 % | ${first.search.gzip <= searchBudget ? '✓' : '✗'} |`);

// Issue 18: the relevance set, through the real /search/ page.
const relevance = await runRelevanceSet(browser, { baseUrl: server.url, cases: relevanceSet() });
const relevancePassed = relevance.filter((outcome) => outcome.pass).length;
console.log('\n## Search relevance set (tests/fixtures/search/relevance-set.json: expected page in the first 3)');
console.log(`| passed | queries | pass rate |\n|---:|---:|---:|\n| ${relevancePassed} | ${relevance.length} | ${((relevancePassed / relevance.length) * 100).toFixed(1)} % |`);
for (const outcome of relevance.filter((o) => !o.pass)) console.log(`  ✗ 「${outcome.case.query}」 → ${outcome.case.expect}; got ${outcome.top.join(' ')}`);

} // sample site, first part
// Issue 18: Lighthouse mobile on /search/ (performance ≥ 95, CLS 0), dist/ served with gzip.
if (runs('lighthouse')) {
  const { runLighthouse } = await import('../tools/lighthouse-run.mjs');
  const { lighthousePaths, printLighthouse } = await import('./lighthouse.mjs');
  console.log('\n## Lighthouse (mobile, simulated throttling; dist/ served with gzip)');
  overBudget += printLighthouse(await runLighthouse({ dist, paths: lighthousePaths }));
}


if (runs('sample')) { // sample site, second part
// Images (issue 23): no output in dist/_astro/ larger than the source it was made from.
{
  const images = await imageOutputsAgainstSources(dist);
  const larger = images.filter((row) => row.bytes > row.sourceBytes);
  overBudget += larger.length;
  console.log('\n## Image outputs against their sources');
  console.log(`| outputs | total KB | their sources' KB | larger than their source | budget |`);
  console.log('|---:|---:|---:|---:|---|');
  console.log(`| ${images.length} | ${kb(images.reduce((a, r) => a + r.bytes, 0))} | ${kb(images.reduce((a, r) => a + r.sourceBytes, 0))} | ${larger.length} | ${larger.length ? '✗' : '✓'} none larger |`);
  for (const row of larger) console.log(`|   ✗ ${row.output} | ${kb(row.bytes)} | ${row.source} ${kb(row.sourceBytes)} | | |`);
}
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
  const pageImages = (/** @type {{ url: string, raw: number }[]} */ requests) => requests.filter((r) => /\/_astro\/page-\d+\./.test(r.url));
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
  /** @type {[string, number, number][]} */
  const checks = [['first load', first.total.gzip, mangaBudget.firstLoadGzip], ['JS', first.totals.js.gzip, mangaBudget.jsGzip]];
  const budget = checks.map(([label, value, limit]) => {
    if (value > limit) overBudget += 1;
    return `${value <= limit ? '✓' : '✗'} ${label} ≤ ${kb(limit)}`;
  }).join(', ');
  const pct = (/** @type {number} */ a, /** @type {number} */ b) => `${Math.round((a / b) * 100)} %`;
  console.log(`| ${slug} | ${sources.length} | ${kb(first.totals.html.gzip)} / ${kb(first.totals.css.gzip)} / ${kb(first.totals.js.gzip)} / ${kb(firstImage?.raw ?? 0)} / **${kb(first.total.gzip)}** | ${kb(firstImage?.raw ?? 0)} vs ${kb(sourceBytes[0] ?? 0)} (${pct(firstImage?.raw ?? 0, sourceBytes[0] ?? 1)}) | ${kb(wholeImageRaw)} vs ${kb(sourceBytes.reduce((a, b) => a + b, 0))} (${pct(wholeImageRaw, sourceBytes.reduce((a, b) => a + b, 0) || 1)}) | ${budget} |`);
}

} // sample site, second part
// Institutions at Tokyo scale (issue 19): one 15,000-facility build in a temp copy.
if (runs('institutions')) {
  const { benchInstitutions } = await import('../tools/institutions-bench.mjs');
  overBudget += await benchInstitutions(browser, { sampleBuildMs: buildMs });
}

await browser.close();
await server.close();
} // sample-site build

// At scale (issue 23): the sample site plus 2,000 generated sessions, built in a temp copy,
// against a bare Astro site with the same page count; then Pagefind against its CLI on that
// output (paired: CLI first, then the site's indexer), and the largest page of each template.
if (runs('large')) {
  const entries = 2000;
  const { createFixtureProject } = await import('../tools/temp-project.mjs');
  const { writeGeneratedSessions } = await import('../tools/generate-entries.mjs');
  const project = createFixtureProject();
  try {
    writeGeneratedSessions(project.dir, entries);
    const loadBefore = loadAverage();
    const started = performance.now();
    const cpuStarted = childCpuMs();
    const result = project.astro('build');
    const ms = performance.now() - started;
    const cpuMs = childCpuMs() - cpuStarted;
    const largeDist = path.join(project.dir, 'dist');
    const built = result.code === 0 ? countPages(largeDist) : 0;
    console.log(`\n## Large site: sample content + ${entries} generated sessions (temp copy) against bare Astro`);
    if (result.code !== 0) {
      console.error(result.output.slice(-2000));
      process.exitCode = 1;
    } else {
      const bareCpuStarted = childCpuMs();
      const bareMs = buildBareAstro(built);
      const bareCpuMs = childCpuMs() - bareCpuStarted;
      const ratio = ms / bareMs;
      if (ratio > 2) overBudget += 1;
      const pagefindMs = Number(/\[search-index\] Pagefind: \d+ pages, .* in (\d+) ms/.exec(result.output)?.[1] ?? NaN);
      console.log('| build time | pages built | ms per page | of which Pagefind | bare Astro, same page count | ratio | budget |');
      console.log('|---:|---:|---:|---:|---:|---:|---|');
      console.log(`| ${(ms / 1000).toFixed(2)} s | ${built} | ${(ms / built).toFixed(1)} | ${(pagefindMs / 1000).toFixed(2)} s | ${(bareMs / 1000).toFixed(2)} s | ${ratio.toFixed(2)} | ${ratio <= 2 ? '✓' : '✗'} ≤ 2.0 |`);
      // CPU time (user + system of the build and everything it waited for) follows the load far
      // less than wall time on a shared machine: the same pair, for the record.
      console.log(`\nCPU time: ${(cpuMs / 1000).toFixed(1)} s against bare Astro's ${(bareCpuMs / 1000).toFixed(1)} s (ratio ${(cpuMs / bareCpuMs).toFixed(2)}); load average ${loadBefore} before, ${loadAverage()} after`);
      // Every built page within its template's HTML budget at this size too, not only the samples.
      const largeHtmlFailures = pageHtmlBudgetFailures(htmlPageSizes(largeDist), templates);
      overBudget += largeHtmlFailures.length;
      console.log(`\nHTML budget, every built page at ${entries} sessions (${built}): ${largeHtmlFailures.length ? `✗ ${largeHtmlFailures.join('; ')}` : '✓'}`);

      // Three alternating pairs, medians compared: one pair swung from 1.20× to 1.64× between two
      // idle runs (the CLI alone took 8.1 s, then 4.9 s), too unsteady to hold to 1.2×.
      const cliOut = path.join(project.dir, 'pagefind-cli');
      /** @type {number[]} */
      const cliRuns = [];
      /** @type {number[]} */
      const ownRuns = [];
      let indexedPages = 0;
      for (let round = 0; round < 3; round += 1) {
        rmSync(cliOut, { recursive: true, force: true });
        const cliStart = performance.now();
        await runPagefind(largeDist, cliOut);
        cliRuns.push(performance.now() - cliStart);
        const ours = await indexSite(largeDist);
        ownRuns.push(ours.ms);
        indexedPages = ours.pages;
      }
      const middle = (/** @type {number[]} */ runs) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? NaN;
      const cliMs = middle(cliRuns);
      const ownMs = middle(ownRuns);
      const pfRatio = ownMs / cliMs;
      if (pfRatio > 1.2) overBudget += 1;
      const runsOf = (/** @type {number[]} */ runs) => runs.map((ms) => Math.round(ms)).join(', ');
      console.log('\n| Pagefind, same output (3 alternating runs) | pages | median | runs | budget |');
      console.log('|---|---:|---:|---|---|');
      console.log(`| CLI (\`pagefind --site dist\`) | | ${Math.round(cliMs)} ms | ${runsOf(cliRuns)} ms | |`);
      console.log(`| the site's indexer (readings added) | ${indexedPages} | ${Math.round(ownMs)} ms (${pfRatio.toFixed(2)}×) | ${runsOf(ownRuns)} ms | ${pfRatio <= 1.2 ? '✓' : '✗'} ≤ 1.2× CLI |`);

      // The largest built page of each template: the page of the same route shape (first path
      // segment and depth) as the template's sample, biggest HTML first.
      const shape = (/** @type {string} */ urlPath) => `${urlPath.split('/').filter(Boolean)[0] ?? ''}:${urlPath.split('/').filter(Boolean).length}`;
      const { urlPathOf } = await import('../src/integrations/built-pages.mjs');
      const files = htmlFilesIn(largeDist).filter((file) => !file.includes(`${path.sep}admin${path.sep}`));
      const largeServer = await startStaticServer(largeDist);
      const largeBrowser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
      try {
        console.log(`\n## Largest page of each template at ${entries} sessions (phone, KB gzip)`);
        console.log('| template | largest page | HTML raw | HTML | CSS | JS | total | budget |');
        console.log('|---|---|---:|---:|---:|---:|---:|---|');
        // A page's template: the one whose sample it is, else the first of the same shape.
        const templateOf = (/** @type {string} */ url) => templates.find((t) => t.path === url) ?? templates.find((t) => shape(t.path) === shape(url));
        for (const template of templates) {
          const own = files.filter((file) => templateOf(urlPathOf(largeDist, file)) === template);
          if (!own.length) continue;
          const largest = own.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
          const pagePath = urlPathOf(largeDist, largest);
          const weight = await measurePage(largeBrowser, { dist: largeDist, baseUrl: largeServer.url, path: pagePath });
          const failures = budgetFailures(template.name, measuredBytes(weight), template.budget);
          overBudget += failures.length;
          const { totals, total } = weight;
          console.log(`| ${template.name} (${own.length} pages) | ${pagePath} | ${kb(statSync(largest).size)} | ${kb(totals.html.gzip)} | ${kb(totals.css.gzip)} | ${kb(totals.js.gzip)} | ${kb(total.gzip)} | ${failures.length ? `✗ ${failures.join('; ')}` : '✓'} |`);
        }
      } finally {
        await largeBrowser.close();
        await largeServer.close();
      }
    }
  } finally {
    project.remove();
  }
}

// The suite's time per project, from the last `npm test` (the bench does not run it: ≈ minutes).
if (runs('tests')) {
  const reportFile = path.resolve('test-results/vitest.json');
  console.log('\n## Test suite, time per project (last `npm test`, test-results/vitest.json)');
  if (existsSync(reportFile)) {
    const { readFileSync } = await import('node:fs');
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    printProjectTimes(report);
    if (report.startTime) console.log(`(run started ${new Date(report.startTime).toISOString()})`);
  } else {
    console.log('no report yet: run `npm test` first');
  }
}

if (overBudget) {
  console.error(`\n${overBudget} budget(s) exceeded`);
  process.exit(1);
}
