/**
 * Session images (/seminars/<slug>/image.png) as PNG, from the SVG of
 * src/lib/seminars/session-files.ts. Rendered by sharp (≈30 ms each, plain PNG: palette
 * quantisation costs 3×) and cached by content hash next to Astro's own image cache, which CI
 * keeps between runs: a rebuild renders only the sessions whose title, date or status changed.
 */
import { createHash } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
 * Puts the cached PNG at `destination`: a hard link where the cache and dist/ share a file
 * system, else a copy (a clone where the file system can). A copy of every image was ≈ 200 MB
 * written at 2,000 sessions (≈ 1.8 s of the build, issue 23); a link writes none. The cache
 * entry is never written again once renamed into place (keyed by the SVG's hash), the build's
 * image check decodes every image in dist/, and `rm -rf dist` removes only the links.
 */
async function placeCached(file: string, destination: string): Promise<void> {
  try {
    await link(file, destination);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      await rm(destination, { force: true });
      return placeCached(file, destination);
    }
    // EXDEV: another file system (a temp copy in /dev/shm sharing the project's cache); EPERM:
    // one without hard links. ENOENT goes to the caller (no folder yet, or no cache entry).
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
    await copyFile(file, destination, constants.COPYFILE_FICLONE);
  }
}

/**
 * Writes the PNG of `svg` to `destination` from the cache ({@link placeCached}), rendered first
 * when the cache lacks it. The destination's folder (the session page's) is made only when the
 * first try finds it missing: a mkdir per image cost ≈ 0.3 s at 2,000 sessions.
 */
export async function copySessionImage(svg: string, destination: string, cacheDir = sessionImageCache): Promise<void> {
  const file = cacheFileOf(svg, cacheDir);
  try {
    await placeCached(file, destination);
  } catch (error) {
    if (!isMissing(error)) throw error;
    await mkdir(path.dirname(destination), { recursive: true });
    if (!existsSync(file)) await render(svg, file);
    await placeCached(file, destination);
  }
}
