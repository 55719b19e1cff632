/** .ics output parsed back with ical.js, a real iCalendar parser; Google Calendar link. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { googleCalendarUrl, sessionUid, sessionsToIcs, type CalendarSession } from '../../src/lib/seminars/calendar';
import { escapeIcsText, mergeCalendars } from '../../src/lib/seminars/ics-merge';

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
    lifecycle: 'scheduled',
    sequence: 0,
  },
  {
    slug: 'outreach-dermatology-2',
    title: '皮膚科 第2回',
    start: new Date('2027-01-16T14:00:00+09:00'),
    end: new Date('2027-01-16T16:00:00+09:00'),
    description: '中止',
    url: 'https://navi.example.jp/seminars/outreach-dermatology-2/',
    lifecycle: 'cancelled',
    sequence: 1,
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
      // Assigning undefined would set the string "undefined" (an unknown zone, read as UTC).
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
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

  it('escapes and folds the name, and refuses an empty list', () => {
    const name = '気になる講習会; 皮膚科, 眼科\r\n2027年 \\ 冬の予定と、ずっと先まで続くとても長いカレンダーの名前';
    const merged = mergeCalendars([one], name);
    for (const line of merged.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const { component } = parse(merged);
    // ical.js does not know NAME / X-WR-CALNAME as TEXT, so it hands back the escaped form as written.
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe(escapeIcsText(name));
    expect(component.getFirstPropertyValue('name')).toBe(escapeIcsText(name));
    expect(escapeIcsText(name)).toContain('気になる講習会\\; 皮膚科\\, 眼科\\n2027年 \\\\ 冬');
    expect(() => mergeCalendars([], 'ok')).toThrow();
  });
});

describe('escaping every text property (CR, LF, ; and ,)', () => {
  const nasty = 'a;b,c\\d\r\ne\nf\rg';
  const text = sessionsToIcs(
    [{ ...sessions[0]!, title: `題${nasty}`, description: `説明${nasty}`, location: `会場${nasty}` }],
    { name: `暦${nasty}`, uidDomain: 'navi.example.jp', stamp },
  );
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  it('writes escaped TEXT in NAME, X-WR-CALNAME, SUMMARY, DESCRIPTION and LOCATION', () => {
    for (const property of ['NAME', 'X-WR-CALNAME', 'SUMMARY', 'DESCRIPTION', 'LOCATION']) {
      const line = unfolded.split('\r\n').find((l) => l.startsWith(`${property}:`));
      expect(line, property).toBeDefined();
      expect(line, property).toContain('a\\;b\\,c\\\\d\\ne\\nf\\ng');
    }
    // No bare CR or LF inside a line: every line break is a CRLF between properties.
    expect(text).not.toMatch(/[^\r]\n|\r[^\n]/);
  });
  it('parses back to the original texts (line breaks as \\n)', () => {
    const { component, events } = parse(text);
    const expected = 'a;b,c\\d\ne\nf\ng';
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe(`暦a\\;b\\,c\\\\d\\ne\\nf\\ng`);
    expect(events[0]!.summary).toBe(`題${expected}`);
    expect(events[0]!.location).toBe(`会場${expected}`);
    expect(events[0]!.description.startsWith(`説明${expected}`)).toBe(true);
  });
});

describe('lifecycle in calendars', () => {
  const at = (lifecycle: CalendarSession['lifecycle'], sequence: number) => parse(sessionsToIcs([{ ...sessions[0]!, lifecycle, sequence }], { name: 't', uidDomain: 'navi.example.jp', stamp })).events[0]!;
  it('a cancelled or postponed session is CANCELLED (its date is void); the others CONFIRMED', () => {
    expect(at('cancelled', 1).component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(at('postponed', 1).component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(at('rescheduled', 1).component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(at('moved-online', 1).component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });
  it('writes the SEQUENCE it is given, so a later change supersedes the held event', () => {
    expect(at('scheduled', 0).component.getFirstPropertyValue('sequence')).toBe(0);
    expect(at('rescheduled', 2).component.getFirstPropertyValue('sequence')).toBe(2);
  });
  it('no Google link for a session one cannot attend', () => {
    expect(googleCalendarUrl({ ...sessions[0]!, lifecycle: 'cancelled' })).toBeUndefined();
    expect(googleCalendarUrl({ ...sessions[0]!, lifecycle: 'postponed' })).toBeUndefined();
    expect(googleCalendarUrl({ ...sessions[0]!, lifecycle: 'rescheduled' })).toBeDefined();
  });
  it('an all-day last viewing day is a DATE event on the Tokyo day with a reminder a week before', () => {
    const text = sessionsToIcs([{ ...sessions[0]!, start: new Date('2027-02-28T23:59:59+09:00'), end: undefined, allDay: true }], { name: 't', uidDomain: 'navi.example.jp', stamp });
    expect(text).toContain('DTSTART;VALUE=DATE:20270228');
    const event = parse(text).events[0]!;
    expect(event.startDate.isDate).toBe(true);
    const alarm = event.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('trigger')?.toString()).toBe('-P7D');
    const google = new URL(googleCalendarUrl({ ...sessions[0]!, start: new Date('2027-02-28T23:59:59+09:00'), allDay: true })!);
    expect(google.searchParams.get('dates')).toBe('20270228/20270301');
  });
});

describe('googleCalendarUrl', () => {
  it('has the UTC range, the Tokyo display zone and the texts', () => {
    const url = new URL(googleCalendarUrl(sessions[0]!)!);
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('dates')).toBe('20261007T153000Z/20261007T170000Z');
    expect(url.searchParams.get('ctz')).toBe('Asia/Tokyo');
    expect(url.searchParams.get('text')).toBe(longTitle);
    expect(url.searchParams.get('location')).toBe(sessions[0]!.location);
  });
});
