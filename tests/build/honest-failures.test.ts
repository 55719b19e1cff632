/**
 * Failures that say so: `npm run build` (scripts/build.mjs) builds beside dist/ and replaces it
 * only on success, so a build that fails while rendering or in the post-build image check leaves
 * the previous site intact; a broken image in the output fails the build with its path.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureProject, type FixtureProject } from '../support/fixture-project';

describe('npm run build keeps the previous dist/ when a build fails', () => {
  let project: FixtureProject;
  let dist: string;
  const runs: { code: number; output: string }[] = [];
  const build = () => {
    // The very script behind `npm run build`, run in the fixture project.
    const result = project.node('scripts/build.mjs');
    runs.push(result);
    return result;
  };
  beforeAll(() => {
    project = createFixtureProject({ withContent: false });
    dist = path.join(project.dir, 'dist');
  }, 300_000);
  afterAll(() => project?.remove());

  it('a first build succeeds and writes dist/', () => {
    const result = build();
    expect(result.code, result.output.slice(-2000)).toBe(0);
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
    writeFileSync(path.join(dist, 'previous-build.txt'), 'the site that was online');
  });

  it('a broken image in the output fails the build, naming it, and dist/ stays as it was', () => {
    mkdirSync(path.join(project.dir, 'public/images'), { recursive: true });
    writeFileSync(path.join(project.dir, 'public/images/broken.png'), Buffer.alloc(100, 7));
    const result = build();
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('dist/images/broken.png');
    expect(result.output).toContain('ビルドした画像 1 件が読み込めません');
    expect(result.output).toContain('dist/ は前回のビルドのまま残しています');
    expect(readFileSync(path.join(dist, 'previous-build.txt'), 'utf8')).toBe('the site that was online');
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
    expect(existsSync(path.join(project.dir, 'dist.next'))).toBe(false);
  });

  it('a page that fails while rendering fails the build and dist/ stays whole', () => {
    writeFileSync(path.join(project.dir, 'public/images/broken.png'), readFileSync(path.resolve('public/apple-touch-icon.png')));
    writeFileSync(path.join(project.dir, 'src/pages/zz-fails.astro'), "---\nthrow new Error('描画中の失敗');\n---\n");
    const result = build();
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('描画中の失敗');
    expect(readFileSync(path.join(dist, 'previous-build.txt'), 'utf8')).toBe('the site that was online');
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
    expect(existsSync(path.join(dist, 'seminars/index.html'))).toBe(true);
  });
});
