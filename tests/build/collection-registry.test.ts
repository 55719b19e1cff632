/**
 * One collection registry (src/schemas/collections.ts): a collection added there, in a temp
 * copy, is validated by the content config, gets a CMS form and is covered by the generic
 * tests — and until its CMS wording exists, a test fails naming what is missing.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureProject, type FixtureProject } from '../support/fixture-project';

interface JsonReport {
  success: boolean;
  testResults: { assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}

describe('a throwaway collection added to the registry', () => {
  let project: FixtureProject;
  const vitest = (...args: string[]) => {
    const result = spawnSync(process.execPath, [path.resolve('node_modules/vitest/vitest.mjs'), ...args], {
      cwd: project.dir,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 170_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
  };
  const agreement = (): JsonReport => {
    const out = path.join(project.dir, 'agreement.json');
    vitest('run', '--project', 'unit', 'tests/unit/cms-agreement.test.ts', '--reporter=json', `--outputFile=${out}`);
    return JSON.parse(readFileSync(out, 'utf8')) as JsonReport;
  };
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(project.dir, file)), { recursive: true });
    writeFileSync(path.join(project.dir, file), text);
  };
  const edit = (file: string, change: (text: string) => string) => write(file, change(readFileSync(path.join(project.dir, file), 'utf8')));

  beforeAll(() => {
    project = createFixtureProject({ skip: ['search-index', 'cms-bundle'] });
    for (const name of ['tests', 'vitest.config.ts']) cpSync(path.resolve(name), path.join(project.dir, name), { recursive: true });
    write('src/schemas/throwaway.ts', "import { z } from 'astro/zod';\nimport { sample } from './shared';\n\nexport const throwawaySchema = z.object({ title: z.string().min(1, 'タイトルを入力してください'), note: z.string().optional(), sample });\n");
    edit('src/schemas/collections.ts', (text) =>
      text
        .replace("import { videoSchema } from './video';", "import { videoSchema } from './video';\nimport { throwawaySchema } from './throwaway';")
        .replace('} as const satisfies', "  throwaway: { schema: () => throwawaySchema, source: 'edited', listPage: '/throwaway/', entryPages: false },\n} as const satisfies"),
    );
    write('src/content/throwaway/first/index.md', '---\ntitle: 最初の項目\nnote: 消してもよい説明\n---\n');
  });
  afterAll(() => project?.remove());

  it('is validated through the content config: a broken entry stops astro sync naming file and field', () => {
    write('src/content/throwaway/broken/index.md', '---\nnote: タイトルがない\n---\n');
    const result = project.astro('sync');
    expect(result.code, result.output.slice(-2000)).not.toBe(0);
    expect(result.output).toMatch(/throwaway/);
    expect(result.output).toMatch(/broken\/index\.md/);
    expect(result.output).toMatch(/title/);
  });

  it('is in the generic fault-behaviour tests (empty site, minimal entry)', () => {
    const result = vitest('list', '--staticParse=false', '--project', 'build', 'tests/build/fault-behaviour.test.ts');
    expect(result.code, result.output.slice(-2000)).toBe(0);
    expect(result.output).toContain('/throwaway/ still renders a page with its heading');
    expect(result.output).toContain('has a throwaway entry with optional fields removed');
  });

  it('without CMS wording, the agreement test fails and names the collection', () => {
    const report = agreement();
    expect(report.success).toBe(false);
    const failed = report.testResults.flatMap((file) => file.assertionResults).filter((test) => test.status === 'failed');
    expect(failed.map((test) => test.fullName)).toContain('every content collection has a CMS collection every edited collection in the registry has its CMS wording');
    expect(failed.flatMap((test) => test.failureMessages).join('\n')).toMatch(/throwaway/);
  });

  it('with its wording, the CMS config has a form for it that agrees with the schema', () => {
    write(
      'cms/collections/throwaway.ts',
      "import type { CollectionWording } from '../types';\nimport { sampleWording } from './shared';\n\nexport const throwawayWording: CollectionWording = {\n  name: 'throwaway',\n  label: '試しの項目',\n  label_singular: '項目',\n  fields: { title: { label: 'タイトル' }, note: { label: '説明' }, sample: sampleWording },\n};\n",
    );
    edit('cms/collections/index.ts', (text) =>
      text.replace("import { faqWording } from './faq';", "import { faqWording } from './faq';\nimport { throwawayWording } from './throwaway';").replace('  faq: faqWording,\n', '  faq: faqWording,\n  throwaway: throwawayWording,\n'),
    );
    const report = agreement();
    const tests = report.testResults.flatMap((file) => file.assertionResults);
    expect(tests.filter((test) => test.status === 'failed').flatMap((test) => test.failureMessages)).toEqual([]);
    expect(tests.filter((test) => test.fullName.startsWith('throwaway ') && test.status === 'passed').map((test) => test.fullName)).toContain('throwaway the Decap fields agree with the zod schema');
  });
});
