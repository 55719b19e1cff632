/**
 * Issue 20: what the home page announces. The next sessions follow the seminars' lifecycle
 * (nothing cancelled or postponed is offered), and お知らせ are newest first in every list and
 * in both feeds, read from the sample content itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { nextSessions } from '../../src/lib/seminars/sessions';
import { newestFirst, newsFeedItems } from '../../src/lib/site/news';
import { seminarSchema } from '../../src/schemas/seminar';
import { newsSchema } from '../../src/schemas/news';
import type { z } from 'astro/zod';

function entriesOf<S extends z.ZodType>(collection: string, schema: S): { id: string; data: z.infer<S> }[] {
  const dir = path.resolve('src/content', collection);
  return readdirSync(dir).map((id) => {
    const text = readFileSync(path.join(dir, id, 'index.md'), 'utf8');
    const frontmatter = text.match(/^---\n([\s\S]*?)\n---/)![1]!;
    // YAML 1.2 core schema, as the content loader reads it: date-times stay strings.
    return { id, data: schema.parse(parse(frontmatter, { schema: 'core' })) };
  });
}

describe('nextSessions', () => {
  const sessions = entriesOf('seminars', seminarSchema);

  it('gives the next three dated sessions in date order, skipping cancelled and postponed ones', () => {
    const now = new Date('2027-01-01T00:00:00+09:00');
    const next = nextSessions(sessions, now);
    expect(next).toHaveLength(3);
    const starts = next.map((entry) => entry.data.start!.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts.every((start) => start > now.getTime())).toBe(true);
    // The sample content holds a cancelled (1/16) and a postponed (1/21) session in this window.
    const skipped = sessions.filter((entry) => entry.data.lifecycle === 'cancelled' || entry.data.lifecycle === 'postponed');
    expect(skipped.some((entry) => entry.data.start! > now && entry.data.start! < next.at(-1)!.data.start!)).toBe(true);
    expect(next.some((entry) => entry.data.lifecycle === 'cancelled' || entry.data.lifecycle === 'postponed')).toBe(false);
  });

  it('offers nothing once every session has started, and never an on-demand module', () => {
    expect(nextSessions(sessions, new Date('2030-01-01T00:00:00+09:00'))).toEqual([]);
    expect(nextSessions(sessions, new Date('2026-01-01T00:00:00+09:00'), 100).some((entry) => entry.data.start === undefined)).toBe(false);
  });
});

describe('news', () => {
  const news = entriesOf('news', newsSchema);

  it('has sample entries for a new episode, a new video and new sessions, labelled as samples', () => {
    expect(new Set(news.map((entry) => entry.data.category))).toEqual(new Set(['manga', 'video', 'seminar']));
    expect(news.every((entry) => entry.data.sample)).toBe(true);
  });

  it('lists newest first, and the feeds carry the same order with サンプル in the title', () => {
    const ordered = newestFirst(news);
    const times = ordered.map((entry) => entry.data.published.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const items = newsFeedItems(news, 'https://example.jp');
    expect(items.map((item) => item.link)).toEqual(ordered.map((entry) => `https://example.jp/news/${entry.id}/`));
    expect(items.every((item) => item.title.startsWith('【サンプル】'))).toBe(true);
    expect(newsFeedItems(news, 'https://example.jp', 2)).toHaveLength(2);
  });

  it('rejects an entry without a +09:00 date, with an off-site link, or without a summary, in Japanese', () => {
    const good = { title: 'お知らせ', published: '2026-12-01T10:00:00+09:00', category: 'site', summary: '概要です。' };
    expect(newsSchema.safeParse(good).success).toBe(true);
    const message = (data: object) => newsSchema.safeParse(data).error?.issues.map((issue) => issue.message).join(' ');
    expect(message({ ...good, published: '2026-12-01T10:00:00' })).toMatch(/\+09:00/);
    expect(message({ ...good, link: '//evil.example/' })).toMatch(/サイト内のパス/);
    expect(message({ ...good, summary: ' ' })).toMatch(/概要（summary）/);
  });
});

describe('headlineFigures', () => {
  it('quotes the plan: 令和8年 病院74.7%・一般診療所59.9%, then the targets, from the dashboard data', async () => {
    const { headlineFigures } = await import('../../src/lib/charts/adoption');
    const { adoptionSchema } = await import('../../src/schemas/adoption');
    const rows = headlineFigures(entriesOf('adoption', adoptionSchema).map((entry) => entry.data));
    expect(rows.map((row) => `${row.period} ${row.label} ${row.valueText}`)).toEqual([
      '令和8年 病院 74.7%',
      '令和8年 一般診療所 59.9%',
      '令和9年度まで 病院 概ね100%',
      '令和12年度まで 医科診療所 概ね100%',
    ]);
  });
});
