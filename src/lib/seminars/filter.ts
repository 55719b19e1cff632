/**
 * The /seminars/ filters as data: read from and written to the URL query (so a filtered
 * view can be shared and Back undoes a change) and matched against each listed session.
 * Pure; the page script only wires it to the form and the list.
 */
import { isRegistrationOpen, type RegistrationStatus } from './status';

export interface FilterState {
  kind: string;
  format: string;
  /** Specialty or hospital type id. */
  topic: string;
  /** YYYY-MM */
  month: string;
  /** hospital / clinic */
  audience: string;
  openOnly: boolean;
}

export interface FilterableSession {
  kind: string;
  format: string;
  topic: string;
  months: readonly string[];
  audiences: readonly string[];
  status: RegistrationStatus;
}

export const filterKeys = ['kind', 'format', 'topic', 'month', 'audience'] as const;
export type FilterKey = (typeof filterKeys)[number];

export const emptyFilter: FilterState = { kind: '', format: '', topic: '', month: '', audience: '', openOnly: false };

const safeValue = /^[a-z0-9-]{1,40}$/;

/** Unknown or malformed values are dropped rather than trusted. */
export function parseFilterQuery(search: string): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = { ...emptyFilter };
  for (const key of filterKeys) {
    const value = params.get(key) ?? '';
    if (safeValue.test(value)) state[key] = value;
  }
  state.openOnly = params.get('open') === '1';
  return state;
}

/** '?kind=outreach&topic=orthopedics', or '' when nothing is filtered. */
export function filterQuery(state: FilterState): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) if (state[key]) params.set(key, state[key]);
  if (state.openOnly) params.set('open', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A hybrid session is both: it counts for オンライン and for 対面. */
function matchesFormat(sessionFormat: string, wanted: string): boolean {
  return sessionFormat === wanted || (sessionFormat === 'hybrid' && (wanted === 'online' || wanted === 'in-person'));
}

export function matchesFilter(session: FilterableSession, state: FilterState): boolean {
  if (state.kind && session.kind !== state.kind) return false;
  if (state.format && !matchesFormat(session.format, state.format)) return false;
  if (state.topic && session.topic !== state.topic) return false;
  if (state.month && !session.months.includes(state.month)) return false;
  if (state.audience && !session.audiences.includes(state.audience)) return false;
  if (state.openOnly && !isRegistrationOpen(session.status)) return false;
  return true;
}

/**
 * How many sessions each option of `key` would show, given the other choices: the counts
 * beside the options, and 0 marks a combination that cannot match (the option is disabled).
 */
export function optionCounts(sessions: readonly FilterableSession[], state: FilterState, key: FilterKey, values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) {
    const trial = { ...state, [key]: value };
    counts.set(value, sessions.filter((session) => matchesFilter(session, trial)).length);
  }
  return counts;
}

/** Months still to come (this month included): past months are not offered. */
export function upcomingMonths(months: readonly string[], currentMonth: string): string[] {
  return months.filter((month) => month >= currentMonth);
}
