/**
 * What the build wrote for the seminars, read from dist/: each session page's JSON-LD against
 * the fields Google's Event and Course guidelines require and recommend, the calendars parsed
 * with ical.js (lifecycle, SEQUENCE, UIDs, feeds), and the per-session image size.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { builtPagePaths, distDir, readBuilt } from '../support/dist';
import { sessionFilesManifest } from '../../src/integrations/session-files';

const sessionPages = builtPagePaths().filter((p) => /^\/seminars\/[a-z0-9-]+\/$/.test(p) && !/^\/seminars\/(archive)\/$/.test(p));
const jsonLdOf = (pagePath: string) =>
  [...readBuilt(pagePath).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, any>).find((ld) => ld['@type'] === 'Event' || ld['@type'] === 'Course');
const ics = (file: string) => {
  const component = new ICAL.Component(ICAL.parse(readFileSync(path.join(distDir, file), 'utf8')));
  return { component, events: component.getAllSubcomponents('vevent') };
};
const eventOf = (file: string, slug: string) => ics(file).events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith(`seminar-${slug}@`))!;

/** Google's Event structured data: required, then recommended (developers.google.com/search/docs/appearance/structured-data/event). */
const eventRequired = ['name', 'startDate', 'location'];
const eventRecommended = ['description', 'endDate', 'eventAttendanceMode', 'eventStatus', 'image', 'offers', 'organizer', 'performer'];
const offerFields = ['price', 'priceCurrency', 'availability', 'url', 'validFrom', 'validThrough'];
const addressFields = ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry'];
/** Google's Course info: Course name, description, provider, offers; CourseInstance courseMode, courseWorkload / courseSchedule, instructor. */
const courseRequired = ['name', 'description', 'provider', 'offers', 'hasCourseInstance'];
const instanceRequired = ['courseMode', 'courseWorkload', 'courseSchedule', 'instructor'];

describe('JSON-LD of every session page', () => {
  it('finds the session pages', () => {
    expect(sessionPages.length).toBeGreaterThanOrEqual(19);
  });

  it.each(sessionPages)('%s has every required and recommended field', (pagePath) => {
    const ld = jsonLdOf(pagePath);
    expect(ld, 'an Event or Course').toBeDefined();
    const missing = (object: Record<string, unknown>, fields: string[]) => fields.filter((f) => object[f] === undefined || object[f] === '');
    if (ld!['@type'] === 'Event') {
      expect(missing(ld!, [...eventRequired, ...eventRecommended])).toEqual([]);
      expect(ld!.startDate).toMatch(/\+09:00$/);
      expect(missing(ld!.offers, offerFields)).toEqual([]);
      const locations = [ld!.location].flat();
      for (const place of locations.filter((l) => l['@type'] === 'Place')) expect(missing(place.address, addressFields)).toEqual([]);
      for (const virtual of locations.filter((l) => l['@type'] === 'VirtualLocation')) expect(virtual.url).not.toMatch(/forms\.example\.jp/);
      expect(ld!.image[0]).toMatch(/\/seminars\/[a-z0-9-]+\/image\.png$/);
      if (ld!.eventStatus === 'https://schema.org/EventRescheduled') expect(ld!.previousStartDate).toMatch(/\+09:00$/);
    } else {
      expect(missing(ld!, courseRequired)).toEqual([]);
      for (const instance of ld!.hasCourseInstance) expect(missing(instance, instanceRequired)).toEqual([]);
    }
  });

  it('the cancelled, postponed and rescheduled sessions say so', () => {
    expect(jsonLdOf('/seminars/outreach-dermatology-2/')!.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(jsonLdOf('/seminars/outreach-ophthalmology/')!.eventStatus).toBe('https://schema.org/EventPostponed');
    const rescheduled = jsonLdOf('/seminars/outreach-psychiatry-2/')!;
    expect(rescheduled.eventStatus).toBe('https://schema.org/EventRescheduled');
    expect(rescheduled.previousStartDate).toBe('2027-01-30T14:00:00+09:00');
  });

  it('each session image is a PNG at least 1,920 px wide', () => {
    for (const pagePath of sessionPages) {
      const png = readFileSync(path.join(distDir, pagePath, 'image.png'));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16), pagePath).toBeGreaterThanOrEqual(1920);
    }
  });
});

