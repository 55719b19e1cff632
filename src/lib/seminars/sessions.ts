/**
 * Facts derived from a seminar entry that pages, calendars and the filter script share.
 * Pure functions of the entry (and `now` where time matters).
 */
import { hospitalTypes, isAttendable, seminarAudiences, specialties } from '../../schemas/seminar-values';
import type { SeminarAudience, SeminarData, SeminarKind } from '../../schemas/seminar';
import type { CalendarSession } from './calendar';
import { isAddable, registrationStatus, statusInputFrom, type StatusInput } from './status';
import { seminarUi } from '../site/ui-strings';
import { tokyoDayKey } from '../site/dates';

export const kindOrder: readonly SeminarKind[] = ['basic', 'applied', 'outreach'];

export function statusInputOf(data: SeminarData): StatusInput {
  return statusInputFrom({ ...data, ...data.registration }, (value) => (value instanceof Date ? value : undefined));
}

/** 病院向け / 診療所向け: the basic tier is for both, 応用編 for hospitals, 出張講習会 for clinics. */
export function audiencesOf(data: SeminarData): SeminarAudience[] {
  if (data.kind === 'applied') return ['hospital'];
  if (data.kind === 'outreach') return ['clinic'];
  return ['hospital', 'clinic'];
}

/** The calendars' SEQUENCE: one per published change, so apps that hold the event replace it. */
export function sequenceOf(data: SeminarData): number {
  return data.changes.length;
}

/** Whether the session offers FAX as a way to apply (and so gets a printable 申込書). */
export function faxOf(data: SeminarData): string | undefined {
  return data.registration.alternatives.find((alt) => alt.method === 'fax')?.value;
}

/** The filter value for 診療科・病院の種類: a specialty id, a hospital type id, or '' for the basic tier. */
export function topicOf(data: SeminarData): string {
  return data.specialty ?? data.hospitalType ?? '';
}

export function topicLabel(data: SeminarData): string | undefined {
  if (data.specialty) return seminarUi.specialties[data.specialty];
  if (data.hospitalType) return seminarUi.hospitalTypes[data.hospitalType];
  return undefined;
}

/** YYYY-MM in Tokyo time (the day key's formatter, so the zone is set up once, in dates.ts). */
export function tokyoMonthKey(date: Date): string {
  return tokyoDayKey(date).slice(0, 7);
}

// Every page that lists sessions asks for the same entries' months; entry data objects live
// for the whole build, so a WeakMap keyed by them memoises per build without leaking.
const monthKeysCache = new WeakMap<SeminarData, readonly string[]>();

/**
 * Months in which a session takes place or a module can be viewed, for the 開催月 filter.
 * None for a cancelled or postponed session: it no longer takes place in the month it had.
 */
export function monthKeysOf(data: SeminarData): string[] {
  let keys = monthKeysCache.get(data);
  if (!keys) {
    keys = computeMonthKeys(data);
    monthKeysCache.set(data, keys);
  }
  return [...keys];
}

function computeMonthKeys(data: SeminarData): string[] {
  if (!isAttendable(data.lifecycle)) return [];
  const from = data.start ?? data.availableFrom;
  const until = data.end ?? data.availableUntil ?? from;
  if (!from || !until) return [];
  const keys: string[] = [];
  const last = tokyoMonthKey(until);
  let [year, month] = tokyoMonthKey(from).split('-').map(Number) as [number, number];
  for (let key = tokyoMonthKey(from); key <= last && keys.length < 36; ) {
    keys.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    key = `${year}-${String(month).padStart(2, '0')}`;
  }
  return keys;
}

/** 2026年12月 */
export function monthLabel(key: string): string {
  const [year, month] = key.split('-');
  return `${year}年${Number(month)}月`;
}

/** Date order; on-demand modules (no start) by module number before dated sessions; postponed ones (no date) last. */
export function compareSessions(a: SeminarData, b: SeminarData): number {
  const time = (d: SeminarData) => (d.lifecycle === 'postponed' ? Number.MAX_SAFE_INTEGER : (d.start ?? d.availableFrom)?.getTime() ?? 0);
  return time(a) - time(b) || (a.module ?? 0) - (b.module ?? 0) || a.title.localeCompare(b.title, 'ja');
}

/** Venue and/or streaming, one line, for calendars. */
export function locationText(data: SeminarData): string | undefined {
  const place = data.venue ? `${data.venue.name}（${data.venue.address}）` : undefined;
  if (data.format === 'in-person') return place;
  if (data.format === 'online') return data.online?.platform;
  if (data.format === 'hybrid') return [place, data.online?.platform].filter(Boolean).join(' / ');
  return data.viewingUrl;
}

/** The latest published change, shown as the notice on the page and in the calendar description. */
export function latestChange(data: SeminarData): string | undefined {
  return data.changes.at(-1)?.note;
}

