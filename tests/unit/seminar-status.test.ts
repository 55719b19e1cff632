/** Registration status at every boundary, including midnight in Tokyo while UTC is still on the previous day. */
import { describe, expect, it } from 'vitest';
import { CLOSING_SOON_MS, isAddable, isRegistrationOpen, registrationStatus, type StatusInput } from '../../src/lib/seminars/status';

const at = (iso: string) => new Date(iso);
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

// 出張講習会 style: registration 1 Nov 10:00 → 1 Dec 00:00 JST (= 30 Nov 15:00 UTC); session 3 Dec 19:00–20:30.
const session: StatusInput = {
  opens: at('2026-11-01T10:00:00+09:00'),
  closes: at('2026-12-01T00:00:00+09:00'),
  start: at('2026-12-03T19:00:00+09:00'),
  end: at('2026-12-03T20:30:00+09:00'),
};

describe('registrationStatus for a dated session', () => {
  it.each([
    ['one millisecond before opening', ms(session.opens!, -1), 'not-open'],
    ['at the opening instant', session.opens!, 'open'],
    ['one millisecond before the closing-soon window', ms(session.closes!, -CLOSING_SOON_MS - 1), 'open'],
    ['at the start of the closing-soon window', ms(session.closes!, -CLOSING_SOON_MS), 'closing-soon'],
    ['23:59:59.999 JST on the last day (UTC still 30 Nov)', at('2026-11-30T23:59:59.999+09:00'), 'closing-soon'],
    ['00:00 JST on 1 Dec (UTC 30 Nov 15:00): closed', at('2026-11-30T15:00:00Z'), 'closed'],
    ['between the deadline and the start', at('2026-12-02T12:00:00+09:00'), 'closed'],
    ['while it runs', at('2026-12-03T19:30:00+09:00'), 'closed'],
    ['one millisecond before the end', ms(session.end!, -1), 'closed'],
    ['at the end', session.end!, 'ended'],
  ] as const)('%s → %s', (_label, now, expected) => {
    expect(registrationStatus(session, now)).toBe(expected);
  });

  it('is the same instant whatever the clock zone: 1 Dec 00:00 JST written in UTC and in JST', () => {
    expect(registrationStatus(session, at('2026-12-01T00:00:00+09:00'))).toBe(registrationStatus(session, at('2026-11-30T15:00:00Z')));
  });

  it('without a deadline, registration closes at the start', () => {
    const noDeadline = { ...session, closes: undefined };
    expect(registrationStatus(noDeadline, ms(noDeadline.start!, -1))).toBe('closing-soon');
    expect(registrationStatus(noDeadline, noDeadline.start!)).toBe('closed');
  });

  it('without an opening date, it is open until the deadline', () => {
    expect(registrationStatus({ ...session, opens: undefined }, at('2026-01-01T00:00:00+09:00'))).toBe('open');
  });

  it('without an end, the session is over at its start', () => {
    expect(registrationStatus({ ...session, end: undefined }, session.start!)).toBe('ended');
  });
});

describe('overrides', () => {
  const before = at('2026-11-10T12:00:00+09:00');
  const after = at('2026-12-04T00:00:00+09:00');
  it('満員 replaces open and not-yet-open, but a finished session is still 開催終了', () => {
    expect(registrationStatus({ ...session, override: 'full' }, before)).toBe('full');
    expect(registrationStatus({ ...session, override: 'full' }, ms(session.opens!, -1))).toBe('full');
    expect(registrationStatus({ ...session, override: 'full' }, after)).toBe('ended');
  });
  it('キャンセル待ち and 残りわずか only while the window is open', () => {
    const open = at('2026-11-20T12:00:00+09:00');
    expect(registrationStatus({ ...session, override: 'waitlist' }, open)).toBe('waitlist');
    expect(registrationStatus({ ...session, override: 'few-left' }, open)).toBe('few-left');
    expect(registrationStatus({ ...session, override: 'few-left' }, ms(session.opens!, -1))).toBe('not-open');
    expect(registrationStatus({ ...session, override: 'waitlist' }, after)).toBe('ended');
    expect(isRegistrationOpen('waitlist') && isRegistrationOpen('few-left')).toBe(true);
  });
  it('only sessions that still take place are offered to add', () => {
    expect(isAddable(registrationStatus({ ...session, lifecycle: 'cancelled' }, before))).toBe(false);
    expect(isAddable(registrationStatus({ ...session, lifecycle: 'postponed' }, before))).toBe(false);
    expect(isAddable(registrationStatus({ ...session, lifecycle: 'rescheduled' }, before))).toBe(true);
    expect(isAddable(registrationStatus(session, after))).toBe(false);
  });
  it('中止 and 延期 win at any time, even after the original date', () => {
    for (const now of [before, after]) {
      expect(registrationStatus({ ...session, lifecycle: 'cancelled' }, now)).toBe('cancelled');
      expect(registrationStatus({ ...session, lifecycle: 'postponed' }, now)).toBe('postponed');
    }
  });
});

describe('on-demand modules', () => {
  const module: StatusInput = { availableFrom: at('2026-06-01T10:00:00+09:00'), availableUntil: at('2027-02-28T23:59:59+09:00') };
  it.each([
    [ms(module.availableFrom!, -1), 'not-open'],
    [module.availableFrom!, 'open'],
    [at('2026-11-25T12:00:00+09:00'), 'open'],
    [ms(module.availableUntil!, -CLOSING_SOON_MS), 'closing-soon'],
    [module.availableUntil!, 'ended'],
  ] as const)('at %s → %s', (now, expected) => {
    expect(registrationStatus(module, now)).toBe(expected);
  });
});
