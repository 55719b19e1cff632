/** The post-build image check: a corrupted image cache must fail the build, not ship. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenImages, isComplete } from '../../src/integrations/built-image-check.mjs';

describe('findBrokenImages', () => {
  let dir: string;
  const formats = ['png', 'jpeg', 'webp', 'avif', 'gif'] as const;
  const files: Record<string, Buffer> = {};
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'built-images-'));
    for (const format of formats) {
      const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#0017c1' } }).toFormat(format).toBuffer();
      files[format] = bytes;
      writeFileSync(path.join(dir, `good.${format}`), bytes);
      writeFileSync(path.join(dir, `cut.${format}`), bytes.subarray(0, Math.max(40, Math.floor(bytes.length * 0.6))));
    }
    writeFileSync(path.join(dir, 'stub.webp'), Buffer.alloc(100, 0));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes whole images and names every truncated or garbage one', async () => {
    const { checked, broken } = await findBrokenImages(dir);
    expect(checked).toBe(11);
    expect(broken.map((item) => item.file)).toEqual(['cut.avif', 'cut.gif', 'cut.jpeg', 'cut.png', 'cut.webp', 'stub.webp']);
  });

  it('tells a whole file from one cut short by its own structure', () => {
    for (const format of formats) {
      const sharpFormat = format === 'avif' ? 'heif' : format;
      expect(isComplete(files[format]!, sharpFormat), format).toBe(true);
      expect(isComplete(files[format]!.subarray(0, files[format]!.length - 10), sharpFormat), format).toBe(false);
    }
  });

  it('passes a committed PNG', async () => {
    const sample = path.resolve('public/apple-touch-icon.png');
    expect(isComplete(readFileSync(sample), 'png')).toBe(true);
  });
});
