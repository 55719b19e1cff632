// `npm run bench`, institutions at Tokyo scale: build time with the generated 15,000 facilities
// (vs the sample build), the data's bytes, the map page's first load before tiles, and the time
// to apply a filter over all 15,000 with the CPU slowed 4× (Chrome DevTools throttling).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { buildTokyoInstitutions } from './tokyo-institutions.mjs';
import { measurePage } from './page-weight.mjs';
import { startStaticServer } from './serve-dist.mjs';

const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);
const gz = (/** @type {string} */ file) => gzipSync(readFileSync(file), { level: 9 }).length;
const tile = readFileSync(path.resolve('tests/fixtures/institutions/tile.png'));

/** Every request that leaves the site is a tile request: answered locally, never sent. */
/** @param {import('playwright-core').Page} page @param {string} origin */
async function routeTiles(page, origin) {
  await page.route((url) => url.origin !== origin, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: tile }));
}

/** @param {import('playwright-core').Browser} browser @param {{ sampleBuildMs: number }} options */
export async function benchInstitutions(browser, { sampleBuildMs }) {
  const tokyo = buildTokyoInstitutions();
  const budgets = { addedBuildMs: 20_000, mapFirstLoadGzip: 150 * 1024, filterMs: 50 };
  let over = 0;
  try {
    if (tokyo.build.code !== 0) {
      console.error(tokyo.build.output.slice(-2000));
      return 1;
    }
    const dist = path.join(tokyo.project.dir, 'dist');
    const pages = readdirSync(path.join(dist, 'institutions/ward'), { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;
    const added = tokyo.build.ms - sampleBuildMs;
    const buildOk = added <= budgets.addedBuildMs;
    console.log('\n## Institutions at Tokyo scale (15,000 generated facilities, temp copy)');
    console.log('| build with sample data | build with 15,000 | added | 区市町村 list pages | budget |');
    console.log('|---:|---:|---:|---:|---|');
    console.log(`| ${(sampleBuildMs / 1000).toFixed(1)} s | ${(tokyo.build.ms / 1000).toFixed(1)} s | ${(added / 1000).toFixed(1)} s | ${pages} | ${buildOk ? '✓' : '✗'} added ≤ ${budgets.addedBuildMs / 1000} s |`);
    if (!buildOk) over += 1;

    const dataDir = path.join(dist, 'institutions/data');
    const chunks = readdirSync(dataDir).filter((f) => f !== 'index.json').map((f) => path.join(dataDir, f));
    const sum = (/** @type {string[]} */ files, /** @type {(file: string) => number} */ f) => files.reduce((total, file) => total + f(file), 0);
    const largest = /** @type {string} */ (chunks.sort((a, b) => statSync(b).size - statSync(a).size)[0]);
    console.log('\n| data file (importer output) | index.json | all 区市町村 files | largest (区市町村) | KB raw / gzip |');
    console.log('|---:|---:|---:|---:|---|');
    console.log(`| ${kb(statSync(tokyo.dataFile).size)} / ${kb(gz(tokyo.dataFile))} | ${kb(statSync(path.join(dataDir, 'index.json')).size)} / ${kb(gz(path.join(dataDir, 'index.json')))} | ${kb(sum(chunks, (/** @type {string} */ f) => statSync(f).size))} / ${kb(sum(chunks, gz))} | ${kb(statSync(largest).size)} / ${kb(gz(largest))} (${path.basename(largest, '.json')}) | |`);

    const server = await startStaticServer(dist);
    try {
      const origin = new URL(server.url).origin;
      const firstLoad = await measurePage(browser, { dist, baseUrl: server.url, path: '/institutions/' });
      const withMap = await measurePage(browser, {
        dist,
        baseUrl: server.url,
        path: '/institutions/',
        afterLoad: async (page) => {
          await routeTiles(page, origin);
          await page.getByRole('button', { name: '地図を表示する' }).click();
          await page.locator('.map-cluster--ward').first().waitFor();
          await page.waitForLoadState('networkidle');
        },
      });
      const mapOk = withMap.total.gzip <= budgets.mapFirstLoadGzip;
      if (!mapOk) over += 1;
      console.log('\n| /institutions/ (phone) | HTML | CSS | JS | data (JSON) | total gzip | budget |');
      console.log('|---|---:|---:|---:|---:|---:|---|');
      /** @type {[string, import('./page-weight.mjs').PageWeight, string][]} */
      const weights = [['first load', firstLoad, ''], ['map shown (before tiles)', withMap, `${mapOk ? '✓' : '✗'} ≤ ${kb(budgets.mapFirstLoadGzip)} KB`]];
      for (const [label, weight, check] of weights) {
        console.log(`| ${label} | ${kb(weight.totals.html.gzip)} | ${kb(weight.totals.css.gzip)} | ${kb(weight.totals.js.gzip)} | ${kb(weight.totals.other.gzip)} | **${kb(weight.total.gzip)}** | ${check} |`);
      }

      // Filter over all 15,000: a word every facility matches loads every 区市町村, then the
      // 電子処方箋 box is toggled; the finder measures its synchronous filter + list + map update.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await routeTiles(page, origin);
      await page.goto(`${server.url}/institutions/`, { waitUntil: 'load' });
      await page.locator('[data-finder-status]').filter({ hasText: '件です' }).waitFor();
      await page.getByRole('button', { name: '地図を表示する' }).click();
      await page.locator('.map-cluster--ward').first().waitFor();
      await page.getByRole('searchbox', { name: '名称・ふりがな・住所' }).fill('さんぷる');
      await page.locator('[data-finder-status]').filter({ hasText: '15,000件です' }).waitFor({ timeout: 60_000 });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const durations = [];
      const mapDurations = [];
      for (let i = 0; i < 6; i += 1) {
        await page.evaluate(() => performance.clearMeasures());
        await page.getByRole('checkbox', { name: '電子処方箋' }).setChecked(i % 2 === 0);
        await page.waitForFunction(() => performance.getEntriesByName('institutions-map').length > 0);
        durations.push(await page.evaluate(() => performance.getEntriesByName('institutions-filter')[0]?.duration ?? NaN));
        mapDurations.push(await page.evaluate(() => performance.getEntriesByName('institutions-map')[0]?.duration ?? NaN));
      }
      await context.close();
      const median = (/** @type {number[]} */ list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;
      const filterOk = median(durations) <= budgets.filterMs;
      if (!filterOk) over += 1;
      console.log('\n| over 15,000 facilities, 電子処方箋 on/off, CPU 4× slower | median | all runs | budget |');
      console.log('|---|---:|---|---|');
      console.log(`| filter + count + first 50 list rows | ${median(durations).toFixed(1)} ms | ${durations.map((d) => d.toFixed(0)).join(', ')} ms | ${filterOk ? '✓' : '✗'} ≤ ${budgets.filterMs} ms |`);
      console.log(`| then the map's re-clustering (supercluster) | ${median(mapDurations).toFixed(1)} ms | ${mapDurations.map((d) => d.toFixed(0)).join(', ')} ms | (reported) |`);
    } finally {
      await server.close();
    }
  } finally {
    tokyo.project.remove();
  }
  return over;
}
