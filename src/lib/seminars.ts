/**
 * Facts derived from a seminar entry that pages, calendars and the filter script share.
 * Pure functions of the entry (and `now` where time matters).
 */
import type { SeminarData, SeminarKind } from '../schemas/seminar';
import type { CalendarSession } from './seminar-calendar';
import type { StatusInput } from './seminar-status';
import { seminarUi } from './ui-strings';

export const kindOrder: readonly SeminarKind[] = ['basic', 'applied', 'outreach'];

export function statusInputOf(data: SeminarData): StatusInput {
  return {
    start: data.start,
    end: data.end,
    availableFrom: data.availableFrom,
    availableUntil: data.availableUntil,
    opens: data.registration.opens,
    closes: data.registration.closes,
    override: data.registration.override,
  };
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

// One formatter for every call: constructing one costs ≈ 16× formatting with it.
const monthKeyFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit' });

/** YYYY-MM in Tokyo time. */
export function tokyoMonthKey(date: Date): string {
  const parts = monthKeyFormat.formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}`;
}

// Every page that lists sessions asks for the same entries' months; entry data objects live
// for the whole build, so a WeakMap keyed by them memoises per build without leaking.
const monthKeysCache = new WeakMap<SeminarData, readonly string[]>();

/** Months in which a session takes place or a module can be viewed, for the 開催月 filter. */
export function monthKeysOf(data: SeminarData): string[] {
  let keys = monthKeysCache.get(data);
  if (!keys) {
    keys = computeMonthKeys(data);
    monthKeysCache.set(data, keys);
  }
  return [...keys];
}

function computeMonthKeys(data: SeminarData): string[] {
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

/** Date order; on-demand modules (no start) by module number before dated sessions. */
export function compareSessions(a: SeminarData, b: SeminarData): number {
  const at = (a.start ?? a.availableFrom)?.getTime() ?? 0;
  const bt = (b.start ?? b.availableFrom)?.getTime() ?? 0;
  return at - bt || (a.module ?? 0) - (b.module ?? 0) || a.title.localeCompare(b.title, 'ja');
}

/** Venue and/or streaming, one line, for calendars. */
export function locationText(data: SeminarData): string | undefined {
  const place = data.venue ? `${data.venue.name}（${data.venue.address}）` : undefined;
  if (data.format === 'in-person') return place;
  if (data.format === 'online') return data.online?.platform;
  if (data.format === 'hybrid') return [place, data.online?.platform].filter(Boolean).join(' / ');
  return undefined;
}

/** The calendar view of a dated session; undefined for on-demand modules. */
export function calendarSessionOf(slug: string, data: SeminarData, site: URL | string): CalendarSession | undefined {
  if (!data.start) return undefined;
  return {
    slug,
    title: data.registration.override === 'postponed' ? `【${seminarUi.statuses.postponed}】${data.title}` : data.title,
    start: data.start,
    end: data.end,
    description: data.summary,
    location: locationText(data),
    url: new URL(`/seminars/${slug}/`, site).href,
    override: data.registration.override,
  };
}
