/**
 * The stale-dist/ guard: browser tests serve the built dist/, so `npx vitest` after an edit
 * would silently test the old build. This compares the build's time (dist/index.html) with
 * the newest file the site is built from and names the file that is newer.
 * IRYO_DX_ALLOW_STALE_DIST=1 skips it (e.g. to rerun browser tests after editing only tests).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the built site is made from; tests/ is not among them. */
export const siteSources = ['src', 'cms', 'public', 'astro.config.mjs', 'package-lock.json'];

export function newestSource(root: string, sources: readonly string[] = siteSources): { file: string; mtimeMs: number } | undefined {
  let newest: { file: string; mtimeMs: number } | undefined;
  const consider = (file: string) => {
    const { mtimeMs } = statSync(file);
    if (!newest || mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
  };
  for (const source of sources) {
    const full = path.join(root, source);
    if (!existsSync(full)) continue;
    if (!statSync(full).isDirectory()) consider(full);
    else for (const entry of readdirSync(full, { recursive: true, withFileTypes: true })) if (entry.isFile()) consider(path.join(entry.parentPath, entry.name));
  }
  return newest;
}

/** A message when dist/ is older than a source file, else undefined. */
export function staleDistProblem(dist: string, root = path.dirname(dist), env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  if (env['IRYO_DX_ALLOW_STALE_DIST'] === '1') return undefined;
  const built = statSync(path.join(dist, 'index.html')).mtimeMs;
  const newest = newestSource(root);
  if (!newest || newest.mtimeMs <= built) return undefined;
  return `dist/ is older than ${path.relative(root, newest.file)} (changed ${Math.round((newest.mtimeMs - built) / 1000)} s after the build): the browser tests would test the old site. Run \`npm run build\` first (npm test does), or set IRYO_DX_ALLOW_STALE_DIST=1 to test the old build on purpose.`;
}
