/** What the build produced, read from dist/ so tests follow the content rather than a list. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFilesIn, urlPathOf } from '../../src/integrations/built-pages.mjs';
import { withoutRuby } from '../../src/integrations/search-pages.mjs';

export const distDir = path.resolve('dist');

/** Every built HTML file as a URL path (`/manga/episode-01/`, `/404.html`). */
export function builtPagePaths({ includeAdmin = false } = {}): string[] {
  return htmlFilesIn(distDir)
    .map((file) => urlPathOf(distDir, file))
    .filter((url) => includeAdmin || !url.startsWith('/admin/'))
    .sort();
}

export function readBuilt(urlPath: string, dist: string = distDir): string {
  const file = urlPath.endsWith('/') ? path.join(dist, urlPath, 'index.html') : path.join(dist, urlPath);
  return readFileSync(file, 'utf8');
}

/**
 * A built page's words as written: its HTML without the furigana readings (<rt>/<rp>, the <ruby>
 * tags), which the furigana tests check on their own. `dist` for a fixture project's output.
 */
export function readPageWithoutRuby(urlPath: string, dist: string = distDir): string {
  return withoutRuby(readBuilt(urlPath, dist));
}
