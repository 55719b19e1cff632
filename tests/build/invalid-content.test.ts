/**
 * Broken content must stop the build with the file and the field named.
 * Each folder in tests/fixtures/invalid-content/ holds `content/` (laid over src/content/)
 * and `expect.json` ({ file, field }). Add a folder to add a case.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureProject, type FixtureProject } from '../support/fixture-project';

const fixturesDir = path.resolve('tests/fixtures/invalid-content');
const cases = readdirSync(fixturesDir).sort();

describe.each(cases)('invalid content: %s', (name) => {
  let project: FixtureProject;
  let result: { code: number; output: string };
  const expected = JSON.parse(readFileSync(path.join(fixturesDir, name, 'expect.json'), 'utf8')) as { file: string; field: string };

  beforeAll(() => {
    project = createFixtureProject();
    cpSync(path.join(fixturesDir, name, 'content'), path.join(project.dir, 'src/content'), { recursive: true });
    result = project.astro('sync');
  });
  afterAll(() => project?.remove());

  it('fails', () => {
    expect(result.code, result.output).not.toBe(0);
  });
  it('names the file', () => {
    expect(result.output).toContain(expected.file);
  });
  it('names the field', () => {
    expect(result.output).toMatch(new RegExp(`\\b${expected.field.replace(/\./g, '\\.')}\\b`));
  });
});
