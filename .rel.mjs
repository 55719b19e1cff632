import { chromium } from 'playwright-core';
import { startStaticServer } from './scripts/lib/serve-dist.mjs';
import { runRelevanceSet } from './scripts/lib/search-relevance.mjs';
const server = await startStaticServer('dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const cases = process.argv.slice(2).map(a => { const [query, expect='-'] = a.split('='); return { query, expect }; });
const out = await runRelevanceSet(b, { baseUrl: server.url, cases, top: 5 });
for (const o of out) console.log(o.case.query, '|', o.top.join(' | '));
await b.close(); await server.close();
