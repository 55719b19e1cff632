/**
 * Broken content must stop the build with the file and the field named.
 * Each folder in tests/fixtures/invalid-content/ holds `content/` (laid over src/content/)
 * and `expect.json`: { file, field, message? }, or a list of them when one run reports several
 * problems together. Add a folder to add a case.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureProject, type FixtureProject } from '../support/fixture-project';

interface Expected {
  file: string;
  field: string;
  message?: string;
}

/** The field as a whole word (a word boundary only where the field starts or ends with a word character). */
function fieldPattern(field: string): RegExp {
  const escaped = field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${/^\w/.test(field) ? '\\b' : ''}${escaped}${/\w$/.test(field) ? '\\b' : ''}`);
}

const fixturesDir = path.resolve('tests/fixtures/invalid-content');
const cases = readdirSync(fixturesDir).sort();
/** The collection a case breaks: the one folder under its content/. */
const collectionOf = (name: string) => {
  const [collection, ...others] = readdirSync(path.join(fixturesDir, name, 'content'));
  if (!collection || others.length) throw new Error(`${name}: content/ must hold exactly one collection folder`);
  return collection;
};

/**
 * Every case shares one temp copy and one `astro sync` (issue 23: 21 syncs → 7 → 1): the loader
 * checks every entry of a collection before storing any, and the collections wait for each other
 * and stop the run with all their problems in one list (src/integrations/content-problems.ts).
 * Each case's entries have their own folder names, so the cases cannot mask each other, and each
 * problem is checked on its own 「file: field: message」 line.
 */
let project: FixtureProject | undefined;
let sync: Promise<{ code: number; output: string }> | undefined;
const syncOfAll = () => {
  if (!sync) {
    project = createFixtureProject();
    for (const name of cases) cpSync(path.join(fixturesDir, name, 'content'), path.join(project.dir, 'src/content'), { recursive: true });
    sync = project.astroAsync('sync');
  }
  return sync;
};
afterAll(() => project?.remove());

/** The output's lines that name the file (the problem lines are 「  - file: field: message」). */
const linesNaming = (output: string, file: string) => output.split('\n').filter((line) => line.includes(file));

describe.each(cases)('invalid content: %s', (name) => {
  let result: { code: number; output: string };
  const parsed = JSON.parse(readFileSync(path.join(fixturesDir, name, 'expect.json'), 'utf8')) as Expected | Expected[];
  const expectations = Array.isArray(parsed) ? parsed : [parsed];

  beforeAll(async () => {
    result = await syncOfAll();
  });

  it('fails', () => {
    expect(result.code, result.output).not.toBe(0);
  });
  it.each(expectations)('names the file $file', ({ file }) => {
    expect(linesNaming(result.output, file), result.output).not.toEqual([]);
  });
  it.each(expectations)('names the field $field on that file’s line', ({ file, field }) => {
    expect(linesNaming(result.output, file).some((line) => fieldPattern(field).test(line)), result.output).toBe(true);
  });
  it.each(expectations.filter((item) => item.message))('says in Japanese on that line: $message', ({ file, message }) => {
    expect(linesNaming(result.output, file).some((line) => line.includes(message!)), result.output).toBe(true);
  });
});

describe('content broken in several collections', () => {
  it('is reported in one run, every collection’s problems in one list', async () => {
    const { code, output } = await syncOfAll();
    expect(code, output).not.toBe(0);
    const collections = new Set(cases.map(collectionOf));
    expect(collections.size).toBeGreaterThan(5);
    const reported = new Set([...output.matchAll(/^\s+- src\/content\/([^/]+)\//gm)].map(([, collection]) => collection));
    expect([...reported].sort(), output).toEqual([...collections].sort());
    // One list, not one per collection.
    expect(output.match(/コンテンツに問題があります/g) ?? [], output).toHaveLength(1);
  });
});
