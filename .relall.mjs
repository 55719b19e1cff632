import { chromium } from 'playwright-core';
import { startStaticServer } from './scripts/lib/serve-dist.mjs';
import { relevanceSet, runRelevanceSet } from './scripts/lib/search-relevance.mjs';
const server = await startStaticServer('dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const out = await runRelevanceSet(b, { baseUrl: server.url, cases: relevanceSet(), top: 3 });
for (const o of out) if (!o.pass) console.log('FAIL', o.case.query, '→', o.case.expect, '|', o.top.join(' | '));
console.log(out.filter(o=>o.pass).length, '/', out.length);
await b.close(); await server.close();
