/** JSON-LD: Events per Google's Event requirements, Courses for on-demand modules. */
import { describe, expect, it } from 'vitest';
import { seminarSchema, type SeminarData } from '../../src/schemas/seminar';
import { seminarJsonLd } from '../../src/lib/seminars/json-ld';
import { serializeJsonLd } from '../../src/lib/site/json-ld';

const context = {
  pageUrl: 'https://navi.example.jp/seminars/x/',
  imageUrl: 'https://navi.example.jp/og-default.png',
  organizerName: '東京都',
  organizerUrl: 'https://navi.example.jp/',
  now: new Date('2026-11-25T12:00:00+09:00'),
};
const base = {
  title: '応用編「療養型病院編」',
  kind: 'applied',
  hospitalType: 'long-term-care',
  format: 'hybrid',
  summary: '概要',
  start: '2027-01-14T18:30:00+09:00',
  end: '2027-01-14T20:00:00+09:00',
  venue: { name: '東京都庁第一本庁舎', address: '東京都新宿区西新宿二丁目8番1号' },
  online: { platform: 'オンライン配信' },
  capacity: 100,
  audience: '都内病院の医師・看護師・事務職員等',
  registration: { url: 'https://forms.example.jp/a', opens: '2026-11-16T10:00:00+09:00', closes: '2027-01-12T17:00:00+09:00' },
};
const parse = (input: object): SeminarData => seminarSchema.parse(input);

describe('seminarJsonLd for dated sessions', () => {
  const ld = seminarJsonLd(parse(base), context) as Record<string, any>;
  it('has what Google requires and recommends, with +09:00 offsets', () => {
    expect(ld['@type']).toBe('Event');
    expect(ld.name).toBe(base.title);
    expect(ld.startDate).toBe('2027-01-14T18:30:00+09:00');
    expect(ld.endDate).toBe('2027-01-14T20:00:00+09:00');
    expect(ld.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(ld.organizer).toMatchObject({ name: '東京都' });
    expect(ld.image).toEqual([context.imageUrl]);
  });
  it('a hybrid session is Mixed with both a Place (with address) and a VirtualLocation', () => {
    expect(ld.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(ld.location.map((l: { '@type': string }) => l['@type'])).toEqual(['Place', 'VirtualLocation']);
    expect(ld.location[0].address.streetAddress).toBe(base.venue.address);
    expect(ld.location[1].url).toMatch(/^https:\/\//);
  });
  it('offers a free place, in stock while registration is open, from the opening date', () => {
    expect(ld.offers).toMatchObject({ '@type': 'Offer', price: 0, priceCurrency: 'JPY', availability: 'https://schema.org/InStock', validFrom: '2026-11-16T10:00:00+09:00', url: base.registration.url });
  });
  it('an in-person session has a single Place and is Offline', () => {
    const inPerson = seminarJsonLd(parse({ ...base, format: 'in-person', online: undefined }), context) as Record<string, any>;
    expect(inPerson.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(inPerson.location['@type']).toBe('Place');
  });
  it('maps the seat flags to availability and the lifecycle to eventStatus', () => {
    const withOverride = (override: string) => (seminarJsonLd(parse({ ...base, registration: { ...base.registration, override } }), context) as Record<string, any>).offers.availability;
    expect(withOverride('full')).toBe('https://schema.org/SoldOut');
    expect(withOverride('few-left')).toBe('https://schema.org/LimitedAvailability');
    expect(withOverride('waitlist')).toBe('https://schema.org/BackOrder');
    const change = [{ date: '2026-11-20T10:00:00+09:00', note: '変更' }];
    const status = (extra: object) => (seminarJsonLd(parse({ ...base, changes: change, ...extra }), context) as Record<string, any>);
    expect(status({ lifecycle: 'cancelled' }).eventStatus).toBe('https://schema.org/EventCancelled');
    expect(status({ lifecycle: 'postponed' }).eventStatus).toBe('https://schema.org/EventPostponed');
    const moved = status({ lifecycle: 'moved-online', format: 'online', venue: undefined });
    expect(moved.eventStatus).toBe('https://schema.org/EventMovedOnline');
    expect(moved.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    const rescheduled = status({ lifecycle: 'rescheduled', previousStart: '2027-01-07T18:30:00+09:00' });
    expect(rescheduled.eventStatus).toBe('https://schema.org/EventRescheduled');
    expect(rescheduled.previousStartDate).toBe('2027-01-07T18:30:00+09:00');
  });
  it('gives the full address, a performer, validThrough, and a VirtualLocation that is not the form', () => {
    const full = seminarJsonLd(parse({ ...base, venue: { ...base.venue, postalCode: '163-8001' } }), context) as Record<string, any>;
    expect(full.location[0].address).toMatchObject({ postalCode: '163-8001', addressLocality: '新宿区', addressRegion: '東京都', addressCountry: 'JP' });
    expect(full.location[1].url).not.toBe(base.registration.url);
    expect(full.performer).toMatchObject({ name: '東京都' });
    expect(full.offers.validThrough).toBe('2027-01-12T17:00:00+09:00');
  });
});

describe('seminarJsonLd for on-demand modules', () => {
  const ld = seminarJsonLd(
    parse({ title: '①国が進める医療DXの取組について', kind: 'basic', format: 'on-demand', summary: '概要', audience: '都内医療機関の医師・看護師・事務職員等', availableFrom: '2026-06-01T10:00:00+09:00', availableUntil: '2027-02-28T23:59:59+09:00' }),
    context,
  ) as Record<string, any>;
  it('is a Course with an online instance for the viewing period, not an Event', () => {
    expect(ld['@type']).toBe('Course');
    expect(ld.startDate).toBeUndefined();
    expect(ld.hasCourseInstance[0]).toMatchObject({ '@type': 'CourseInstance', courseMode: 'Online', startDate: '2026-06-01T10:00:00+09:00', endDate: '2027-02-28T23:59:59+09:00' });
    expect(ld.hasCourseInstance[0].instructor[0].name).toBe('東京都');
    expect(ld.hasCourseInstance[0].courseSchedule).toMatchObject({ '@type': 'Schedule', startDate: '2026-06-01', endDate: '2027-02-28' });
    expect(ld.provider.name).toBe('東京都');
    expect(ld.isAccessibleForFree).toBe(true);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close its script element', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});
