/**
 * The /seminars/ filters as data: read from and written to the URL query (so a filtered
 * view can be shared) and matched against each listed session. Pure; the page script only
 * wires it to the form and the list.
 */
import { isRegistrationOpen, type RegistrationStatus } from './seminar-status';

export interface FilterState {
  kind: string;
  format: string;
  /** Specialty or hospital type id. */
  topic: string;
  /** YYYY-MM */
  month: string;
  openOnly: boolean;
}

export interface FilterableSession {
  kind: string;
  format: string;
  topic: string;
  months: readonly string[];
  status: RegistrationStatus;
}

export const emptyFilter: FilterState = { kind: '', format: '', topic: '', month: '', openOnly: false };

const keys = ['kind', 'format', 'topic', 'month'] as const;
const safeValue = /^[a-z0-9-]{1,40}$/;

/** Unknown or malformed values are dropped rather than trusted. */
export function parseFilterQuery(search: string): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = { ...emptyFilter };
  for (const key of keys) {
    const value = params.get(key) ?? '';
    if (safeValue.test(value)) state[key] = value;
  }
  state.openOnly = params.get('open') === '1';
  return state;
}

/** '?kind=outreach&topic=orthopedics', or '' when nothing is filtered. */
export function filterQuery(state: FilterState): string {
  const params = new URLSearchParams();
  for (const key of keys) if (state[key]) params.set(key, state[key]);
  if (state.openOnly) params.set('open', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function matchesFilter(session: FilterableSession, state: FilterState): boolean {
  if (state.kind && session.kind !== state.kind) return false;
  if (state.format && session.format !== state.format) return false;
  if (state.topic && session.topic !== state.topic) return false;
  if (state.month && !session.months.includes(state.month)) return false;
  if (state.openOnly && !isRegistrationOpen(session.status)) return false;
  return true;
}
