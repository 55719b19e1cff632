/** .ics output parsed back with ical.js, a real iCalendar parser; Google Calendar link. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { googleCalendarUrl, sessionUid, sessionsToIcs, type CalendarSession } from '../../src/lib/seminar-calendar';
import { mergeCalendars } from '../../src/lib/ics-merge';

const longTitle = '医療DXに係る出張講習会（整形外科）第1回：電子カルテ導入の実際と、東京都の支援策、サイバーセキュリティ対策; 質疑応答, 個別相談';
const sessions: CalendarSession[] = [
  {
    slug: 'outreach-orthopedics-1',
    title: longTitle,
    // 00:30 JST is the previous day in UTC: the date must stay the Tokyo one.
    start: new Date('2026-10-08T00:30:00+09:00'),
    end: new Date('2026-10-08T02:00:00+09:00'),
    description: '第1部 講義\n第2部 東京都職員による説明',
    location: 'サンプル区民ホール（東京都墨田区サンプル4-5-6）',
    url: 'https://navi.example.jp/seminars/outreach-orthopedics-1/',
  },
  {
    slug: 'outreach-dermatology-2',
    title: '皮膚科 第2回',
    start: new Date('2027-01-16T14:00:00+09:00'),
    end: new Date('2027-01-16T16:00:00+09:00'),
    description: '中止',
    url: 'https://navi.example.jp/seminars/outreach-dermatology-2/',
    override: 'cancelled',
  },
];
const stamp = new Date('2026-11-25T03:04:05Z');
const ics = sessionsToIcs(sessions, { name: 'テスト', uidDomain: 'navi.example.jp', stamp });

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return { component, events: component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('sessionsToIcs', () => {
  it('uses CRLF line ends only and folds every line to at most 75 octets', () => {
    expect(ics).not.toMatch(/[^\r]\n/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/\r\n /); // the long Japanese title was folded
  });

  it('parses back to the same instants, title (with escaped , and ;), place and URL', () => {
    const { events } = parse(ics);
    expect(events).toHaveLength(2);
    const [first] = events;
    expect(first!.summary).toBe(longTitle);
    expect(first!.location).toBe(sessions[0]!.location);
    expect(first!.description).toBe(`${sessions[0]!.description}\n\n${sessions[0]!.url}`);
    expect(first!.startDate.toJSDate().getTime()).toBe(sessions[0]!.start.getTime());
    expect(first!.endDate.toJSDate().getTime()).toBe(sessions[0]!.end!.getTime());
  });

  it('writes Tokyo wall-clock times under TZID=Asia/Tokyo with a VTIMEZONE, and DTSTAMP in UTC', () => {
    const { component, events } = parse(ics);
    expect(ics).toContain('DTSTART;TZID=Asia/Tokyo:20261008T003000');
    expect(events[0]!.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Asia/Tokyo');
    expect(events[0]!.startDate.zone?.tzid).toBe('Asia/Tokyo');
    const tz = component.getFirstSubcomponent('vtimezone');
    expect(tz?.getFirstPropertyValue('tzid')).toBe('Asia/Tokyo');
    expect(tz?.getFirstSubcomponent('standard')?.getFirstPropertyValue('tzoffsetto')?.toString()).toBe('+09:00');
    const dtstamp = component.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(dtstamp.zone?.tzid).toBe('UTC');
    expect(dtstamp.toJSDate().getTime()).toBe(stamp.getTime());
  });

  it('writes the same file whatever the build machine\'s time zone', () => {
    const original = process.env.TZ;
    try {
      const outputs = ['UTC', 'Asia/Tokyo', 'America/New_York', 'Europe/London'].map((zone) => {
        process.env.TZ = zone;
        return sessionsToIcs(sessions, { name: 'テスト', uidDomain: 'navi.example.jp', stamp });
      });
      expect(new Set(outputs).size).toBe(1);
    } finally {
      process.env.TZ = original;
    }
  });

  it('gives stable UIDs and marks cancelled sessions', () => {
    const { events } = parse(ics);
    expect(events.map((e) => e.uid)).toEqual([sessionUid('outreach-orthopedics-1', 'navi.example.jp'), sessionUid('outreach-dermatology-2', 'navi.example.jp')]);
    expect(sessionsToIcs(sessions, { name: 'テスト', uidDomain: 'navi.example.jp', stamp: new Date() })).toContain('UID:seminar-outreach-orthopedics-1@navi.example.jp');
    expect(events[1]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(events[0]!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });
});

describe('mergeCalendars (the shortlist export)', () => {
  const one = sessionsToIcs([sessions[0]!], { name: sessions[0]!.title, uidDomain: 'navi.example.jp', stamp });
  const two = sessionsToIcs([sessions[1]!], { name: sessions[1]!.title, uidDomain: 'navi.example.jp', stamp });

  it('joins the events of several files under one VTIMEZONE and the new name, and still parses', () => {
    const merged = mergeCalendars([one, two, one], '気になる講習会');
    const { component, events } = parse(merged);
    expect(events.map((e) => e.uid)).toEqual([sessionUid('outreach-orthopedics-1', 'navi.example.jp'), sessionUid('outreach-dermatology-2', 'navi.example.jp')]);
    expect(component.getAllSubcomponents('vtimezone')).toHaveLength(1);
    expect(component.getAllProperties('x-wr-calname').map((p) => p.getFirstValue())).toEqual(['気になる講習会']);
    expect(events[0]!.startDate.toJSDate().getTime()).toBe(sessions[0]!.start.getTime());
    expect(merged.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('rejects a name that would need escaping or folding', () => {
    expect(() => mergeCalendars([one], 'a,b')).toThrow();
    expect(() => mergeCalendars([], 'ok')).toThrow();
  });
});

describe('googleCalendarUrl', () => {
  it('has the UTC range, the Tokyo display zone and the texts', () => {
    const url = new URL(googleCalendarUrl(sessions[0]!));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('dates')).toBe('20261007T153000Z/20261007T170000Z');
    expect(url.searchParams.get('ctz')).toBe('Asia/Tokyo');
    expect(url.searchParams.get('text')).toBe(longTitle);
    expect(url.searchParams.get('location')).toBe(sessions[0]!.location);
  });
});
