/**
 * The manga service worker (src/integrations/manga-service-worker.ts) precaches nothing, so it
 * depends only on its options and Workbox's version: a build with the same options copies the
 * worker from the cache folder instead of bundling Workbox again (≈3 s of CPU per build, issue 23).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeMangaServiceWorker } from '../../src/integrations/manga-service-worker';

const dir = mkdtempSync(path.join(tmpdir(), 'manga-sw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('manga service worker', () => {
  it('is generated once, then reused byte for byte from the cache folder', async () => {
    const cache = path.join(dir, 'cache');
    // Unminified, to keep the test's one real generation short; the caching is the same.
    const options = { globPatterns: [], mode: 'development', runtimeCaching: [{ urlPattern: /\/manga\//, handler: 'NetworkFirst' as const }] };
    const first = await writeMangaServiceWorker(path.join(dir, 'first'), cache, options);
    const second = await writeMangaServiceWorker(path.join(dir, 'second'), cache, options);
    expect(first).toEqual({ reused: false, size: 0, warnings: [] });
    expect(second).toMatchObject({ reused: true, warnings: [] });
    const generated = readFileSync(path.join(dir, 'first/manga/sw.js'), 'utf8');
    expect(generated).toMatch(/NetworkFirst/);
    expect(readFileSync(path.join(dir, 'second/manga/sw.js'), 'utf8')).toBe(generated);
  }, 180_000);
});
