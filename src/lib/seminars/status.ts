/**
 * Registration status of a session at a given moment. Pure, so the build computes it for
 * the static HTML and the browser recomputes it with its own clock (a page built last week
 * must not still say 受付中 after the deadline). Every comparison is between instants, so
 * the build machine's time zone (UTC in CI) never matters.
 */
import { registrationOverrides, seminarLifecycles, type RegistrationOverride, type SeminarLifecycle } from '../../schemas/seminar-values';

export const registrationStatuses = ['not-open', 'open', 'closing-soon', 'few-left', 'waitlist', 'full', 'closed', 'ended', 'cancelled', 'postponed'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** The deadline counts as near (まもなく締切) from this long before it. */
export const CLOSING_SOON_MS = 3 * 24 * 60 * 60 * 1000;

/** Only the dates a status depends on, so the browser can rebuild it from data-* attributes. */
export interface StatusInput {
  start?: Date | undefined;
  end?: Date | undefined;
  /** On-demand modules: the viewing period stands in for the session dates. */
  availableFrom?: Date | undefined;
  availableUntil?: Date | undefined;
  opens?: Date | undefined;
  closes?: Date | undefined;
  override?: RegistrationOverride | undefined;
  lifecycle?: SeminarLifecycle | undefined;
}

/**
 * Precedence: an editor's 中止/延期 beats everything; a finished session is 開催終了 even if it
 * was full; 満席 beats the date windows; then 受付前 → 受付中 → まもなく締切 → 受付終了, where an
 * open window says キャンセル待ち or 残りわずか when the editor set that flag.
 * Windows are half-open: registration is open from `opens` inclusive to `closes` exclusive.
 */
/** The fields a status is read from, named as in the schema with `registration.*` flattened. */
export type StatusFields = Partial<Record<'start' | 'end' | 'availableFrom' | 'availableUntil' | 'opens' | 'closes' | 'override' | 'lifecycle', unknown>>;

/**
 * The one builder of a StatusInput, from any source of a session's fields: parsed entries
 * (Dates), the CMS form (strings Decap holds) or a badge's data-* attributes. `readDate`
 * says how that source writes an instant; unknown override or lifecycle values are ignored.
 */
export function statusInputFrom(fields: StatusFields, readDate: (value: unknown) => Date | undefined): StatusInput {
  return {
    start: readDate(fields.start),
    end: readDate(fields.end),
    availableFrom: readDate(fields.availableFrom),
    availableUntil: readDate(fields.availableUntil),
    opens: readDate(fields.opens),
    closes: readDate(fields.closes),
    override: registrationOverrides.find((value) => value === fields.override),
    lifecycle: seminarLifecycles.find((value) => value === fields.lifecycle),
  };
}

export function registrationStatus(input: StatusInput, now: Date): RegistrationStatus {
  if (input.lifecycle === 'cancelled') return 'cancelled';
  if (input.lifecycle === 'postponed') return 'postponed';
  const t = now.getTime();
  const finish = input.end ?? input.availableUntil ?? input.start;
  if (finish && t >= finish.getTime()) return 'ended';
  if (input.override === 'full') return 'full';
  const opens = input.opens ?? input.availableFrom;
  if (opens && t < opens.getTime()) return 'not-open';
  const closes = input.closes ?? input.start ?? input.availableUntil;
  if (closes && t >= closes.getTime()) return 'closed';
  if (input.override === 'waitlist') return 'waitlist';
  if (input.override === 'few-left') return 'few-left';
  if (closes && closes.getTime() - t <= CLOSING_SOON_MS) return 'closing-soon';
  return 'open';
}

/** Statuses in which the application form is worth showing. */
export function isRegistrationOpen(status: RegistrationStatus): boolean {
  return status === 'open' || status === 'closing-soon' || status === 'few-left' || status === 'waitlist';
}

/** A session one can still add to a calendar or shortlist: it takes place at a known time and has not finished. */
export function isAddable(status: RegistrationStatus): boolean {
  return status !== 'cancelled' && status !== 'postponed' && status !== 'ended';
}

/** Past sessions go to the archive section; cancelled ones stay listed so nobody misses the notice. */
export function isArchived(status: RegistrationStatus): boolean {
  return status === 'ended';
}
