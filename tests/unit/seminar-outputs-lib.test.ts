/** Pure helpers behind the seminar outputs: calendar view per lifecycle, feeds, filter pages, session image. */
import { describe, expect, it } from 'vitest';
import { seminarSchema } from '../../src/schemas/seminar';
import { audiencesOf, calendarSessionOf, facetValuesOf, matchesFacet, seminarFeeds } from '../../src/lib/seminars/sessions';
import { sessionImageSvg, wrapText } from '../../src/lib/seminars/image';
import { formatDateTimeRangeWithEra } from '../../src/lib/site/dates';

const outreach = seminarSchema.parse({
  title: '出張講習会（眼科）',
  kind: 'outreach',
  format: 'in-person',
  specialty: 'ophthalmology',
  summary: '概要',
  start: '2027-01-21T19:00:00+09:00',
  end: '2027-01-21T20:30:00+09:00',
  venue: { name: '会場', address: '東京都立川市1-2-3' },
  audience: '都内診療所の医師',
});
const change = (note: string) => ({ date: new Date('2026-12-24T10:00:00+09:00'), note });
const basic = seminarSchema.parse({ title: '①基礎', kind: 'basic', format: 'on-demand', summary: '概要', audience: '医療機関', availableFrom: '2026-06-01T10:00:00+09:00', availableUntil: '2027-02-28T23:59:59+09:00' });

describe('calendarSessionOf', () => {
  it('prefixes the title by lifecycle and counts the changes as SEQUENCE, with the latest notice first in the description', () => {
    const postponed = calendarSessionOf('x', { ...outreach, lifecycle: 'postponed', changes: [change('延期します。')] }, 'https://navi.example.jp/')!;
    expect(postponed.title).toBe('【延期】出張講習会（眼科）');
    expect(postponed.sequence).toBe(1);
    expect(postponed.description.startsWith('延期します。')).toBe(true);
    const twice = calendarSessionOf('x', { ...outreach, lifecycle: 'cancelled', changes: [change('延期します。'), change('中止します。')] }, 'https://navi.example.jp/')!;
    expect(twice.title.startsWith('【中止】')).toBe(true);
    expect(twice.sequence).toBe(2);
    expect(calendarSessionOf('x', outreach, 'https://navi.example.jp/')!.sequence).toBe(0);
  });
  it('gives an on-demand module an all-day event on its last viewing day', () => {
    const session = calendarSessionOf('b', basic, 'https://navi.example.jp/')!;
    expect(session).toMatchObject({ allDay: true, title: '【視聴期限】①基礎' });
    expect(session.start.toISOString()).toBe('2027-02-28T14:59:59.000Z');
  });
});

describe('feeds and filter pages', () => {
  it('has one feed for all, one per tier and one per specialty or hospital type', () => {
    const feeds = seminarFeeds();
    expect(feeds[0]).toMatchObject({ id: 'all', path: '/seminars/calendar.ics' });
    expect(feeds.map((f) => f.path)).toEqual(expect.arrayContaining(['/seminars/calendar/basic.ics', '/seminars/calendar/ophthalmology.ics', '/seminars/calendar/acute-care.ics']));
    expect(feeds.find((f) => f.id === 'ophthalmology')!.includes(outreach)).toBe(true);
    expect(feeds.find((f) => f.id === 'basic')!.includes(outreach)).toBe(false);
  });
  it('lists a page per value that has sessions, and a postponed session is in no month', () => {
    const paths = facetValuesOf([outreach, basic]).map((v) => v.path);
    expect(paths).toEqual(expect.arrayContaining(['/seminars/tier/outreach/', '/seminars/specialty/ophthalmology/', '/seminars/month/2027-01/', '/seminars/audience/clinic/', '/seminars/audience/hospital/']));
    expect(paths).not.toContain('/seminars/specialty/dermatology/');
    // Past months get no page: the basic modules span months since June.
    expect(facetValuesOf([outreach, basic], '2027-01').filter((v) => v.facet === 'month').map((v) => v.value)).toEqual(['2027-01', '2027-02']);
    const postponed = { ...outreach, lifecycle: 'postponed' as const, changes: [change('延期')] };
    expect(matchesFacet(postponed, 'month', '2027-01')).toBe(false);
    expect(matchesFacet(postponed, 'specialty', 'ophthalmology')).toBe(true);
    expect(audiencesOf(basic)).toEqual(['hospital', 'clinic']);
  });
});

describe('session image and date', () => {
  it('formats the date in 和暦（西暦） with the weekday', () => {
    expect(formatDateTimeRangeWithEra(outreach.start!, outreach.end)).toBe('令和9年（2027年）1月21日（木）19:00〜20:30');
  });
  it('wraps long titles and escapes markup', () => {
    expect(wrapText('あいうえおかきくけこ', 4, 2)).toEqual(['あいうえ', 'おかき…']);
    const svg = sessionImageSvg({ kind: '出張講習会', title: '<script>&"', when: '令和9年', lifecycle: '【中止】', site: 'navi' });
    expect(svg).toContain('【中止】&lt;script&gt;&amp;&quot;');
    expect(svg).toMatch(/width="1920"/);
  });
});
