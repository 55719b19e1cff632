/** A missing manga page image stops `astro build` with the episode's file and field named. */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureProject, type FixtureProject } from '../support/fixture-project';

describe('astro build with a missing manga page image', () => {
  let project: FixtureProject;
  let result: { code: number; output: string };
  beforeAll(() => {
    project = createFixtureProject({ withContent: false, skip: ['search-index', 'cms-bundle'] });
    cpSync(path.resolve('tests/fixtures/build-failures/manga-missing-page-image/content'), path.join(project.dir, 'src/content'), { recursive: true });
    result = project.astro('build');
  });
  afterAll(() => project?.remove());

  it('fails naming the file, the field and the image', () => {
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain('src/content/manga/broken-image/index.md: pages.0.image: 画像 ./page-01.png が見つかりません');
  });
});
