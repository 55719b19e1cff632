/**
 * Calendar files and links for dated sessions. The .ics text comes from ical-generator
 * (folding, escaping, CRLF) with the VTIMEZONE from timezones-ical-library, so Outlook,
 * Apple Calendar and Google all place the session at Tokyo time whatever the reader's zone.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { RegistrationOverride } from '../schemas/seminar';

export const CALENDAR_TIME_ZONE = 'Asia/Tokyo';

export interface CalendarSession {
  /** Entry id; becomes the stable UID. */
  slug: string;
  title: string;
  start: Date;
  end?: Date | undefined;
  description: string;
  /** Venue name and address, or the streaming platform. */
  location?: string | undefined;
  /** Absolute URL of the session page. */
  url: string;
  override?: RegistrationOverride | undefined;
}

export interface CalendarOptions {
  /** Calendar name shown by the calendar app. */
  name: string;
  /** Host part of the UIDs, e.g. the site's host name. */
  uidDomain: string;
  /** DTSTAMP: when this file was generated (the build time). */
  stamp: Date;
}

/** Stable across builds so a re-imported file updates the event instead of duplicating it. */
export function sessionUid(slug: string, uidDomain: string): string {
  return `seminar-${slug}@${uidDomain}`;
}

const tokyoParts = new Intl.DateTimeFormat('en-US', {
  timeZone: CALENDAR_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/**
 * For an event with a TZID, ical-generator writes a native Date from its *local* fields
 * (getHours…), i.e. in the build machine's zone. So we hand it a Date whose local fields are
 * the Tokyo wall clock: correct on any machine whose zone has no DST gap at that wall time
 * (UTC in CI, Asia/Tokyo on editors' PCs). The unit test runs under several zones.
 */
function tokyoWallClock(date: Date): Date {
  const parts = Object.fromEntries(tokyoParts.formatToParts(date).map((p) => [p.type, Number(p.value)]));
  return new Date(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

function vtimezone(tz: string): string | null {
  const block = tzlib_get_ical_block(tz);
  return Array.isArray(block) ? (block[0] ?? null) : null;
}

const statusFor = (override: RegistrationOverride | undefined): ICalEventStatus =>
  override === 'cancelled' ? ICalEventStatus.CANCELLED : override === 'postponed' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED;

/** One VCALENDAR with a VEVENT per session, as RFC 5545 text (CRLF line ends). */
export function sessionsToIcs(sessions: readonly CalendarSession[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: options.uidDomain, product: 'seminars', language: 'JA' },
    // No calendar-wide zone, so DTSTAMP stays UTC with `Z` as RFC 5545 requires; the generator
    // still writes the VTIMEZONE for the events' TZID.
    timezone: { name: null, generator: vtimezone },
  });
  for (const session of sessions) {
    calendar.createEvent({
      id: sessionUid(session.slug, options.uidDomain),
      stamp: options.stamp,
      start: tokyoWallClock(session.start),
      end: tokyoWallClock(session.end ?? session.start),
      timezone: CALENDAR_TIME_ZONE,
      summary: session.title,
      description: `${session.description}\n\n${session.url}`,
      location: session.location ?? null,
      url: session.url,
      status: statusFor(session.override),
    });
  }
  return calendar.toString();
}

/** yyyymmddThhmmssZ, the form Google's `dates` parameter takes. */
function googleDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A 「Google カレンダーに追加」 link; `ctz` shows the times in Tokyo even on a phone set elsewhere. */
export function googleCalendarUrl(session: CalendarSession): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: session.title,
    dates: `${googleDate(session.start)}/${googleDate(session.end ?? session.start)}`,
    details: `${session.description}\n\n${session.url}`,
    ctz: CALENDAR_TIME_ZONE,
  });
  if (session.location) params.set('location', session.location);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
