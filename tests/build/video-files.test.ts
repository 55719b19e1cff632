/**
 * Video entries' non-image files, through a real build on a temp copy: a self-hosted MP4
 * becomes a native <video> with Japanese captions on by default, and a caption file named in
 * the frontmatter but missing, or an MP4, stops the build naming the file and the field.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureProject, type FixtureProject } from '../support/fixture-project';

const frontmatter = (extra: string) => `---
title: 自前配信の動画
position: 9
audience: テスト
ageRange: 全年齢
description: 自前で配信する動画の検証用エントリーです。
points:
  - 検証
status: published
releaseDate: 2026-11-20T10:00:00+09:00
duration: PT5S
thumbnail: ./thumbnail.png
thumbnailAlt: 検証用の画像
transcript:
  - speaker: ナレーション
    line: こんにちは
sample: true
${extra}
---
`;

function addEntry(project: FixtureProject, slug: string, extra: string, files: Record<string, string | Buffer>) {
  const dir = path.join(project.dir, 'src/content/videos', slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.md'), frontmatter(extra));
  copyFileSync(path.resolve('src/content/videos/overview/thumbnail.png'), path.join(dir, 'thumbnail.png'));
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
}

describe('self-hosted video', () => {
  let project: FixtureProject;
  let result: { code: number; output: string };
  let html = '';
  beforeAll(() => {
    // The video entry alone (no other content): its page is what this asserts, so the build renders little else.
    project = createFixtureProject({ withContent: false, skip: ['search-index', 'cms-bundle'] });
    addEntry(project, 'self-hosted', 'videoFile: video.mp4\nposter: ./thumbnail.png\ncaptions: captions.vtt', {
      // Not a playable file: the build only links it; a few bytes prove it is not inlined.
      'video.mp4': Buffer.alloc(64, 1),
      'captions.vtt': 'WEBVTT\n\n00:00.000 --> 00:05.000\nこんにちは\n',
    });
    result = project.astro('build');
    if (result.code === 0) html = readFileSync(path.join(project.dir, 'dist/videos/self-hosted/index.html'), 'utf8');
  });
  afterAll(() => project?.remove());

  it('builds', () => {
    expect(result.code, result.output).toBe(0);
  });
  it('plays in a native <video> with Japanese captions on by default and a poster', () => {
    const video = html.match(/<video[^>]*>[\s\S]*?<\/video>/)?.[0] ?? '';
    expect(video).toMatch(/<source src="\/_astro\/video\.[^"]+\.mp4" type="video\/mp4"/);
    expect(video).toMatch(/<track(?=[^>]*kind="captions")(?=[^>]*srclang="ja")(?=[^>]*src="\/videos\/self-hosted\/captions\.vtt")(?=[^>]*\bdefault\b)[^>]*>/);
    expect(video).toMatch(/poster="\/_astro\/[^"]+\.webp"/);
    expect(video).toContain('controls');
    expect(video).not.toContain('autoplay');
    expect(html).not.toContain('youtube');
  });
  it('serves the captions and names the MP4 as contentUrl in the VideoObject', () => {
    expect(readFileSync(path.join(project.dir, 'dist/videos/self-hosted/captions.vtt'), 'utf8')).toContain('こんにちは');
    expect(html).toMatch(/"contentUrl":"https:\/\/[^"]+\/_astro\/video\.[^"]+\.mp4"/);
  });
  it('leaves out the build steps this test asserts nothing about (search index, CMS bundle)', () => {
    expect(existsSync(path.join(project.dir, 'dist/videos/self-hosted/index.html'))).toBe(true);
    expect(existsSync(path.join(project.dir, 'dist/pagefind'))).toBe(false);
    expect(existsSync(path.join(project.dir, 'dist/admin/decap-cms.js'))).toBe(false);
    expect(result.output).toContain('Pagefind: skipped');
  });
});

describe('caption file or MP4 named but missing', () => {
  let project: FixtureProject;
  let result: { code: number; output: string };
  beforeAll(() => {
    project = createFixtureProject({ withContent: false });
    addEntry(project, 'missing-captions', 'youtubeId: sample-0002\ncaptions: captions.vtt', {});
    addEntry(project, 'missing-video', 'videoFile: video.mp4\nposter: ./thumbnail.png\ncaptions: captions.vtt', { 'captions.vtt': 'WEBVTT\n\n00:00.000 --> 00:05.000\nこんにちは\n' });
    // The content layer reports it (src/integrations/content-loader.ts), the first step of every
    // `astro build`: `astro sync` runs that step alone, without bundling the site (issue 23).
    result = project.astro('sync');
  });
  afterAll(() => project?.remove());

  it('fails the build naming the entry file and the captions field', () => {
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('src/content/videos/missing-captions/index.md: captions: ファイル「captions.vtt」が同じフォルダに見つかりません');
  });

  it('names the entry file and the videoFile field of an MP4 that is not there, in the same run', () => {
    expect(result.output).toContain('src/content/videos/missing-video/index.md: videoFile: ファイル「video.mp4」が同じフォルダに見つかりません');
    expect(result.output).not.toContain('missing-video/index.md: captions:');
  });
});