describe('calendars', () => {
  it('a cancelled and a postponed session are CANCELLED with 【中止】/【延期】 and a raised SEQUENCE, in their own file and every feed that holds them', () => {
    for (const [slug, prefix, feeds] of [
      ['outreach-dermatology-2', '【中止】', ['seminars/calendar.ics', 'seminars/calendar/outreach.ics', 'seminars/calendar/dermatology.ics']],
      ['outreach-ophthalmology', '【延期】', ['seminars/calendar.ics', 'seminars/calendar/outreach.ics', 'seminars/calendar/ophthalmology.ics']],
    ] as const) {
      for (const file of [`seminars/${slug}.ics`, ...feeds]) {
        const event = eventOf(file, slug);
        expect(event, `${slug} in ${file}`).toBeDefined();
        expect(event.getFirstPropertyValue('status'), file).toBe('CANCELLED');
        expect(String(event.getFirstPropertyValue('summary')).startsWith(prefix), file).toBe(true);
        expect(event.getFirstPropertyValue('sequence'), file).toBe(1);
      }
    }
  });

  it('SEQUENCE is 0 for unchanged sessions and the number of changes otherwise', () => {
    expect(eventOf('seminars/calendar.ics', 'outreach-orthopedics-2').getFirstPropertyValue('sequence')).toBe(0);
    expect(eventOf('seminars/calendar.ics', 'outreach-psychiatry-2').getFirstPropertyValue('sequence')).toBe(1);
  });

  it('the feeds hold exactly their sessions, each UID once, and the basic modules as all-day last viewing days', () => {
    const all = ics('seminars/calendar.ics').events;
    const uids = all.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.length).toBe(19);
    const basic = ics('seminars/calendar/basic.ics').events;
    expect(basic).toHaveLength(4);
    for (const event of basic) {
      expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).isDate).toBe(true);
      expect(event.getFirstSubcomponent('valarm')).toBeTruthy();
    }
    const dermatology = ics('seminars/calendar/dermatology.ics').events.map((e) => String(e.getFirstPropertyValue('uid')).split('@')[0]);
    expect(dermatology.sort()).toEqual(['seminar-outreach-dermatology-1', 'seminar-outreach-dermatology-2']);
  });

  it('every session in calendar.ics has its own .ics holding that one event, and the build step leaves no list of files behind', () => {
    const uids = ics('seminars/calendar.ics').events.map((e) => String(e.getFirstPropertyValue('uid')));
    const own = readdirSync(path.join(distDir, 'seminars')).filter((name) => name.endsWith('.ics') && name !== 'calendar.ics');
    expect(own.map((name) => `seminar-${name.slice(0, -'.ics'.length)}`).sort()).toEqual(uids.map((uid) => uid.split('@')[0]).sort());
    for (const name of own) expect(ics(`seminars/${name}`).events.map((e) => String(e.getFirstPropertyValue('uid'))), name).toEqual([uids.find((uid) => uid.startsWith(`seminar-${name.slice(0, -'.ics'.length)}@`))]);
    expect(existsSync(path.join(distDir, sessionFilesManifest))).toBe(false);
  });

  it('/seminars/ links every feed over https and webcal', () => {
    const html = readBuilt('/seminars/');
    for (const feed of ['calendar.ics', 'calendar/basic.ics', 'calendar/outreach.ics', 'calendar/dermatology.ics']) {
      expect(html).toContain(`href="/seminars/${feed}"`);
      expect(html).toMatch(new RegExp(`href="webcal://[^"]+/seminars/${feed.replace('.', '\\.')}"`));
    }
  });
});
