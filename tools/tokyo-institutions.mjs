// The Tokyo-scale institutions site: a temp copy of the project built with the generated
// 15,000-facility data (scripts/generate-institutions.mjs → the importer → INSTITUTIONS_DATA).
// One build, shared by `npm run bench` and tests/browser/institutions-tokyo.test.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createFixtureProject } from './temp-project.mjs';
import { generateInstitutionsCsv } from '../scripts/generate-institutions.mjs';

/**
 * @param {{ skip?: readonly string[] }} [options] build steps the caller asserts nothing about
 *   (src/integrations/build-steps.mjs): the browser test skips the search index and the CMS
 *   bundle, which at 15,000 facilities cost more than the pages it visits; the bench skips none.
 * @returns {{ project: ReturnType<typeof createFixtureProject>, dataFile: string, facilities: any[], build: { code: number, output: string, ms: number } }}
 */
export function buildTokyoInstitutions({ skip = [] } = {}) {
  const project = createFixtureProject({ skip });
  const csv = path.join(project.dir, 'tokyo-institutions.csv');
  const dataFile = path.join(project.dir, 'tokyo-institutions.json');
  writeFileSync(csv, generateInstitutionsCsv());
  const imported = spawnSync(process.execPath, ['scripts/import-institutions.ts', csv, '--out', dataFile], { cwd: project.dir, encoding: 'utf8' });
  if (imported.status !== 0) throw new Error(`import failed: ${imported.stderr}`);
  const facilities = JSON.parse(readFileSync(dataFile, 'utf8'));
  process.env.INSTITUTIONS_DATA = dataFile;
  const started = performance.now();
  try {
    const result = project.astro('build');
    return { project, dataFile, facilities, build: { ...result, ms: performance.now() - started } };
  } finally {
    delete process.env.INSTITUTIONS_DATA;
  }
}