/**
 * The calendar view of a session: dated sessions as timed events, on-demand modules as an
 * all-day event on the last viewing day. The title says 【中止】/【延期】… so a calendar that
 * already holds the event shows what happened to it.
 */
export function calendarSessionOf(slug: string, data: SeminarData, site: URL | string): CalendarSession | undefined {
  const url = new URL(`/seminars/${slug}/`, site).href;
  const notice = latestChange(data);
  const description = notice ? `${notice}\n\n${data.summary}` : data.summary;
  const prefix = data.lifecycle === 'scheduled' ? '' : seminarUi.calendarPrefixes[data.lifecycle];
  const common = { slug, description, url, lifecycle: data.lifecycle, sequence: sequenceOf(data) };
  if (data.start) {
    return { ...common, title: `${prefix}${data.title}`, start: data.start, end: data.end, location: locationText(data) };
  }
  if (data.availableUntil) {
    return { ...common, title: `${prefix || seminarUi.viewingDeadline}${data.title}`, start: data.availableUntil, allDay: true, location: data.viewingUrl };
  }
  return undefined;
}

/** Whether the session has a calendar entry (a date, or a last viewing day). */
export function hasCalendar(data: SeminarData): boolean {
  return Boolean(data.start ?? data.availableUntil);
}

/** A subscribable calendar: all sessions, one tier or one specialty. */
export interface SeminarFeed {
  id: string;
  name: string;
  /** Site-relative path of the .ics. */
  path: string;
  includes: (data: SeminarData) => boolean;
}

export function seminarFeeds(): SeminarFeed[] {
  const all: SeminarFeed = { id: 'all', name: seminarUi.calendarFeedAll, path: '/seminars/calendar.ics', includes: () => true };
  const tiers = kindOrder.map((kind) => ({ id: kind, name: seminarUi.kinds[kind], path: `/seminars/calendar/${kind}.ics`, includes: (d: SeminarData) => d.kind === kind }));
  const topics = [...specialties, ...hospitalTypes].map((topic) => ({
    id: topic,
    name: `${seminarUi.kindsShort[(specialties as readonly string[]).includes(topic) ? 'outreach' : 'applied']}（${topicName(topic)}）`,
    path: `/seminars/calendar/${topic}.ics`,
    includes: (d: SeminarData) => topicOf(d) === topic,
  }));
  return [all, ...tiers, ...topics];
}

function topicName(topic: string): string {
  return (seminarUi.specialties as Record<string, string>)[topic] ?? (seminarUi.hospitalTypes as Record<string, string>)[topic] ?? topic;
}

/** The no-JavaScript filter pages: one static list per value of each facet. */
export const facets = ['tier', 'specialty', 'month', 'audience'] as const;
export type Facet = (typeof facets)[number];

export interface FacetValue {
  facet: Facet;
  value: string;
  label: string;
  /** /seminars/specialty/dermatology/ */
  path: string;
}

/** Every facet value that has at least one session, in display order; months from `currentMonth` (YYYY-MM) on. */
export function facetValuesOf(sessions: readonly SeminarData[], currentMonth = ''): FacetValue[] {
  const values: FacetValue[] = [];
  const add = (facet: Facet, value: string, label: string) => values.push({ facet, value, label, path: `/seminars/${facet}/${value}/` });
  for (const kind of kindOrder) if (sessions.some((d) => d.kind === kind)) add('tier', kind, seminarUi.kinds[kind]);
  for (const topic of [...specialties, ...hospitalTypes]) if (sessions.some((d) => topicOf(d) === topic)) add('specialty', topic, topicName(topic));
  const months = [...new Set(sessions.flatMap(monthKeysOf))].sort();
  for (const month of months) if (month >= currentMonth) add('month', month, monthLabel(month));
  for (const audience of seminarAudiences) if (sessions.some((d) => audiencesOf(d).includes(audience))) add('audience', audience, seminarUi.audiences[audience]);
  return values;
}

export function matchesFacet(data: SeminarData, facet: Facet, value: string): boolean {
  switch (facet) {
    case 'tier':
      return data.kind === value;
    case 'specialty':
      return topicOf(data) === value;
    case 'month':
      return monthKeysOf(data).includes(value);
    case 'audience':
      return (audiencesOf(data) as string[]).includes(value);
  }
}

/**
 * The next `count` dated sessions one can still attend (home page, 医療機関の方へ): not yet
 * started, and neither cancelled nor postponed (registrationStatus + isAddable, the lifecycle
 * rule every other list follows), in date order. On-demand modules have no date to announce.
 */
export function nextSessions<T extends { data: SeminarData }>(entries: readonly T[], now: Date, count = 3): T[] {
  return entries
    .filter(({ data }) => data.start !== undefined && data.start.getTime() > now.getTime() && isAddable(registrationStatus(statusInputOf(data), now)))
    .sort((a, b) => compareSessions(a.data, b.data))
    .slice(0, count);
}
