/**
 * The build step that writes every session's .ics and image.png after the pages
 * (src/integrations/session-files.ts): what it writes, where, and through the image cache.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSessionFiles } from '../../src/integrations/session-files';
import { sessionImageSvg } from '../../src/lib/seminars/image';

const temp: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'session-files-'));
  temp.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temp.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const svg = (title: string) => sessionImageSvg({ kind: '出張講習会', title, when: '令和9年（2027年）1月21日（木）19:00〜20:30', lifecycle: '', site: '医療DX東京ナビ' });
const sessions = [
  { slug: 'with-calendar', ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', imageSvg: svg('一つ目') },
  { slug: 'without-calendar', imageSvg: svg('二つ目') },
];

describe('writeSessionFiles', () => {
  it('writes each .ics as given and each image as the PNG of its SVG, into folders made where missing, through a cold and then a warm cache', async () => {
    const cache = tempDir();
    const first = tempDir();
    mkdirSync(path.join(first, 'seminars/with-calendar'), { recursive: true });
    expect(await writeSessionFiles(first, sessions, cache)).toBe(3);
    expect(readFileSync(path.join(first, 'seminars/with-calendar.ics'), 'utf8')).toBe(sessions[0]!.ics);
    expect(readdirSync(path.join(first, 'seminars')).sort()).toEqual(['with-calendar', 'with-calendar.ics', 'without-calendar']);
    for (const { slug, imageSvg } of sessions) {
      const png = readFileSync(path.join(first, `seminars/${slug}/image.png`));
      expect(png.equals(await sharp(Buffer.from(imageSvg)).png({ compressionLevel: 6 }).toBuffer()), slug).toBe(true);
    }
    const cached = readdirSync(cache);
    expect(cached).toHaveLength(2);
    const renderedAt = cached.map((name) => statSync(path.join(cache, name)).mtimeMs);

    const second = tempDir();
    await writeSessionFiles(second, sessions, cache);
    for (const { slug } of sessions) expect(readFileSync(path.join(second, `seminars/${slug}/image.png`)).equals(readFileSync(path.join(first, `seminars/${slug}/image.png`))), slug).toBe(true);
    expect(readdirSync(cache).map((name) => statSync(path.join(cache, name)).mtimeMs), 'nothing rendered again').toEqual(renderedAt);
  });
});
