/**
 * What the CMS previews show, computed from an entry's raw form data (plain JS, as Decap holds
 * it before saving). Pure, so it is unit-tested apart from the CMS.
 */
import { formatDateTimeRange } from '../../src/lib/dates';
import { registrationStatus, type RegistrationStatus } from '../../src/lib/seminar-status';
import { seminarUi } from '../../src/lib/ui-strings';
import { registrationOverrides, type RegistrationOverride } from '../../src/schemas/seminar';

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

const overrideOf = (value: unknown): RegistrationOverride | undefined =>
  (registrationOverrides as readonly string[]).includes(String(value)) ? (value as RegistrationOverride) : undefined;

/** The badge the site shows, computed by the site's own src/lib/seminar-status.ts. */
export function seminarStatus(data: Record<string, unknown>, now: Date): RegistrationStatus {
  const registration = (typeof data['registration'] === 'object' && data['registration'] !== null ? data['registration'] : {}) as Record<string, unknown>;
  return registrationStatus(
    {
      start: readInstant(data['start']),
      end: readInstant(data['end']),
      availableFrom: readInstant(data['availableFrom']),
      availableUntil: readInstant(data['availableUntil']),
      opens: readInstant(registration['opens']),
      closes: readInstant(registration['closes']),
      override: overrideOf(registration['override']),
    },
    now,
  );
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
    dateText: start ? formatDateTimeRange(start, end) : undefined,
    summary: text(data['summary']),
    ...(unreadable.length ? { problem: '日時を読み取れません。2026-07-09 19:00 の形で入力してください。' } : {}),
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
