/** The /seminars/ filter state: URL round trip and matching; month keys in Tokyo time. */
import { describe, expect, it } from 'vitest';
import { emptyFilter, filterQuery, matchesFilter, optionCounts, parseFilterQuery, upcomingMonths, type FilterableSession } from '../../src/lib/seminars/filter';
import { monthKeysOf, tokyoMonthKey } from '../../src/lib/seminars/sessions';
import { seminarSchema } from '../../src/schemas/seminar';

const ortho: FilterableSession = { kind: 'outreach', format: 'in-person', topic: 'orthopedics', months: ['2026-12'], audiences: ['clinic'], status: 'open' };

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

describe('hybrid, audience, counts and months', () => {
  const hybrid: FilterableSession = { kind: 'applied', format: 'hybrid', topic: 'acute-care', months: ['2027-01'], audiences: ['hospital'], status: 'open' };
  it('a hybrid session counts for オンライン and for 対面', () => {
    expect(matchesFilter(hybrid, { ...emptyFilter, format: 'online' })).toBe(true);
    expect(matchesFilter(hybrid, { ...emptyFilter, format: 'in-person' })).toBe(true);
    expect(matchesFilter(ortho, { ...emptyFilter, format: 'online' })).toBe(false);
  });
  it('filters 病院向け / 診療所向け', () => {
    expect(matchesFilter(hybrid, { ...emptyFilter, audience: 'clinic' })).toBe(false);
    expect(matchesFilter(ortho, { ...emptyFilter, audience: 'clinic' })).toBe(true);
  });
  it('counts per option given the other choices; 0 marks an impossible combination', () => {
    const counts = optionCounts([ortho, hybrid], { ...emptyFilter, kind: 'outreach' }, 'topic', ['orthopedics', 'acute-care']);
    expect(Object.fromEntries(counts)).toEqual({ orthopedics: 1, 'acute-care': 0 });
    expect(Object.fromEntries(optionCounts([ortho, hybrid], emptyFilter, 'format', ['online', 'in-person']))).toEqual({ online: 1, 'in-person': 2 });
  });
  it('offers this month and later only', () => {
    expect(upcomingMonths(['2026-11', '2026-12', '2027-01'], '2026-12')).toEqual(['2026-12', '2027-01']);
  });
  it('a cancelled or postponed session is in no month', () => {
    const data = seminarSchema.parse({ title: 't', kind: 'outreach', specialty: 'orthopedics', format: 'in-person', summary: 's', audience: 'a', start: '2027-01-21T19:00:00+09:00', venue: { name: 'v', address: '東京都立川市1' }, lifecycle: 'postponed', changes: [{ date: '2026-12-24T10:00:00+09:00', note: '延期' }] });
    expect(monthKeysOf(data)).toEqual([]);
    expect(monthKeysOf({ ...data, lifecycle: 'scheduled' })).toEqual(['2027-01']);
  });
});
