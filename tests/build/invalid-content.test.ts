/**
 * Broken content must stop the build with the file and the field named.
 * Each folder in tests/fixtures/invalid-content/ holds `content/` (laid over src/content/)
 * and `expect.json`: { file, field, message? }, or a list of them when one run reports several
 * problems together. Add a folder to add a case.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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
 * The cases of one collection share one temp copy and one `astro sync`: the loader checks every
 * entry before storing any and reports all their problems together (issue 23: 21 syncs → 7).
 * Each case's entries have their own folder names, so the cases cannot mask each other, and each
 * problem is checked on its own 「file: field: message」 line. Collections stay apart (Astro stops
 * at the first collection that fails). Syncs run one per core; each case's tests await their own.
 */
const concurrency = Math.max(1, availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];
async function oneAtATimePerCore<T>(task: () => Promise<T>): Promise<T> {
  while (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await task();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}
const projects: FixtureProject[] = [];
let syncs: Map<string, Promise<{ code: number; output: string }>> | undefined;
const syncOf = (name: string) => {
  if (!syncs) {
    const groups = Map.groupBy(cases, collectionOf);
    syncs = new Map([...groups].map(([collection, members]) => [
      collection,
      oneAtATimePerCore(() => {
        const project = createFixtureProject();
        projects.push(project);
        for (const member of members) cpSync(path.join(fixturesDir, member, 'content'), path.join(project.dir, 'src/content'), { recursive: true });
        return project.astroAsync('sync');
      }),
    ]));
  }
  return syncs.get(collectionOf(name))!;
};
afterAll(() => {
  for (const project of projects) project.remove();
});

/** The output's lines that name the file (the problem lines are 「  - file: field: message」). */
const linesNaming = (output: string, file: string) => output.split('\n').filter((line) => line.includes(file));

describe.each(cases)('invalid content: %s', (name) => {
  let result: { code: number; output: string };
  const parsed = JSON.parse(readFileSync(path.join(fixturesDir, name, 'expect.json'), 'utf8')) as Expected | Expected[];
  const expectations = Array.isArray(parsed) ? parsed : [parsed];

  beforeAll(async () => {
    result = await syncOf(name);
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
