/**
 * Images never worse than their source (issue 23): every image Astro wrote into the built
 * dist/_astro/ is at most as large as the source file it was made from. Before, 13 of 140
 * were larger (video thumbnails re-encoded as PNG cards 4–5× their source, full-width WebP of
 * flat illustrations, the manga OG cards twice their source).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { imageOutputsAgainstSources } from '../../tools/image-sizes.mjs';
import { distDir } from '../support/dist';

describe('image outputs in dist/', () => {
  let rows: Awaited<ReturnType<typeof imageOutputsAgainstSources>> = [];
  beforeAll(async () => {
    rows = await imageOutputsAgainstSources(distDir);
  });

  it('are each no larger than their source image', () => {
    expect(rows.length, 'images found and matched to their sources').toBeGreaterThan(50);
    const larger = rows.filter((row) => row.bytes > row.sourceBytes).map((row) => `${row.output} ${row.bytes} B > ${row.source} ${row.sourceBytes} B`);
    expect(larger).toEqual([]);
  });

  it('give every video page an OG card no larger than its thumbnail', () => {
    const thumbnails = rows.filter((row) => row.source.includes('/videos/') && row.output.endsWith('.png'));
    expect(thumbnails.length).toBeGreaterThanOrEqual(4);
    for (const row of thumbnails) expect(row.bytes).toBeLessThanOrEqual(row.sourceBytes);
  });
});
