/** The video schema: what a planned entry needs, and what releasing one adds. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { videoSchema } from '../../src/schemas/video';

const imageStandIn = () => z.string().min(1);
const schema = videoSchema(imageStandIn);

const planned = {
  title: '若年層編',
  position: 2,
  audience: '若年層',
  ageRange: '主に10代後半～30代',
  description: '説明',
  points: ['「面倒くさい」ではなく、「スマートさ」・「手軽さ」を訴求'],
  status: 'in-production',
  plannedMonth: '2027-02',
  thumbnail: './thumbnail.png',
  thumbnailAlt: 'イラスト',
};
const released = {
  ...planned,
  status: 'published',
  plannedMonth: undefined,
  releaseDate: '2026-11-20T10:00:00+09:00',
  duration: 'PT1M30S',
  youtubeId: 'sample-0001',
  captions: 'captions.vtt',
  transcript: [{ scene: '朝の街', speaker: 'ナレーション', line: 'こんにちは' }],
};

const issuesOf = (result: { success: boolean; error?: z.ZodError }) => result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
const fieldsOf = (result: { success: boolean; error?: z.ZodError }) => result.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('video schema', () => {
  it('accepts a video in production with only its plan, defaulting the lists', () => {
    const parsed = schema.parse(planned);
    expect(parsed.transcript).toEqual([]);
    expect(parsed.related).toEqual([]);
    expect(parsed.sample).toBe(false);
  });

  it('accepts a released YouTube video and a released self-hosted one', () => {
    expect(schema.safeParse(released).success).toBe(true);
    const selfHosted = { ...released, youtubeId: undefined, videoFile: 'video.mp4', poster: './poster.png' };
    expect(schema.safeParse(selfHosted).success).toBe(true);
  });

  it('needs a planned month while in production', () => {
    expect(fieldsOf(schema.safeParse({ ...planned, plannedMonth: undefined }))).toEqual(['plannedMonth']);
    expect(fieldsOf(schema.safeParse({ ...planned, plannedMonth: '2027年2月' }))).toEqual(['plannedMonth']);
  });

  it('refuses to release a video without captions, naming the field', () => {
    expect(issuesOf(schema.safeParse({ ...released, captions: undefined }))).toEqual(['captions: 公開中の動画には字幕ファイル（captions、WebVTT）が必要です']);
  });

  it('refuses to release a video without a transcript, naming the field', () => {
    expect(issuesOf(schema.safeParse({ ...released, transcript: [] }))).toEqual(['transcript: 公開中の動画には書き起こし（transcript）か書き起こしファイル（transcriptFile）が必要です']);
    // An uploaded transcript file stands for the typed paragraphs (the build reads it into transcript).
    expect(issuesOf(schema.safeParse({ ...released, transcript: [], transcriptFile: 'transcript.txt' }))).toEqual([]);
    expect(fieldsOf(schema.safeParse({ ...released, transcriptFile: 'transcript.docx' }))).toEqual(['transcriptFile']);
    expect(fieldsOf(schema.safeParse({ ...released, transcript: [{ line: ' ' }] }))).toEqual(['transcript.0.line']);
  });

  it('refuses a malformed duration and a released video without one', () => {
    expect(fieldsOf(schema.safeParse({ ...released, duration: '1:30' }))).toEqual(['duration']);
    expect(fieldsOf(schema.safeParse({ ...released, duration: undefined }))).toEqual(['duration']);
  });

  it('needs somewhere to play a released video from, and a poster for an MP4', () => {
    expect(fieldsOf(schema.safeParse({ ...released, youtubeId: undefined }))).toEqual(['youtubeId']);
    expect(fieldsOf(schema.safeParse({ ...released, youtubeId: 'https://youtu.be/abc' }))).toEqual(['youtubeId']);
    expect(fieldsOf(schema.safeParse({ ...released, videoFile: 'video.mp4' }))).toEqual(['poster']);
  });

  it('needs a release date for a released video', () => {
    expect(fieldsOf(schema.safeParse({ ...released, releaseDate: undefined }))).toEqual(['releaseDate']);
  });

  it('takes caption and video files by name beside the entry, not paths elsewhere', () => {
    expect(fieldsOf(schema.safeParse({ ...released, captions: '../other/captions.vtt' }))).toEqual(['captions']);
    expect(fieldsOf(schema.safeParse({ ...released, captions: 'captions.srt' }))).toEqual(['captions']);
  });

  it('accepts site paths and https URLs as related links, nothing else', () => {
    const withLinks = (href: string) => schema.safeParse({ ...planned, related: [{ label: 'マンガ', href }] });
    expect(withLinks('/manga/').success).toBe(true);
    expect(withLinks('https://www.hokeniryo.metro.tokyo.lg.jp/').success).toBe(true);
    expect(fieldsOf(withLinks('javascript:alert(1)'))).toEqual(['related.0.href']);
    expect(fieldsOf(withLinks('//evil.example/'))).toEqual(['related.0.href']);
  });

  it('rejects an unknown status with the allowed values in the message', () => {
    expect(issuesOf(schema.safeParse({ ...planned, status: '公開中' }))).toEqual(['status: 状態（status）は in-production（制作中）か published（公開中）です']);
  });
});
