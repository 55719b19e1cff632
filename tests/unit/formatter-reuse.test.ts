/**
 * Build cost (issue 23): the date helpers every page calls must reuse their Intl formatters.
 * Constructing one costs ≈ 124 µs against ≈ 8 µs per format, and a 2,000-session build calls
 * these tens of thousands of times. The test counts constructions while the helpers run.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTimeRange, formatDateWithEra, formatTime, tokyoDayKey } from '../../src/lib/site/dates';
import { monthKeysOf, tokyoMonthKey } from '../../src/lib/seminars/sessions';
import { seminarSchema } from '../../src/schemas/seminar';

const Original = Intl.DateTimeFormat;
let constructed = 0;

beforeEach(() => {
  constructed = 0;
  const Counting = new Proxy(Original, {
    construct(target, args) {
      constructed += 1;
      return Reflect.construct(target, args);
    },
    apply(target, self, args) {
      constructed += 1;
      return Reflect.apply(target, self, args);
    },
  });
  Intl.DateTimeFormat = Counting;
});
afterEach(() => {
  Intl.DateTimeFormat = Original;
});

describe('date helpers construct no formatter per call', () => {
  const start = new Date('2026-07-09T19:00:00+09:00');
  const end = new Date('2026-07-10T09:00:00+09:00');

  it('dates.ts', () => {
    for (let i = 0; i < 50; i += 1) {
      expect(tokyoDayKey(start)).toBe('2026-07-09');
      expect(formatDateTimeRange(start, end)).toBe('2026年7月9日（木）19:00〜2026年7月10日（金）09:00');
      formatDate(start);
      formatTime(start);
      formatDateWithEra(start);
    }
    expect(constructed).toBe(0);
  });

  it('seminars.ts month keys', () => {
    const data = seminarSchema.parse({ title: 't', kind: 'basic', format: 'on-demand', summary: 's', audience: 'a', availableFrom: '2026-11-01T10:00:00+09:00', availableUntil: '2027-02-28T23:59:59+09:00' });
    for (let i = 0; i < 50; i += 1) {
      expect(tokyoMonthKey(start)).toBe('2026-07');
      expect(monthKeysOf(data)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    }
    expect(constructed).toBe(0);
  });

  it('monthKeysOf hands out a copy, so a caller cannot change the memoised answer', () => {
    const data = seminarSchema.parse({ title: 't', kind: 'basic', format: 'on-demand', summary: 's', audience: 'a', availableFrom: '2026-11-01T10:00:00+09:00', availableUntil: '2026-12-28T23:59:59+09:00' });
    monthKeysOf(data).push('9999-99');
    expect(monthKeysOf(data)).toEqual(['2026-11', '2026-12']);
  });
});
