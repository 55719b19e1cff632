/** What the build produced, read from dist/ so tests follow the content rather than a list. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFilesIn, urlPathOf } from '../../src/integrations/built-pages.mjs';

export const distDir = path.resolve('dist');

/** Every built HTML file as a URL path (`/manga/episode-01/`, `/404.html`). */
export function builtPagePaths({ includeAdmin = false } = {}): string[] {
  return htmlFilesIn(distDir)
    .map((file) => urlPathOf(distDir, file))
    .filter((url) => includeAdmin || !url.startsWith('/admin/'))
    .sort();
}

export function readBuilt(urlPath: string): string {
  const file = urlPath.endsWith('/') ? path.join(distDir, urlPath, 'index.html') : path.join(distDir, urlPath);
  return readFileSync(file, 'utf8');
}
