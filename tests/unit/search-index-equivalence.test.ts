/**
 * The indexer runs Pagefind's CLI over staged copies of the pages (issue 23: the Node API fed
 * page by page took ≈ 3× the CLI's time). This checks that the index it writes is equivalent
 * to the one the Node API writes from the same pages with the same readings: the same pages,
 * and byte-identical fragments (each page's URL, text, metadata with readings, filters). Only
 * the order of the word index chunks may differ, because page numbers follow the order the
 * pages arrive in.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFilesIn, urlPathOf } from '../../scripts/lib/built-pages.mjs';
import { excludeSelectors, indexSite, withReadings } from '../../src/integrations/search-index.mjs';
import { fixturePages, renderFixturePage } from '../fixtures/search/corpus';

const dir = mkdtempSync(path.join(tmpdir(), 'iryo-dx-index-equiv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const site = path.join(dir, 'site');
for (const page of fixturePages) {
  const file = page.url.endsWith('/') ? path.join(site, page.url, 'index.html') : path.join(site, page.url);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderFixturePage(page));
}

/** The reference: Pagefind's Node API, one addHTMLFile per page, as the indexer used to do. */
async function indexWithNodeApi(output: string): Promise<void> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'ja', excludeSelectors });
  if (!index) throw new Error('Pagefind did not start');
  for (const file of htmlFilesIn(site, { skip: ['pagefind'] })) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    await index.addHTMLFile({ url: urlPathOf(site, file), content: withReadings(html) });
  }
  await index.writeFiles({ outputPath: output });
  await pagefind.close();
}

const entry = (output: string) => JSON.parse(readFileSync(path.join(output, 'pagefind-entry.json'), 'utf8'));

describe('search index written through the CLI', () => {
  it('is equivalent to the Node API index of the same pages', async () => {
    const reference = path.join(dir, 'reference');
    await indexWithNodeApi(reference);
    const result = await indexSite(site);
    const written = path.join(site, 'pagefind');

    expect(result.pages).toBe(fixturePages.filter((page) => renderFixturePage(page).includes('data-pagefind-body')).length);
    expect(entry(written).languages.ja.page_count).toBe(entry(reference).languages.ja.page_count);
    expect(entry(written).languages.ja.page_count).toBe(result.pages);
    const fragments = (output: string) => readdirSync(path.join(output, 'fragment')).sort();
    expect(fragments(written).length).toBe(result.pages);
    expect(fragments(written)).toEqual(fragments(reference));
    // The HTML in the site folder stays as built: readings go only into the index.
    const withAddedReadings = htmlFilesIn(site, { skip: ['pagefind'] }).filter((file) => withReadings(readFileSync(file, 'utf8')) !== readFileSync(file, 'utf8'));
    expect(withAddedReadings.length).toBeGreaterThan(0);
    for (const file of htmlFilesIn(site, { skip: ['pagefind'] })) expect(readFileSync(file, 'utf8')).not.toContain('data-pagefind-meta="readings:');
  }, 60_000);
});
