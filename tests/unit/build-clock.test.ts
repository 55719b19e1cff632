import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BuildTimeError, commitTime, parseBuildTime, resolveBuildTime } from '../../src/integrations/build-clock';

const clockFile = fileURLToPath(new URL('../../src/integrations/build-clock.ts', import.meta.url));

describe('the build clock', () => {
  it('reads BUILD_TIME as ISO 8601 with an offset or as seconds since 1970', () => {
    expect(parseBuildTime('2026-07-01T09:00:00+09:00').toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(parseBuildTime('1782864000').toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(resolveBuildTime({ BUILD_TIME: '2026-07-01T00:00:00Z' })).toEqual({ time: new Date('2026-07-01T00:00:00Z'), source: 'BUILD_TIME' });
  });

  it('refuses a BUILD_TIME that is not a time, in Japanese, naming the variable', () => {
    for (const value of ['yesterday', '2026-07-01', '2026-02-30T09:00:00+09:00x']) {
      expect(() => parseBuildTime(value)).toThrow(BuildTimeError);
      expect(() => parseBuildTime(value)).toThrow(/環境変数 BUILD_TIME/);
    }
  });

  it('without BUILD_TIME uses the commit time of HEAD', () => {
    const commit = commitTime();
    expect(commit).toBeInstanceOf(Date);
    expect(resolveBuildTime({})).toEqual({ time: commit, source: 'commit' });
  });

  it('is the only build-time reader of the wall clock in pages, components and build code', () => {
    const offenders: string[] = [];
    const scan = (dir: string) => {
      for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.(astro|ts|mts|mjs)$/.test(entry.name)) continue;
        const file = path.join(entry.parentPath, entry.name);
        if (path.resolve(file) === clockFile) continue;
        // <script> blocks run in the visitor's browser, where the visitor's clock is right.
        const serverSide = readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
        if (/new Date\(\s*\)|Date\.now\(\)/.test(serverSide) && !/\/client\/|-dom\.ts$|\/scripts\//.test(file)) offenders.push(file);
      }
    };
    for (const dir of ['src/pages', 'src/components', 'src/layouts', 'src/lib', 'src/integrations']) scan(dir);
    expect(offenders).toEqual([]);
  });
});
