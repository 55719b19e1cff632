/**
 * What the CMS previews show, computed from an entry's raw form data (plain JS, as Decap holds
 * it before saving). Pure, so it is unit-tested apart from the CMS.
 */
import { formatDateTimeRange } from '../../src/lib/dates';
import { seminarsWording } from '../collections/seminars';

export interface SeminarPreview {
  title: string;
  kindLabel?: string | undefined;
  formatLabel?: string | undefined;
  /** The status the site would show at `now`. */
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

/** Until the session starts: 開催予定; during it: 開催中; after it: 開催終了; on-demand: 配信. */
export function sessionStatusLabel(format: string, start: Date | undefined, end: Date | undefined, now: Date): string {
  if (format === 'on-demand') return 'オンデマンド配信';
  if (!start) return '日時未定';
  const t = now.getTime();
  if (t < start.getTime()) return '開催予定';
  if (t < (end ?? start).getTime()) return '開催中';
  return '開催終了';
}

export function seminarPreview(data: Record<string, unknown>, now: Date): SeminarPreview {
  const start = readInstant(data['start']);
  const end = readInstant(data['end']);
  const format = text(data['format']);
  const unreadable = ['start', 'end'].filter((key) => text(data[key]) !== '' && !readInstant(data[key]));
  return {
    title: text(data['title']) || '（タイトル未入力）',
    kindLabel: seminarsWording.fields['kind']?.options?.[text(data['kind'])],
    formatLabel: seminarsWording.fields['format']?.options?.[format],
    statusLabel: sessionStatusLabel(format, start, end, now),
    dateText: start ? formatDateTimeRange(start, end) : undefined,
    summary: text(data['summary']),
    ...(unreadable.length ? { problem: '日時を読み取れません。2026-07-09 19:00 の形で入力してください。' } : {}),
  };
}

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
