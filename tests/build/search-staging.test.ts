/**
 * The indexer stages each built page without what Pagefind never reads (withoutUnindexedParts in
 * src/integrations/search-pages.mjs: the head but its title, the header before the indexed region).
 * That must not change the search: the index of dist/ from the trimmed pages is byte for byte the
 * index from the whole pages, and the same comparison tells apart a trim that drops something
 * Pagefind does read (each page's rank filter).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { filesIn, htmlFilesIn } from '../../src/integrations/built-pages.mjs';
import { excludeSelectors, readVocabulary } from '../../src/integrations/search-index.mjs';
import { stagePages, withoutUnindexedParts } from '../../src/integrations/search-pages.mjs';
import { fastTempRoot } from '../../src/integrations/fast-temp.mjs';
import { distDir } from '../support/dist';

const work = mkdtempSync(path.join(fastTempRoot(), 'iryo-dx-staging-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Stages dist/ with `trim`, indexes it with Pagefind, returns each index file's hash by name. */
async function indexOf(name: string, trim: (html: string) => string): Promise<Map<string, string>> {
  const staging = path.join(work, `${name}-pages`);
  const output = path.join(work, `${name}-index`);
  const staged = stagePages(distDir, staging, htmlFilesIn(distDir, { skip: ['pagefind'] }), readVocabulary(distDir).terms, trim);
  expect(staged).toBeGreaterThan(50);
  const { index, errors } = await pagefind.createIndex({ excludeSelectors });
  if (!index) throw new Error(errors.join('; '));
  try {
    expect((await index.addDirectory({ path: staging })).errors).toEqual([]);
    expect((await index.writeFiles({ outputPath: output })).errors).toEqual([]);
  } finally {
    await pagefind.close();
  }
  return new Map(filesIn(output).map((file) => [path.relative(output, file), createHash('sha256').update(readFileSync(file)).digest('hex')]));
}

/** The files whose bytes differ between two indexes (or that only one has). */
const differing = (a: Map<string, string>, b: Map<string, string>) => [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file));

describe('pages staged for the search index', () => {
  it('give the index the whole pages give, byte for byte; a trim that drops what Pagefind reads does not', async () => {
    const whole = await indexOf('whole', (html) => html);
    const trimmed = await indexOf('trimmed', withoutUnindexedParts);
    expect(whole.size).toBeGreaterThan(100);
    expect(differing(whole, trimmed)).toEqual([]);
    const withoutRank = await indexOf('without-rank', (html) => withoutUnindexedParts(html).replace(/<span hidden data-pagefind-filter="rank:[^"]*"><\/span>/, ''));
    expect(differing(whole, withoutRank).length).toBeGreaterThan(0);
  }, 120_000);
});
