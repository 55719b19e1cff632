/**
 * Builds the search fixture site (tests/fixtures/search/corpus.ts) in a temp folder, indexes it
 * with the site's own indexer, serves it, and runs queries through Pagefind in Chromium with
 * the site's own ranking and query normalisation.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { indexSite } from '../../src/integrations/search-index.mjs';
import { normalizeQuery, searchRanking } from '../../src/lib/search/search';
import { startStaticServer } from '../../tools/serve-dist.mjs';
import { fixturePages, fixtureTerms, renderFixturePage } from '../fixtures/search/corpus';

export interface FixtureSite {
  url: string;
  dir: string;
  index: { pages: number; files: number; bytes: number; ms: number };
  close: () => Promise<void>;
}

export async function buildFixtureSite(): Promise<FixtureSite> {
  const dir = mkdtempSync(path.join(tmpdir(), 'iryo-dx-search-'));
  for (const page of fixturePages) {
    const file = page.url.endsWith('/') ? path.join(dir, page.url, 'index.html') : path.join(dir, page.url);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, renderFixturePage(page));
  }
  // What the real build writes from the glossary (src/pages/search/terms.json.ts).
  mkdirSync(path.join(dir, 'search'), { recursive: true });
  writeFileSync(path.join(dir, 'search', 'terms.json'), JSON.stringify(fixtureTerms));
  const index = await indexSite(dir);
  const server = await startStaticServer(dir);
  return {
    url: server.url,
    dir,
    index,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  meta: Record<string, string>;
  subUrls: string[];
}

/**
 * Kept as source text: Vitest would rewrite a dynamic import() inside a function passed to
 * page.evaluate, so the browser gets this code verbatim instead.
 */
const searchInPage = `async ({ query, filters, ranking, limit }) => {
  if (!window.__pf) {
    const pf = await import(location.origin + '/pagefind/pagefind.js');
    await pf.options({ ranking });
    await pf.init();
    window.__pf = pf;
  }
  const search = await window.__pf.search(query, filters ? { filters } : {});
  const data = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
  return data.map((d) => ({ url: d.url, title: d.meta.title, excerpt: d.excerpt, meta: d.meta, subUrls: d.sub_results.map((s) => s.url) }));
}`;

/** Runs one query the way the site's UI does (normalised, site ranking) and returns hits in order. */
export async function searchIn(page: Page, query: string | null, filters?: Record<string, string[] | { any: string[] }>, limit = 10): Promise<Hit[]> {
  const args = { query: query === null ? null : normalizeQuery(query), filters, ranking: searchRanking, limit };
  return page.evaluate(`(${searchInPage})(${JSON.stringify(args)})`) as Promise<Hit[]>;
}
