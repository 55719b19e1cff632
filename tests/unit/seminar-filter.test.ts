/** The /seminars/ filter state: URL round trip and matching; month keys in Tokyo time. */
import { describe, expect, it } from 'vitest';
import { emptyFilter, filterQuery, matchesFilter, parseFilterQuery, type FilterableSession } from '../../src/lib/seminar-filter';
import { monthKeysOf, tokyoMonthKey } from '../../src/lib/seminars';
import { seminarSchema } from '../../src/schemas/seminar';

const ortho: FilterableSession = { kind: 'outreach', format: 'in-person', topic: 'orthopedics', months: ['2026-12'], status: 'open' };

describe('filter query', () => {
  it('round-trips through the URL and omits empty values', () => {
    const state = { ...emptyFilter, kind: 'outreach', topic: 'orthopedics', openOnly: true };
    expect(filterQuery(state)).toBe('?kind=outreach&topic=orthopedics&open=1');
    expect(parseFilterQuery(filterQuery(state))).toEqual(state);
    expect(filterQuery(emptyFilter)).toBe('');
  });
  it('drops malformed values from a shared link', () => {
    expect(parseFilterQuery('?topic=<script>&month=2026-12&open=yes')).toEqual({ ...emptyFilter, month: '2026-12' });
  });
});

describe('matchesFilter', () => {
  it.each([
    [emptyFilter, true],
    [{ ...emptyFilter, topic: 'orthopedics' }, true],
    [{ ...emptyFilter, topic: 'dermatology' }, false],
    [{ ...emptyFilter, kind: 'basic' }, false],
    [{ ...emptyFilter, format: 'on-demand' }, false],
    [{ ...emptyFilter, month: '2026-12' }, true],
    [{ ...emptyFilter, month: '2027-01' }, false],
    [{ ...emptyFilter, openOnly: true }, true],
  ])('%o → %s', (state, expected) => {
    expect(matchesFilter(ortho, state)).toBe(expected);
  });
  it('"registration open" includes まもなく締切 and excludes the rest', () => {
    const open = { ...emptyFilter, openOnly: true };
    expect(matchesFilter({ ...ortho, status: 'closing-soon' }, open)).toBe(true);
    for (const status of ['not-open', 'full', 'closed', 'ended', 'cancelled', 'postponed'] as const) {
      expect(matchesFilter({ ...ortho, status }, open)).toBe(false);
    }
  });
});

describe('month keys', () => {
  it('use the Tokyo month: 1 Dec 00:30 JST is still 30 Nov in UTC', () => {
    expect(tokyoMonthKey(new Date('2026-12-01T00:30:00+09:00'))).toBe('2026-12');
  });
  it('span the viewing period of an on-demand module across the year end', () => {
    const data = seminarSchema.parse({ title: 't', kind: 'basic', format: 'on-demand', summary: 's', audience: 'a', availableFrom: '2026-11-01T10:00:00+09:00', availableUntil: '2027-02-28T23:59:59+09:00' });
    expect(monthKeysOf(data)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});
