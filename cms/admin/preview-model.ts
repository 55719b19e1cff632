/**
 * What the CMS previews show, computed from an entry's raw form data (plain JS, as Decap holds
 * it before saving). Pure, so it is unit-tested apart from the CMS.
 */
import { formatDate, formatDateTimeRangeWithEra, formatDateWithEra, formatTime } from '../../src/lib/site/dates';
import { ui } from '../../src/lib/site/ui-strings';
import { formatPlannedMonth, videoAvailability } from '../../src/lib/videos/status';
import { formatDurationJa } from '../../src/lib/videos/duration';
import { parseIsoDuration, plannedMonthPattern } from '../../src/schemas/vocabularies';
import { registrationStatus, statusInputFrom, type RegistrationStatus } from '../../src/lib/seminars/status';
import { seminarUi } from '../../src/lib/site/ui-strings';
import { newsCategoryLabels } from '../../src/schemas/news';

export interface SeminarPreview {
  title: string;
  kindLabel?: string | undefined;
  formatLabel?: string | undefined;
  /** The status the site would show at `now`, and its label. */
  status: RegistrationStatus;
  statusLabel: string;
  dateText?: string | undefined;
  summary: string;
  /** A Japanese note when a date cannot be read (the form refuses to save it anyway). */
  problem?: string;
  /** The page's 開催概要 list, worded and formatted as src/pages/seminars/[slug].astro does. */
  facts: { term: string; detail: string }[];
  program: string[];
  registration?: string | undefined;
}

/** Decap's datetime widget yields `2026-07-09T19:00:00+09:00`; a Date is accepted too. */
export function readInstant(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(value.trim())) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');


/** The badge the site shows, computed by the site's own src/lib/seminars/status.ts. */
export function seminarStatus(data: Record<string, unknown>, now: Date): RegistrationStatus {
  const registration = (typeof data['registration'] === 'object' && data['registration'] !== null ? data['registration'] : {}) as Record<string, unknown>;
  return registrationStatus(statusInputFrom({ ...data, ...registration }, readInstant), now);
}

export function seminarPreview(data: Record<string, unknown>, now: Date): SeminarPreview {
  const start = readInstant(data['start']);
  const end = readInstant(data['end']);
  const unreadable = ['start', 'end'].filter((key) => text(data[key]) !== '' && !readInstant(data[key]));
  const status = seminarStatus(data, now);
  return {
    title: text(data['title']) || '（タイトル未入力）',
    kindLabel: labelOf(seminarUi.kinds, data['kind']),
    formatLabel: labelOf(seminarUi.formats, data['format']),
    status,
    statusLabel: seminarUi.statuses[status],
    dateText: start ? formatDateTimeRangeWithEra(start, end) : undefined,
    summary: text(data['summary']),
    facts: seminarFacts(data, start, end),
    program: (Array.isArray(data['program']) ? (data['program'] as Record<string, unknown>[]) : []).map(
      (part) => `${text(part?.['label']) ? `${text(part['label'])} ` : ''}${text(part?.['title'])}${text(part?.['speaker']) ? `（${text(part['speaker'])}）` : ''}`,
    ),
    registration: registrationText(data),
    ...(unreadable.length ? { problem: '日時を読み取れません。2026-07-09 19:00 の形で入力してください。' } : {}),
  };
}

const objectOf = (value: unknown) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

function seminarFacts(data: Record<string, unknown>, start: Date | undefined, end: Date | undefined) {
  const facts: { term: string; detail: string }[] = [];
  if (start) {
    // The session page's own formatter, so the preview reads exactly as the page will.
    facts.push({ term: '日時', detail: formatDateTimeRangeWithEra(start, end) });
  } else {
    const from = readInstant(data['availableFrom']);
    const until = readInstant(data['availableUntil']);
    const note = text(data['availabilityNote']);
    facts.push({ term: '公開期間', detail: `${from && until ? `${formatDateWithEra(from)}〜${formatDateWithEra(until)}` : ''}${note ? `（計画上の時期：${note}）` : ''}` });
  }
  const format = labelOf(seminarUi.formats, data['format']);
  if (format) facts.push({ term: '形式', detail: format });
  const venue = objectOf(data['venue']);
  if (text(venue['name']) || text(venue['address'])) facts.push({ term: '会場', detail: [text(venue['name']), text(venue['address']), text(venue['access'])].filter(Boolean).join('\n') });
  const online = objectOf(data['online']);
  if (text(online['platform'])) facts.push({ term: 'オンライン', detail: [text(online['platform']), text(online['note'])].filter(Boolean).join('\n') });
  facts.push({ term: '対象', detail: text(data['audience']) });
  const capacity = typeof data['capacity'] === 'number' ? data['capacity'] : undefined;
  const capacityNote = text(data['capacityNote']);
  facts.push({ term: '定員', detail: `${capacity ? `${capacity}名` : '定員なし'}${capacityNote ? `（${capacityNote}）` : ''}` });
  const fee = typeof data['fee'] === 'number' ? data['fee'] : 0;
  facts.push({ term: '参加費', detail: fee === 0 ? seminarUi.free : `${fee.toLocaleString('ja-JP')}円` });
  const lecturer = objectOf(data['lecturer']);
  facts.push({ term: '講師', detail: `${text(lecturer['name']) || '調整中'}${text(lecturer['role']) ? `（${text(lecturer['role'])}）` : ''}` });
  return facts;
}

