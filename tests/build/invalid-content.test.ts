/**
 * Broken content must stop the build with the file and the field named.
 * Each folder in tests/fixtures/invalid-content/ holds `content/` (laid over src/content/)
 * and `expect.json`: { file, field, message? }, or a list of them when one run reports several
 * problems together (the folder audit reports every problem of a collection at once, so one
 * `astro sync` covers many cases). Add a folder to add a case.
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

/**
 * Every case's `astro sync` in its own temp copy, started together and run one per core
 * (each is one Node process, mostly Astro's start-up); each case's tests await their own.
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
  syncs ??= new Map(
    cases.map((each) => [
      each,
      oneAtATimePerCore(() => {
        const project = createFixtureProject();
        projects.push(project);
        cpSync(path.join(fixturesDir, each, 'content'), path.join(project.dir, 'src/content'), { recursive: true });
        return project.astroAsync('sync');
      }),
    ]),
  );
  return syncs.get(name)!;
};
afterAll(() => {
  for (const project of projects) project.remove();
});

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
    expect(result.output).toContain(file);
  });
  it.each(expectations)('names the field $field', ({ field }) => {
    expect(result.output).toMatch(fieldPattern(field));
  });
  it.each(expectations.filter((item) => item.message))('says in Japanese: $message', ({ message }) => {
    expect(result.output).toContain(message);
  });
});
