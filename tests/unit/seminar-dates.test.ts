/** How session dates read on the page: Tokyo day and Reiwa year even when UTC is on another day or year. */
import { describe, expect, it } from 'vitest';
import { formatDateTimeRange, formatDateWithEra, toIsoJst } from '../../src/lib/site/dates';

describe('session dates in Japanese', () => {
  it('a New Year 00:30 JST session is 令和9年 1月1日 although UTC is still 2026', () => {
    const start = new Date('2027-01-01T00:30:00+09:00');
    expect(start.getUTCFullYear()).toBe(2026);
    expect(formatDateWithEra(start)).toBe('令和9年（2027年）1月1日（金）');
    expect(toIsoJst(start)).toBe('2027-01-01T00:30:00+09:00');
  });
  it('an outreach evening reads with weekday and time range', () => {
    expect(formatDateTimeRange(new Date('2026-12-17T19:00:00+09:00'), new Date('2026-12-17T20:30:00+09:00'))).toBe('2026年12月17日（木）19:00〜20:30');
    expect(formatDateWithEra(new Date('2026-12-17T19:00:00+09:00'))).toBe('令和8年（2026年）12月17日（木）');
  });
});
