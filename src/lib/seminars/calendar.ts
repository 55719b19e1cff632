/**
 * Calendar files and links for sessions. The .ics text comes from ical-generator
 * (folding, escaping, CRLF) with the VTIMEZONE from timezones-ical-library, so Outlook,
 * Apple Calendar and Google all place the session at Tokyo time whatever the reader's zone.
 */
import ical, { ICalAlarmType, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { isAttendable, type SeminarLifecycle } from '../../schemas/seminar-values';
import { escapeIcsText } from './ics-merge';

import { TIME_ZONE } from '../site/dates';

export interface CalendarSession {
  /** Entry id; becomes the stable UID. */
  slug: string;
  /** Already prefixed 【中止】/【延期】… where the lifecycle calls for it. */
  title: string;
  start: Date;
  end?: Date | undefined;
  /** An all-day event on the Tokyo day of `start` (the basic modules' last viewing day). */
  allDay?: boolean | undefined;
  description: string;
  /** Venue name and address, or the streaming platform. */
  location?: string | undefined;
  /** Absolute URL of the session page. */
  url: string;
  lifecycle: SeminarLifecycle;
  /** Rises with each published change (RFC 5545 SEQUENCE), so subscribed calendars update the event. */
  sequence: number;
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
  timeZone: TIME_ZONE,
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
  const time = date.getTime();
  let parts = wallClocks.get(time);
  if (!parts) {
    parts = Object.fromEntries(tokyoParts.formatToParts(date).map((p) => [p.type, Number(p.value)]));
    wallClocks.set(time, parts);
  }
  return new Date(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}
/**
 * Tokyo wall-clock fields by instant: each session's times are converted for its own .ics, every
 * feed it is in and its Google link, and formatToParts is the slow step (issue 23).
 */
const wallClocks = new Map<number, Record<string, number>>();

/** The Tokyo calendar day of `date` as a local-midnight Date, for all-day events. */
function tokyoDay(date: Date, addDays = 0): Date {
  const wall = tokyoWallClock(date);
  return new Date(wall.getFullYear(), wall.getMonth(), wall.getDate() + addDays);
}

/** The VTIMEZONE block is the same for every file: look it up once per build, not once per .ics. */
const timezoneBlocks = new Map<string, string | null>();
function vtimezone(tz: string): string | null {
  if (!timezoneBlocks.has(tz)) {
    const block = tzlib_get_ical_block(tz);
    timezoneBlocks.set(tz, Array.isArray(block) ? (block[0] ?? null) : null);
  }
  return timezoneBlocks.get(tz) ?? null;
}

/**
 * A postponed session has no date any more: CANCELLED (with 【延期】 in the title) removes the
 * old date from calendars that hold it, where TENTATIVE would keep it looking valid.
 */
export function icsStatusOf(lifecycle: SeminarLifecycle): ICalEventStatus {
  return isAttendable(lifecycle) ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED;
}

const WEEK_SECONDS = 7 * 24 * 60 * 60;

/** One VCALENDAR with a VEVENT per session, as RFC 5545 text (CRLF line ends). */
export function sessionsToIcs(sessions: readonly CalendarSession[], options: CalendarOptions): string {
  const calendar = ical({
    // ical-generator writes NAME and X-WR-CALNAME as given, without TEXT escaping.
    name: escapeIcsText(options.name),
    prodId: { company: options.uidDomain, product: 'seminars', language: 'JA' },
    // No calendar-wide zone, so DTSTAMP stays UTC with `Z` as RFC 5545 requires; the generator
    // still writes the VTIMEZONE for the events' TZID.
    timezone: { name: null, generator: vtimezone },
  });
  for (const session of sessions) {
    const event = calendar.createEvent({
      id: sessionUid(session.slug, options.uidDomain),
      stamp: options.stamp,
      sequence: session.sequence,
      ...(session.allDay
        ? { start: tokyoDay(session.start), end: tokyoDay(session.start, 1), allDay: true }
        : { start: tokyoWallClock(session.start), end: tokyoWallClock(session.end ?? session.start), timezone: TIME_ZONE }),
      summary: session.title,
      description: `${session.description}\n\n${session.url}`,
      location: session.location ?? null,
      url: session.url,
      status: icsStatusOf(session.lifecycle),
    });
    // A reminder a week before the last viewing day, so nobody finds the module already gone.
    if (session.allDay && isAttendable(session.lifecycle)) {
      event.createAlarm({ type: ICalAlarmType.display, trigger: WEEK_SECONDS, description: session.title });
    }
  }
  return calendar.toString();
}

/** yyyymmddThhmmssZ, the form Google's `dates` parameter takes. */
function googleDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** yyyymmdd of the Tokyo day, for an all-day Google event. */
function googleDay(date: Date, addDays = 0): string {
  const day = tokyoDay(date, addDays);
  return `${day.getFullYear()}${String(day.getMonth() + 1).padStart(2, '0')}${String(day.getDate()).padStart(2, '0')}`;
}

/**
 * A 「Google カレンダーに追加」 link; `ctz` shows the times in Tokyo even on a phone set elsewhere.
 * None for a session that no longer takes place: a link would create a normal event.
 */
export function googleCalendarUrl(session: CalendarSession): string | undefined {
  if (!isAttendable(session.lifecycle)) return undefined;
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: session.title,
    dates: session.allDay
      ? `${googleDay(session.start)}/${googleDay(session.start, 1)}`
      : `${googleDate(session.start)}/${googleDate(session.end ?? session.start)}`,
    details: `${session.description}\n\n${session.url}`,
    ctz: TIME_ZONE,
  });
  if (session.location) params.set('location', session.location);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
