/**
 * The temp copies the build tests run Astro in (tools/temp-project.mjs) share the project's
 * content-addressed caches, so their builds stay warm, but never the content layer's data store:
 * Astro keeps it in the same cacheDir (.cache/astro/data-store.json), and when the whole folder was
 * shared, a fixture with other content rewrote it while the project's own build (or a fixture
 * beside it) was reading it, and that build lost entries ("Entry … was not found", half the pages).
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureProject, type FixtureProject } from '../support/fixture-project';

const projectCache = path.resolve('.cache/astro');
const storeOf = (cacheDir: string) => path.join(cacheDir, 'data-store.json');

describe('a fixture project synced with other content', () => {
  let project: FixtureProject;
  let result: { code: number; output: string };
  beforeAll(() => {
    project = createFixtureProject({ withContent: false, skip: ['search-index', 'cms-bundle'] });
    result = project.astro('sync');
  });
  afterAll(() => project?.remove());

  it('syncs', () => {
    expect(result.code, result.output.slice(-2000)).toBe(0);
  });

  it('writes its data store in its own folder, not into the project’s cache', () => {
    // Where the file really is (symlinks resolved): inside the temp copy. The project's own store
    // is not compared byte for byte, since a build or type check of the project may rewrite it meanwhile.
    const store = storeOf(path.join(project.dir, '.cache/astro'));
    expect(existsSync(store)).toBe(true);
    expect(path.relative(realpathSync(project.dir), realpathSync(store))).toBe('.cache/astro/data-store.json');
    expect(realpathSync(path.join(project.dir, '.cache/astro'))).not.toBe(realpathSync(projectCache));
  });

  it('shares the image caches, so its builds reuse the project’s optimised images', () => {
    for (const name of ['assets', 'seminar-images', 'pagefind-wasm']) {
      expect(realpathSync(path.join(project.dir, '.cache/astro', name)), name).toBe(realpathSync(path.join(projectCache, name)));
    }
  });
});
