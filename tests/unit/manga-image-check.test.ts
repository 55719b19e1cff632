import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findMangaImageProblems } from '../../src/integrations/manga-image-check.mjs';

const fixtures = path.resolve('tests/fixtures/build-failures');
let dir: string | undefined;
const projectWith = (fixture: string) => {
  dir = mkdtempSync(path.join(tmpdir(), 'manga-images-'));
  cpSync(path.join(fixtures, fixture, 'content'), path.join(dir, 'src/content'), { recursive: true });
  return dir;
};
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('manga image check (runs at the start of every build)', () => {
  it('passes the real episodes', async () => {
    expect(await findMangaImageProblems(path.resolve('.'))).toEqual([]);
  });
  it('names the file, field and image of a missing page image', async () => {
    const problems: string[] = await findMangaImageProblems(projectWith('manga-missing-page-image'));
    expect(problems).toEqual(['src/content/manga/broken-image/index.md: pages.0.image: 画像 ./page-01.png が見つかりません']);
  });
  it('names an unreadable page image', async () => {
    const problems: string[] = await findMangaImageProblems(projectWith('manga-unreadable-page-image'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^src\/content\/manga\/broken-file\/index\.md: pages\.0\.image: .*読み込めません/);
  });
});
