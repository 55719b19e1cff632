import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { searchIndex, zopfliGzip } from '../../src/integrations/search-index.mjs';

/** The two build steps as Astro calls them: `indexing` returns at once, `written` waits. */
async function runBuildDone(dist: string) {
  const { indexing, written } = searchIndex();
  const messages: string[] = [];
  const logger = { info: (message: string) => messages.push(message), warn: () => {}, error: () => {}, debug: () => {}, fork: () => logger, label: 'test', options: {} };
  const params = { dir: pathToFileURL(`${dist}/`), logger, pages: [], assets: new Map() } as never;
  const started = indexing.hooks['astro:build:done']?.(params);
  return { started, written: written.hooks['astro:build:done']?.(params), messages };
}

/**
 * The real indexing, Zopfli on Pagefind's WebAssembly included. With the recompressed files in
 * .cache/astro/pagefind-wasm it takes ≈ 0.2 s; on a fresh clone that cache is empty and Zopfli (1.7 s alone)
 * runs, beside the build doing the same: 4.0–5.5 s in four fresh-clone runs, one of them past the
 * unit tests' 5 s default.
 */
const realIndexing = 30_000;

describe('search index build steps', () => {
  it('index the pages after `indexing` has returned, and the build waits for it in `written`', { timeout: realIndexing }, async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'iryo-dx-index-hooks-'));
    try {
      mkdirSync(path.join(dist, 'about'));
      writeFileSync(path.join(dist, 'about/index.html'), '<html lang="ja"><head><title>概要</title></head><body><main data-pagefind-body><h1>医療DXの概要</h1><p>電子カルテの共有について説明します。</p></main></body></html>');
      const { started, written, messages } = await runBuildDone(dist);
      expect(started).toBeUndefined();
      await written;
      expect(existsSync(path.join(dist, 'pagefind/pagefind-entry.json'))).toBe(true);
      expect(messages.join('\n')).toMatch(/^Pagefind: 1 pages, \d+ files/m);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('fail the build in `written` when indexing fails: the error is not lost with the hook that started it', async () => {
    const missing = path.join(tmpdir(), 'iryo-dx-index-hooks-missing', 'dist');
    const { started, written } = await runBuildDone(missing);
    expect(started).toBeUndefined();
    await expect(written).rejects.toThrow(/ENOENT/);
  });
});

describe('Zopfli for the WebAssembly files', () => {
  it('compresses without leaving its runtime’s process-wide error handlers behind', async () => {
    const before = [process.listeners('uncaughtException').length, process.listeners('unhandledRejection').length];
    const gzip = zopfliGzip();
    const source = Buffer.from('医療DX東京ナビ '.repeat(200));
    expect(gunzipSync(Buffer.from(await gzip(source, { numiterations: 1 }))).equals(source)).toBe(true);
    expect([process.listeners('uncaughtException').length, process.listeners('unhandledRejection').length]).toEqual(before);
  });
});
