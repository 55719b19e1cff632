/**
 * Date display for a Japanese public site. Every formatter pins Asia/Tokyo because
 * build machines and CI run in UTC: a 00:30 JST session would otherwise show the day before.
 */
/** The site's one time zone: every formatter and calendar uses it. */
export const TIME_ZONE = 'Asia/Tokyo';

const dateParts = new Intl.DateTimeFormat('ja-JP', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  weekday: 'short',
});

const timeFormat = new Intl.DateTimeFormat('ja-JP', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const reiwaFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  timeZone: TIME_ZONE,
  era: 'long',
  year: 'numeric',
});

// Constructing an Intl.DateTimeFormat costs ≈ 16× a format call, and a 2,000-session build
// compares days thousands of times: build it once.
const dayKeyFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  const found = parts.find((p) => p.type === type);
  if (!found) throw new Error(`date part ${type} missing`);
  return found.value;
}

/** 2026年7月9日（木） */
export function formatDate(date: Date): string {
  const parts = dateParts.formatToParts(date);
  return `${part(parts, 'year')}年${part(parts, 'month')}月${part(parts, 'day')}日（${part(parts, 'weekday')}）`;
}

/** 19:00 */
export function formatTime(date: Date): string {
  return timeFormat.format(date);
}

/** 令和8年 (令和元年 for 2019, as official documents write it). */
export function formatJapaneseEraYear(date: Date): string {
  const parts = reiwaFormat.formatToParts(date);
  const era = part(parts, 'era');
  const year = part(parts, 'year');
  return `${era}${year === '1' ? '元' : year}年`;
}

/** 令和8年（2026年）7月9日（木）, the style of Tokyo's official notices. */
export function formatDateWithEra(date: Date): string {
  // A session's date is written on its page, its FAX form and every list and filter page that
  // holds it; formatToParts twice per call was ≈ 0.3 s of a 2,000-session build. Same instant,
  // same text, so the answer is kept per instant.
  const known = eraDates.get(date.getTime());
  if (known !== undefined) return known;
  const parts = dateParts.formatToParts(date);
  const text = `${formatJapaneseEraYear(date)}（${part(parts, 'year')}年）${part(parts, 'month')}月${part(parts, 'day')}日（${part(parts, 'weekday')}）`;
  eraDates.set(date.getTime(), text);
  return text;
}
const eraDates = new Map<number, string>();

/** The calendar day in Tokyo as YYYY-MM-DD, for comparing days rather than instants. */
export function tokyoDayKey(date: Date): string {
  const parts = dayKeyFormat.formatToParts(date);
  return `${part(parts, 'year')}-${part(parts, 'month')}-${part(parts, 'day')}`;
}

/**
 * 2026年7月9日（木）19:00〜20:30, or across days
 * 2026年7月9日（木）19:00〜2026年7月10日（金）9:00.
 */
export function formatDateTimeRange(start: Date, end?: Date): string {
  const head = `${formatDate(start)}${formatTime(start)}`;
  if (!end) return `${head}〜`;
  const sameDay = tokyoDayKey(start) === tokyoDayKey(end);
  return sameDay ? `${head}〜${formatTime(end)}` : `${head}〜${formatDate(end)}${formatTime(end)}`;
}

/** Machine-readable value for <time datetime>, always with the +09:00 offset. */
export function toIsoJst(date: Date): string {
  const shifted = new Date(date.getTime() + 9 * 60 * 60 * 1000);
  return `${shifted.toISOString().slice(0, 19)}+09:00`;
}

/**
 * 令和8年（2026年）7月9日（木）19:00〜20:30, or across days with the end date in full:
 * the one way a session's date and time are shown on cards, pages and the FAX form.
 */
export function formatDateTimeRangeWithEra(start: Date, end?: Date): string {
  // Every list and filter page that holds a session writes its range again: ≈ 0.3 s of a
  // 2,000-session build went to the two time formats and two day keys. Kept per pair of instants.
  const key = `${start.getTime()}/${end?.getTime() ?? ''}`;
  const known = eraRanges.get(key);
  if (known !== undefined) return known;
  const head = `${formatDateWithEra(start)}${formatTime(start)}`;
  const sameDay = end && tokyoDayKey(start) === tokyoDayKey(end);
  const text = !end ? `${head}〜` : sameDay ? `${head}〜${formatTime(end)}` : `${head}〜${formatDateWithEra(end)}${formatTime(end)}`;
  eraRanges.set(key, text);
  return text;
}
const eraRanges = new Map<string, string>();
