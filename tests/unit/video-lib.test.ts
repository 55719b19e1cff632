/** Pure functions behind the video pages: durations, share URLs, YouTube URLs, JSON-LD, status, WebVTT. */
import { describe, expect, it } from 'vitest';
import { formatDurationJa, toIsoDuration } from '../../src/lib/videos/duration';
import { isIsoDuration, parseIsoDuration } from '../../src/schemas/vocabularies';
import { shareLinks, withUtm } from '../../src/lib/site/share-links';
import { youtubeEmbedUrl, youtubeWatchUrl } from '../../src/lib/videos/youtube';
import { videoObject, type VideoObjectInput } from '../../src/lib/videos/json-ld';
import { serializeJsonLd } from '../../src/lib/site/json-ld';
import { formatPlannedMonth, videoAvailability } from '../../src/lib/videos/status';
import { webVttProblems } from '../../src/lib/videos/webvtt';

describe('parseIsoDuration', () => {
  it.each([
    ['PT1M30S', 90],
    ['PT45S', 45],
    ['PT2M', 120],
    ['PT1H2M5S', 3725],
    ['PT0S', 0],
    ['PT1.5S', 1.5],
    ['P1DT1S', 86_401],
    [' PT30S ', 30],
  ])('%s → %d seconds', (text, seconds) => {
    expect(parseIsoDuration(text)).toBe(seconds);
  });
  it.each(['1:30', '90', 'PT', 'P', 'P1M', 'P1Y', 'P1W', 'PT1.5M', 'PT-5S', 'pt1m30s', 'PT1M30', '1分30秒', ''])('rejects %j', (text) => {
    expect(parseIsoDuration(text)).toBeUndefined();
    expect(isIsoDuration(text)).toBe(false);
  });
});

describe('formatDurationJa / toIsoDuration', () => {
  it.each([
    [90, '1分30秒', 'PT1M30S'],
    [45, '45秒', 'PT45S'],
    [120, '2分', 'PT2M'],
    [3725, '1時間2分5秒', 'PT1H2M5S'],
    [3600, '1時間', 'PT1H'],
    [0, '0秒', 'PT0S'],
    [59.6, '1分', 'PT1M'],
  ])('%d s → %s / %s', (seconds, ja, iso) => {
    expect(formatDurationJa(seconds)).toBe(ja);
    expect(toIsoDuration(seconds)).toBe(iso);
  });
  it('round-trips through parse', () => {
    expect(formatDurationJa(parseIsoDuration('PT1M30S') ?? -1)).toBe('1分30秒');
  });
  it('refuses negative or non-finite input', () => {
    expect(() => formatDurationJa(-1)).toThrow(RangeError);
    expect(() => toIsoDuration(Number.NaN)).toThrow(RangeError);
  });
});

describe('share links', () => {
  const page = 'https://example.jp/videos/overview/';
  const campaign = { campaign: 'iryo-dx-videos' };

  it('tags the shared URL with utm_* and replaces existing ones', () => {
    const tagged = new URL(withUtm(`${page}?utm_source=old&x=1`, 'line', campaign));
    expect(tagged.origin + tagged.pathname).toBe(page);
    expect(tagged.searchParams.get('utm_source')).toBe('line');
    expect(tagged.searchParams.get('utm_medium')).toBe('social');
    expect(tagged.searchParams.get('utm_campaign')).toBe('iryo-dx-videos');
    expect(tagged.searchParams.getAll('utm_source')).toHaveLength(1);
    expect(tagged.searchParams.get('x')).toBe('1');
  });

  it('builds plain LINE, X and Facebook URLs with the text and the tagged page URL', () => {
    const links = Object.fromEntries(shareLinks(page, '医療DXの動画', campaign).map((link) => [link.network, new URL(link.href)]));
    expect(Object.keys(links)).toEqual(['line', 'x', 'facebook']);

    expect(links.line?.origin + (links.line?.pathname ?? '')).toBe('https://line.me/R/share');
    const lineText = links.line?.searchParams.get('text') ?? '';
    expect(lineText.startsWith('医療DXの動画\n')).toBe(true);
    expect(new URL(lineText.split('\n')[1] ?? '').searchParams.get('utm_source')).toBe('line');

    expect(links.x?.origin + (links.x?.pathname ?? '')).toBe('https://x.com/intent/post');
    expect(links.x?.searchParams.get('text')).toBe('医療DXの動画');
    expect(new URL(links.x?.searchParams.get('url') ?? '').searchParams.get('utm_source')).toBe('x');

    expect(links.facebook?.origin + (links.facebook?.pathname ?? '')).toBe('https://www.facebook.com/sharer/sharer.php');
    const shared = new URL(links.facebook?.searchParams.get('u') ?? '');
    expect(shared.origin + shared.pathname).toBe(page);
    expect(shared.searchParams.get('utm_source')).toBe('facebook');
  });

  it('percent-encodes Japanese and reserved characters, so the URL stays one parameter', () => {
    const [line] = shareLinks(page, 'A&B=C #医療', campaign);
    // Only printable ASCII: spaces, # and Japanese are all percent-encoded.
    expect(line?.href).toMatch(/^[\x21-\x7e]+$/);
    expect(line?.href).not.toContain('#');
    expect(new URL(line?.href ?? '').searchParams.get('text')?.startsWith('A&B=C #医療\n')).toBe(true);
  });
});