function registrationText(data: Record<string, unknown>): string | undefined {
  const registration = objectOf(data['registration']);
  const opens = readInstant(registration['opens']);
  const closes = readInstant(registration['closes']) ?? readInstant(data['start']);
  if (!opens) return undefined;
  return `受付期間：${formatDate(opens)}${formatTime(opens)}〜${closes ? `${formatDate(closes)}${formatTime(closes)}` : ''}`;
}

export interface VideoPreview {
  title: string;
  /** 公開中 / 制作中, as the video card and page show it. */
  statusLabel: string;
  /** 「令和9年（2027年）2月公開予定」 or 「公開日 2026年11月20日（金）」. */
  when?: string | undefined;
  duration?: string | undefined;
  description: string;
  transcript: { scene: string; speaker: string; line: string }[];
}

export function videoPreview(data: Record<string, unknown>, now: Date): VideoPreview {
  const releaseDate = readInstant(data['releaseDate']);
  const status = data['status'] === 'published' ? 'published' : 'in-production';
  const availability = videoAvailability({ status, releaseDate }, now);
  const planned = text(data['plannedMonth']);
  const duration = text(data['duration']);
  const seconds = duration ? parseIsoDuration(duration) : undefined;
  const durationText = seconds === undefined ? undefined : formatDurationJa(seconds);
  return {
    title: text(data['title']) || '（タイトル未入力）',
    statusLabel: availability === 'released' ? ui.video.status.published : ui.video.status['in-production'],
    when:
      availability === 'released' && releaseDate
        ? `${ui.video.released} ${formatDate(releaseDate)}`
        : plannedMonthPattern.test(planned)
          ? `${formatPlannedMonth(planned)}${ui.video.plannedSuffix}`
          : undefined,
    duration: durationText,
    description: text(data['description']),
    transcript: (Array.isArray(data['transcript']) ? (data['transcript'] as Record<string, unknown>[]) : []).map((item) => ({
      scene: text(item?.['scene']),
      speaker: text(item?.['speaker']),
      line: text(item?.['line']),
    })),
  };
}

const labelOf = (labels: Record<string, string>, value: unknown) => (typeof value === 'string' ? labels[value] : undefined);

export interface MangaPagePreview {
  image: string;
  alt: string;
  lines: { speaker: string; line: string }[];
}

export function mangaPagesPreview(data: Record<string, unknown>): MangaPagePreview[] {
  const pages = Array.isArray(data['pages']) ? (data['pages'] as Record<string, unknown>[]) : [];
  return pages.map((page) => ({
    image: text(page?.['image']),
    alt: text(page?.['alt']),
    lines: (Array.isArray(page?.['transcript']) ? (page['transcript'] as Record<string, unknown>[]) : []).map((line) => ({
      speaker: text(line?.['speaker']),
      line: text(line?.['line']),
    })),
  }));
}

/** お知らせ (issue 20): the entry as /news/<slug>/ reads, the date through the site's formatter. */
export interface NewsPreview {
  title: string;
  dateText: string | undefined;
  categoryLabel: string | undefined;
  summary: string;
  /** 「サンプル」 when the entry is sample content, as the site labels it. */
  sampleLabel: string | undefined;
}

export function newsPreview(data: Record<string, unknown>): NewsPreview {
  const published = readInstant(data['published']);
  return {
    title: text(data['title']) || '（タイトル未入力）',
    dateText: published ? formatDateWithEra(published) : undefined,
    categoryLabel: labelOf(newsCategoryLabels, data['category']),
    summary: text(data['summary']),
    sampleLabel: data['sample'] === true ? ui.sampleLabel : undefined,
  };
}

/**
 * 「公開日：…」 as the episode page writes it: the schema reads `published` (YYYY-MM-DD) with
 * z.coerce.date(), i.e. `new Date(value)`, and the page formats it with formatDate.
 */
export function mangaPublishedText(data: Record<string, unknown>): string | undefined {
  const value = data['published'];
  const date = value instanceof Date ? value : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? new Date(value.trim()) : undefined;
  return date && !Number.isNaN(date.getTime()) ? `公開日：${formatDate(date)}` : undefined;
}

/**
 * The entry in the language being edited (issue 21), as the site shows it: Decap hands a
 * language's preview only that language's fields (`translations.<locale>`), so its text is laid
 * over the Japanese entry — objects key by key, lists item by item (a manga page keeps its
 * drawing and takes the translated alt text and transcript). Empty text keeps the Japanese.
 */
export function withTranslation(japanese: unknown, translation: unknown): unknown {
  if (translation === undefined || translation === null || translation === '') return japanese;
  if (Array.isArray(translation)) {
    const base = Array.isArray(japanese) ? japanese : [];
    return Array.from({ length: Math.max(base.length, translation.length) }, (_, index) => withTranslation(base[index], translation[index]));
  }
  if (typeof translation === 'object') {
    const base = typeof japanese === 'object' && japanese !== null && !Array.isArray(japanese) ? (japanese as Record<string, unknown>) : {};
    const keys = new Set([...Object.keys(base), ...Object.keys(translation)]);
    return Object.fromEntries([...keys].map((key) => [key, withTranslation(base[key], (translation as Record<string, unknown>)[key])]));
  }
  return translation;
}
