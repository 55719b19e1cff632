import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTimeRange, formatDateWithEra, formatJapaneseEraYear, formatTime, toIsoJst, tokyoDayKey } from '../../src/lib/site/dates';

describe('dates in Tokyo', () => {
  it('formats a date with the weekday in Japanese', () => {
    expect(formatDate(new Date('2026-07-09T19:00:00+09:00'))).toBe('2026年7月9日（木）');
  });

  it('uses the Tokyo day even when UTC is still on the previous day', () => {
    const justAfterMidnightJst = new Date('2026-07-09T00:30:00+09:00'); // 2026-07-08T15:30Z
    expect(justAfterMidnightJst.getUTCDate()).toBe(8);
    expect(formatDate(justAfterMidnightJst)).toBe('2026年7月9日（木）');
    expect(tokyoDayKey(justAfterMidnightJst)).toBe('2026-07-09');
    expect(formatTime(justAfterMidnightJst)).toBe('00:30');
  });

  it('gives the Reiwa year, with 元年 for 2019', () => {
    expect(formatJapaneseEraYear(new Date('2026-10-15T12:00:00+09:00'))).toBe('令和8年');
    expect(formatJapaneseEraYear(new Date('2019-05-01T00:00:00+09:00'))).toBe('令和元年');
    expect(formatJapaneseEraYear(new Date('2019-04-30T12:00:00+09:00'))).toBe('平成31年');
    expect(formatJapaneseEraYear(new Date('2027-02-28T23:59:00+09:00'))).toBe('令和9年');
  });

  it('writes official-style dates with both calendars', () => {
    expect(formatDateWithEra(new Date('2026-10-15T10:00:00+09:00'))).toBe('令和8年（2026年）10月15日（木）');
  });

  it('formats a time range on one day and across days', () => {
    expect(formatDateTimeRange(new Date('2026-07-09T19:00:00+09:00'), new Date('2026-07-09T20:30:00+09:00'))).toBe(
      '2026年7月9日（木）19:00〜20:30',
    );
    expect(formatDateTimeRange(new Date('2026-07-09T23:00:00+09:00'), new Date('2026-07-10T01:00:00+09:00'))).toBe(
      '2026年7月9日（木）23:00〜2026年7月10日（金）01:00',
    );
    expect(formatDateTimeRange(new Date('2026-07-09T19:00:00+09:00'))).toBe('2026年7月9日（木）19:00〜');
  });

  it('writes machine-readable times with +09:00', () => {
    expect(toIsoJst(new Date('2026-07-09T10:00:00Z'))).toBe('2026-07-09T19:00:00+09:00');
    expect(toIsoJst(new Date('2026-07-08T15:30:00Z'))).toBe('2026-07-09T00:30:00+09:00');
  });
});
