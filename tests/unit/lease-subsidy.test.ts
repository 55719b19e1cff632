import { describe, expect, it } from 'vitest';
import { formatSubsidy, maxLeaseSubsidy, parseBeds, subsidyMessages } from '../../src/lib/lease-subsidy';

const amount = (type: string, beds: unknown) => {
  const result = maxLeaseSubsidy(type, beds);
  if (!result.ok) throw new Error(result.message);
  return result;
};
const error = (type: unknown, beds: unknown) => {
  const result = maxLeaseSubsidy(type, beds);
  if (result.ok) throw new Error(`expected an error, got ${result.thousandYen}`);
  return result;
};

describe('maxLeaseSubsidy: hospitals (605千円×病床数)', () => {
  it.each([
    [1, 605],
    [4, 2420],
    [5, 3025],
    [20, 12100],
    [100, 60500],
    [9999, 6049395],
  ])('%i beds → %i千円', (beds, thousandYen) => {
    const result = amount('hospital', beds);
    expect(result.thousandYen).toBe(thousandYen);
    expect(result.yen).toBe(thousandYen * 1000);
    expect(result.rule).toBe('hospital-per-bed');
  });
  it('rejects a hospital with 0 beds', () => {
    expect(error('hospital', 0)).toMatchObject({ field: 'beds', message: subsidyMessages.hospitalZero });
  });
});

describe('maxLeaseSubsidy: clinics, boundary at 4/5 beds', () => {
  it.each([
    [0, 3000, 'clinic-flat'],
    [1, 3000, 'clinic-flat'],
    [4, 3000, 'clinic-flat'],
    [5, 3025, 'clinic-per-bed'],
    [6, 3630, 'clinic-per-bed'],
    [19, 11495, 'clinic-per-bed'],
  ] as const)('%i beds → %i千円 (%s)', (beds, thousandYen, rule) => {
    const result = amount('clinic', beds);
    expect(result).toMatchObject({ thousandYen, yen: thousandYen * 1000, rule, beds });
  });
  it('a 4-bed clinic gets the flat amount even though 605×4 would be less', () => {
    expect(amount('clinic', 4).thousandYen).toBeGreaterThan(605 * 4);
  });
});

describe('maxLeaseSubsidy: invalid input is explained in Japanese', () => {
  it.each([
    [-1, subsidyMessages.bedsNegative],
    ['-3', subsidyMessages.bedsNegative],
    ['−3', subsidyMessages.bedsNegative],
    [4.5, subsidyMessages.bedsNotInteger],
    ['4.5', subsidyMessages.bedsNotInteger],
    ['５.５', subsidyMessages.bedsNotInteger],
    ['', subsidyMessages.bedsMissing],
    ['   ', subsidyMessages.bedsMissing],
    [undefined, subsidyMessages.bedsMissing],
    ['abc', subsidyMessages.bedsNotNumber],
    ['5床', subsidyMessages.bedsNotNumber],
    ['1e3', subsidyMessages.bedsNotNumber],
    [Number.NaN, subsidyMessages.bedsNotNumber],
    [Number.POSITIVE_INFINITY, subsidyMessages.bedsNotNumber],
    [10000, subsidyMessages.bedsTooLarge],
  ])('clinic with %j beds', (beds, message) => {
    expect(error('clinic', beds)).toEqual({ ok: false, field: 'beds', message });
  });
  it('rejects a missing or unknown institution type before looking at beds', () => {
    expect(error(undefined, 10)).toMatchObject({ field: 'institutionType', message: subsidyMessages.typeMissing });
    expect(error('pharmacy', 10)).toMatchObject({ field: 'institutionType' });
  });
  it('every message is Japanese', () => {
    for (const message of Object.values(subsidyMessages)) expect(message).toMatch(/[ぁ-んァ-ン一-龥]/);
  });
});

describe('parseBeds', () => {
  it('accepts full-width digits and surrounding spaces as typed on Japanese keyboards', () => {
    expect(parseBeds('　１９ ')).toEqual({ ok: true, beds: 19 });
    expect(parseBeds('5.0')).toEqual({ ok: true, beds: 5 });
  });
});

describe('formatSubsidy', () => {
  it('writes 千円 and 円 with Japanese digit grouping', () => {
    expect(formatSubsidy(amount('hospital', 100))).toBe('60,500千円（60,500,000円）');
    expect(formatSubsidy(amount('clinic', 4))).toBe('3,000千円（3,000,000円）');
  });
});
