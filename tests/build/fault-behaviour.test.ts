/**
 * The build must survive unusual but legal content: every collection empty. (The 500-entry
 * and minimal-entry builds live beside this once the collections' schemas have settled.)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureProject, type FixtureProject } from '../support/fixture-project';

describe('a site with every collection empty', () => {
  let project: FixtureProject;
  let result: { code: number; output: string };
  beforeAll(() => {
    project = createFixtureProject({ withContent: false });
    result = project.astro('build');
  });
  afterAll(() => project?.remove());

  it('builds', () => {
    expect(result.code, result.output.slice(-3000)).toBe(0);
  });

  it.each(['/manga/', '/seminars/', '/videos/'])('%s still renders a page with its heading', (urlPath) => {
    const file = path.join(project.dir, 'dist', urlPath, 'index.html');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
  });
});
