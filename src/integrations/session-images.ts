/**
 * Session images (/seminars/<slug>/image.png) as PNG, from the SVG of
 * src/lib/seminars/session-files.ts. Rendered by sharp (≈30 ms each, plain PNG: palette
 * quantisation costs 3×) and cached by content hash next to Astro's own image cache, which CI
 * keeps between runs: a rebuild renders only the sessions whose title, date or status changed.
 */
import { createHash } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

// Beside Astro's own image cache (astro.config.mjs `cacheDir`). Shared between temp copies of the
// project (tools/temp-project.mjs), so every entry is written whole, by rename.
export const sessionImageCache = path.join(process.cwd(), '.cache/astro/seminar-images');

const cacheFileOf = (svg: string, cacheDir = sessionImageCache) => path.join(cacheDir, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);

async function render(svg: string, file: string): Promise<void> {
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** The PNG of `svg` (for the dev server). */
export async function sessionImagePng(svg: string): Promise<Buffer> {
  const file = cacheFileOf(svg);
  try {
    return await readFile(file);
  } catch (error) {
    if (!isMissing(error)) throw error;
    await render(svg, file);
    return readFile(file);
  }
}

/**
 * Writes the PNG of `svg` to `destination`: a copy of the cached file (a clone where the file
 * system can), rendered first when the cache lacks it. A copy, not a hard link: nothing done to
 * dist/ afterwards can then change the cache. The destination's folder (the session page's) is
 * made only when the first try finds it missing: a mkdir per image cost ≈ 0.3 s at 2,000 sessions.
 */
export async function copySessionImage(svg: string, destination: string, cacheDir = sessionImageCache): Promise<void> {
  const file = cacheFileOf(svg, cacheDir);
  try {
    await copyFile(file, destination, constants.COPYFILE_FICLONE);
  } catch (error) {
    if (!isMissing(error)) throw error;
    await mkdir(path.dirname(destination), { recursive: true });
    if (!existsSync(file)) await render(svg, file);
    await copyFile(file, destination, constants.COPYFILE_FICLONE);
  }
}
