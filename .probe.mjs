import { chromium } from 'playwright-core';
import { startStaticServer } from './scripts/lib/serve-dist.mjs';
import { normalizeQuery, searchRanking } from './src/lib/search.ts';
const qs = process.argv.slice(2);
const server = await startStaticServer('dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage(); await p.goto(server.url + '/');
for (const q of qs) {
  const r = await p.evaluate(`(async () => { if (!window.__pf) { const pf = await import(location.origin + '/pagefind/pagefind.js'); await pf.options({ranking: ${JSON.stringify({...searchRanking, ...JSON.parse(process.env.RANK ?? "{}")})}}); await pf.init(); window.__pf = pf; } const s = await window.__pf.search(${JSON.stringify(normalizeQuery(q))}); return { n: s.results.length, top: await Promise.all(s.results.slice(0,5).map(async r => (await r.data()).url + " " + r.score.toFixed(2) + " " + (await r.data()).weighted_locations.length + "/" + (await r.data()).word_count)) }; })()`);
  console.log(q, r.n, '|', r.top.join(' | '));
}
await b.close(); await server.close();
