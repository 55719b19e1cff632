import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staleDistProblem } from '../support/dist-freshness';

describe('the stale-dist/ guard of the browser tests', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'iryo-dx-stale-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, seconds: number) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), 'x');
    utimesSync(path.join(root, file), seconds, seconds);
  };

  it('passes a build newer than every source, and names the source edited after it', () => {
    write('src/pages/index.astro', 1_000);
    write('cms/config.ts', 1_000);
    write('dist/index.html', 2_000);
    expect(staleDistProblem(path.join(root, 'dist'), root, {})).toBeUndefined();
    write('src/styles/edited.css', 3_000);
    expect(staleDistProblem(path.join(root, 'dist'), root, {})).toMatch(/dist\/ is older than src\/styles\/edited\.css .*npm run build/);
    expect(staleDistProblem(path.join(root, 'dist'), root, { IRYO_DX_ALLOW_STALE_DIST: '1' })).toBeUndefined();
  });

  it('ignores edits to tests (they do not change the built site)', () => {
    write('dist/index.html', 4_000);
    write('tests/browser/x.test.ts', 5_000);
    expect(staleDistProblem(path.join(root, 'dist'), root, {})).toBeUndefined();
  });
});
