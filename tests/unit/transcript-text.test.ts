/** A video transcript uploaded as a text file (src/lib/videos/transcript-text.ts), read by the build and checked by the CMS. */
import { describe, expect, it } from 'vitest';
import { parseTranscriptText } from '../../src/lib/videos/transcript-text';
import { videoTranscriptItem } from '../../src/schemas/video';

describe('transcript text files', () => {
  it('reads one paragraph per line: speaker：line, scenes before the line they go with, words without a speaker', () => {
    const text = '\uFEFF［場面］スマートフォンでマイナポータルを開く若者\r\nナレーション：医療DXで、暮らしが変わります。\r\n\r\n若者: 本当だ、すぐ見られる。\r\n「マイナポータル」の画面\r\n';
    const { items, problems } = parseTranscriptText(text);
    expect(problems).toEqual([]);
    expect(items).toEqual([
      { scene: 'スマートフォンでマイナポータルを開く若者', speaker: 'ナレーション', line: '医療DXで、暮らしが変わります。' },
      { speaker: '若者', line: '本当だ、すぐ見られる。' },
      { speaker: '', line: '「マイナポータル」の画面' },
    ]);
    // What it reads is what the schema accepts for typed paragraphs.
    for (const item of items) expect(videoTranscriptItem.safeParse(item).success).toBe(true);
  });
  it('names the line of each problem, in Japanese', () => {
    expect(parseTranscriptText('ナレーション：はじめに\n若者：\n［場面］\n').problems).toEqual([
      '2行目：「若者：」のあとに、せりふがありません',
      '3行目：［場面］のあとに、画面に映っているものを書いてください',
      '3行目：場面の説明のあとに、せりふの行がありません',
    ]);
    expect(parseTranscriptText('\n \n').problems).toEqual(['せりふが1行もありません']);
    expect(parseTranscriptText('ナレーション：\uFFFD\uFFFD').problems[0]).toContain('UTF-8');
  });
});
