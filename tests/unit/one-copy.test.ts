/**
 * Issue 13: things that had copies exist once. The Tokyo time zone is set up in one place;
 * a session's status input is built by one function from every source (entry, CMS form,
 * badge attributes) and gives the same answer from each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusInputFromDataset } from '../../src/client/seminar-status';
import { statusInputOf } from '../../src/lib/seminars/sessions';
import { seminarStatus } from '../../cms/admin/preview-model';
import { registrationStatus } from '../../src/lib/seminars/status';
import type { SeminarData } from '../../src/schemas/seminar';

const sourceFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|mjs|astro)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));

describe('one copy of each thing', () => {
  it('names the Asia/Tokyo time zone in exactly one line of code', () => {
    const lines = [...sourceFiles('src'), ...sourceFiles('cms')].flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /['"]Asia\/Tokyo['"]/.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/dates\.ts: export const TIME_ZONE = 'Asia\/Tokyo';/);
  });

  it('builds the same status input from an entry, the CMS form and the badge attributes', () => {
    const start = new Date('2026-07-09T19:00:00+09:00');
    const end = new Date('2026-07-09T20:30:00+09:00');
    const opens = new Date('2026-06-01T10:00:00+09:00');
    const closes = new Date('2026-07-08T17:00:00+09:00');
    const entry = { start, end, lifecycle: 'scheduled', registration: { opens, closes, override: 'few-left' } } as unknown as SeminarData;
    const fromEntry = statusInputOf(entry);
    const fromBadge = statusInputFromDataset({ start: start.toISOString(), end: end.toISOString(), opens: opens.toISOString(), closes: closes.toISOString(), override: 'few-left', lifecycle: 'scheduled' });
    expect(fromBadge).toEqual(fromEntry);
    expect(fromEntry).toMatchObject({ start, end, opens, closes, override: 'few-left', lifecycle: 'scheduled' });
    for (const now of ['2026-05-01T00:00:00+09:00', '2026-06-10T00:00:00+09:00', '2026-07-07T00:00:00+09:00', '2026-07-10T00:00:00+09:00'].map((t) => new Date(t))) {
      const form = { start: '2026-07-09T19:00:00+09:00', end: '2026-07-09T20:30:00+09:00', lifecycle: 'scheduled', registration: { opens: '2026-06-01T10:00:00+09:00', closes: '2026-07-08T17:00:00+09:00', override: 'few-left' } };
      expect(seminarStatus(form, now)).toBe(registrationStatus(fromEntry, now));
    }
  });
});
