/** Media left in content folders that no entry names (cms/media-check.ts, run at the start of every build). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unreferencedMedia, unreferencedMediaMessage } from '../../cms/media-check';

const fixture = mkdtempSync(path.join(tmpdir(), 'media-check-'));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

describe('unreferenced media', () => {
  it('the site’s own content folders hold no file their entry does not name', () => {
    expect(unreferencedMedia(path.resolve('src/content'))).toEqual([]);
  });
  it('finds an image left behind after a replacement, and names it', () => {
    const folder = path.join(fixture, 'videos', 'parents');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'index.md'), '---\ntitle: a\nthumbnail: thumbnail-new.png\n---\n');
    writeFileSync(path.join(folder, 'thumbnail-new.png'), '');
    writeFileSync(path.join(folder, 'thumbnail.png'), '');
    const found = unreferencedMedia(fixture);
    expect(found).toEqual([path.join(folder, 'thumbnail.png')]);
    expect(unreferencedMediaMessage(['src/content/videos/parents/thumbnail.png'])).toContain('src/content/videos/parents/thumbnail.png');
  });
});

describe('deleting an entry deletes its media', () => {
  it('adds the other files of the entry’s folder, not those of other entries or subfolders', async () => {
    const { withEntryMedia } = await import('../../cms/admin/entry-media');
    const listed = ['src/content/videos/parents/index.md', 'src/content/videos/parents/thumbnail.png', 'src/content/videos/parents/captions.vtt', 'src/content/videos/parents/old/x.png'];
    expect(await withEntryMedia(['src/content/videos/parents/index.md'], async () => listed)).toEqual(listed.slice(0, 3));
    expect(await withEntryMedia(['src/assets/cms-uploads/a.png'], async () => listed)).toEqual(['src/assets/cms-uploads/a.png']);
  });
});

describe('replacing an image deletes the file it replaced', () => {
  const folderFiles = [
    'src/content/videos/parents/index.md',
    'src/content/videos/parents/thumbnail.png',
    'src/content/videos/parents/thumbnail-new.png',
    'src/content/videos/parents/captions.vtt',
    'src/content/videos/parents/.gitkeep',
    'src/content/videos/parents/old/x.png',
    'src/content/videos/overview/thumbnail.png',
  ];
  it('names only the files beside the entry that its new text no longer uses', async () => {
    const { staleMedia } = await import('../../cms/admin/entry-media');
    const text = '---\ntitle: a\nthumbnail: ./thumbnail-new.png\ncaptions: captions.vtt\n---\n';
    expect(staleMedia('src/content/videos/parents/index.md', text, folderFiles)).toEqual(['src/content/videos/parents/thumbnail.png']);
  });
  it('deletes nothing when every file is still named, or for a file outside a content entry', async () => {
    const { staleMedia } = await import('../../cms/admin/entry-media');
    const text = 'thumbnail: thumbnail.png\nposter: thumbnail-new.png\ncaptions: captions.vtt\n';
    expect(staleMedia('src/content/videos/parents/index.md', text, folderFiles)).toEqual([]);
    expect(staleMedia('README.md', '', folderFiles)).toEqual([]);
  });
});
