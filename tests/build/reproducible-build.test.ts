/**
 * The build clock (src/integrations/build-clock.ts): two builds of one commit with the same BUILD_TIME
 * give byte-identical dist/ trees, compared by the hash of every file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureProject, type FixtureProject } from '../support/fixture-project';

function treeHashes(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    hashes.set(path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return hashes;
}

describe('two builds with the same BUILD_TIME', () => {
  let project: FixtureProject;
  const builds: { code: number; output: string }[] = [];
  beforeAll(() => {
    project = createFixtureProject({ env: { BUILD_TIME: '2026-07-01T09:00:00+09:00' } });
    builds.push(project.astro('build'));
    renameSync(path.join(project.dir, 'dist'), path.join(project.dir, 'dist-first'));
    builds.push(project.astro('build'));
  }, 600_000);
  afterAll(() => project?.remove());

  it('both build', () => {
    for (const build of builds) expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('give identical dist/ trees', () => {
    const first = treeHashes(path.join(project.dir, 'dist-first'));
    const second = treeHashes(path.join(project.dir, 'dist'));
    expect(first.size).toBeGreaterThan(100);
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter((file) => first.get(file) !== second.get(file)).sort();
    expect(differing).toEqual([]);
  });
});
