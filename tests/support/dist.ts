/** What the build produced, read from dist/ so tests follow the content rather than a list. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const distDir = path.resolve('dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every built HTML file as a URL path (`/manga/episode-01/`, `/404.html`). */
export function builtPagePaths({ includeAdmin = false } = {}): string[] {
  return walk(distDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => '/' + path.relative(distDir, file).split(path.sep).join('/'))
    .map((url) => (url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url))
    .filter((url) => includeAdmin || !url.startsWith('/admin/'))
    .sort();
}

export function readBuilt(urlPath: string): string {
  const file = urlPath.endsWith('/') ? path.join(distDir, urlPath, 'index.html') : path.join(distDir, urlPath);
  return readFileSync(file, 'utf8');
}