describe('YouTube URLs', () => {
  it('embeds from youtube-nocookie.com with captions on, and autoplays only when asked', () => {
    const url = new URL(youtubeEmbedUrl('sample-0001', { autoplay: true }));
    expect(url.origin).toBe('https://www.youtube-nocookie.com');
    expect(url.pathname).toBe('/embed/sample-0001');
    expect(url.searchParams.get('autoplay')).toBe('1');
    expect(url.searchParams.get('cc_load_policy')).toBe('1');
    expect(url.searchParams.get('cc_lang_pref')).toBe('ja');
    expect(new URL(youtubeEmbedUrl('sample-0001')).searchParams.has('autoplay')).toBe(false);
  });
  it('rejects anything that is not an 11-character id', () => {
    expect(() => youtubeEmbedUrl('abc')).toThrow();
    expect(() => youtubeWatchUrl('https://youtu.be/x')).toThrow();
    expect(youtubeWatchUrl('dQw4w9WgXcQ')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  });
});

describe('videoObject', () => {
  const input: VideoObjectInput = {
    name: '医療DXの概要編',
    description: '説明',
    thumbnailUrl: 'https://example.jp/_astro/t.png',
    uploadDate: new Date('2026-11-20T01:00:00Z'),
    duration: 'PT1M30S',
    pageUrl: 'https://example.jp/videos/overview/',
    embedUrl: 'https://www.youtube-nocookie.com/embed/sample-0001',
    publisherName: '東京都保健医療局',
  };
  it('has the fields Google asks for, with the upload date in +09:00', () => {
    const data = videoObject(input);
    expect(data).toMatchObject({
      '@type': 'VideoObject',
      name: '医療DXの概要編',
      thumbnailUrl: ['https://example.jp/_astro/t.png'],
      uploadDate: '2026-11-20T10:00:00+09:00',
      duration: 'PT1M30S',
      embedUrl: 'https://www.youtube-nocookie.com/embed/sample-0001',
    });
    expect(data).not.toHaveProperty('contentUrl');
  });
  it('takes a contentUrl for a self-hosted video, and refuses a video with neither URL', () => {
    expect(videoObject({ ...input, embedUrl: undefined, contentUrl: 'https://example.jp/v.mp4' })).toMatchObject({ contentUrl: 'https://example.jp/v.mp4' });
    expect(() => videoObject({ ...input, embedUrl: undefined })).toThrow(/embedUrl or contentUrl/);
  });
  it('serializes so that text cannot close the script element', () => {
    const json = serializeJsonLd(videoObject({ ...input, name: '</script><script>alert(1)</script>' }));
    expect(json).not.toContain('</script>');
    expect((JSON.parse(json) as { name: string }).name).toBe('</script><script>alert(1)</script>');
  });
});

describe('videoAvailability', () => {
  const now = new Date('2026-11-25T12:00:00+09:00');
  it('is released only when published and the release date has passed', () => {
    expect(videoAvailability({ status: 'published', releaseDate: new Date('2026-11-20T10:00:00+09:00') }, now)).toBe('released');
    expect(videoAvailability({ status: 'published', releaseDate: now }, now)).toBe('released');
  });
  it('is coming soon while in production, without a date, or before the date', () => {
    expect(videoAvailability({ status: 'in-production' }, now)).toBe('coming-soon');
    expect(videoAvailability({ status: 'published' }, now)).toBe('coming-soon');
    expect(videoAvailability({ status: 'published', releaseDate: new Date('2027-02-01T00:00:00+09:00') }, now)).toBe('coming-soon');
  });
});

describe('formatPlannedMonth', () => {
  it('gives the Reiwa year with the Western year, as Tokyo notices do', () => {
    expect(formatPlannedMonth('2027-02')).toBe('令和9年（2027年）2月');
    expect(formatPlannedMonth('2026-12')).toBe('令和8年（2026年）12月');
    expect(formatPlannedMonth('2019-05')).toBe('令和元年（2019年）5月');
  });
  it('rejects other shapes', () => {
    expect(() => formatPlannedMonth('2027-13')).toThrow();
    expect(() => formatPlannedMonth('2027/02')).toThrow();
  });
});

describe('webVttProblems', () => {
  const good = 'WEBVTT\n\n1\n00:00:00.500 --> 00:00:09.000\nこんにちは\n\n01:00.000 --> 01:05.000 line:0\n次\n';
  it('accepts a WebVTT file, with or without a byte-order mark and hours', () => {
    expect(webVttProblems(good)).toEqual([]);
    expect(webVttProblems(`\uFEFF${good.replace(/\n/g, '\r\n')}`)).toEqual([]);
  });
  it('names each problem, with its line, in Japanese', () => {
    expect(webVttProblems('1\n00:00:00,500 --> 00:00:09,000\nSRT\n')).toEqual([
      '1行目が「WEBVTT」ではありません',
      '2行目：時刻の書式が正しくありません（00:00:01.500 のように秒とミリ秒を「.」で区切ります。SRT の「,」は使えません）',
      '字幕（キュー）が1つもありません',
    ]);
    expect(webVttProblems('WEBVTT\n')).toEqual(['字幕（キュー）が1つもありません']);
    expect(webVttProblems('WEBVTT\nKind: captions\nLanguage: ja\n\n00:01.000 --> 00:02.000\na\n')).toEqual([]);
    expect(webVttProblems('WEBVTTX\n\n00:00.000 --> 00:01.000\na')).toEqual(['1行目が「WEBVTT」ではありません']);
  });
  it('parses timings, which a pattern cannot: a cue ending before it starts, cues out of order', () => {
    expect(webVttProblems('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\na\n')).toEqual(['3行目：終了時刻が開始時刻より後になっていません']);
    expect(webVttProblems('WEBVTT\n\n00:00:05.000 --> 00:00:06.000\na\n\n00:00:01.000 --> 00:00:02.000\nb\n')).toEqual(['6行目：前の字幕より前の時刻から始まっています']);
  });
});
