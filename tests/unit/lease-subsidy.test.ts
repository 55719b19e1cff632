/**
 * The decision table of the lease subsidy (リース契約による導入の制度（案）) and the 医療法 bed
 * limits: every condition failed alone, combinations, impossible input, and the 基準額.
 */
import { describe, expect, it } from 'vitest';
import {
  assessLeaseSubsidy,
  conditionIds,
  conditions,
  formatSubsidy,
  leaseConditions,
  otherConditions,
  parseBeds,
  planTarget,
  reasonText,
  subsidyMessages,
  type Assessment,
  type ConditionId,
  type LeaseAnswers,
} from '../../src/lib/support/lease-subsidy';
import { answersFrom, previousStep, queryFor, rawAnswersFrom, resolveStep } from '../../src/lib/support/lease-checker';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A clinic that meets every condition; each case changes only what it tests. */
const eligibleClinic: LeaseAnswers = {
  kind: 'clinic',
  beds: '0',
  hasEhr: false,
  leaseYears: '5',
  includesUsageFee: true,
  standardOutput: true,
  reLease: false,
  cancellableAtWill: false,
};
const eligibleHospital: LeaseAnswers = { ...eligibleClinic, kind: 'hospital', beds: '100' };

const assess = (changes: Partial<LeaseAnswers>, base: LeaseAnswers = eligibleClinic): Assessment => {
  const result = assessLeaseSubsidy({ ...base, ...changes });
  if (!result.ok) throw new Error(`unexpected input error: ${result.field} ${result.message}`);
  return result;
};
const inputError = (changes: Partial<LeaseAnswers>, base: LeaseAnswers = eligibleClinic) => {
  const result = assessLeaseSubsidy({ ...base, ...changes });
  if (result.ok) throw new Error(`expected an input error, got eligible=${result.eligible}`);
  return result;
};

/** The one change to the eligible clinic that fails each condition. */
const failing: Record<ConditionId, Partial<LeaseAnswers>> = {
  medical: { kind: 'dental-clinic' },
  noEhr: { hasEhr: true },
  usageFee: { includesUsageFee: false },
  standardOutput: { standardOutput: false },
  leaseYears: { leaseYears: '6' },
  notReLease: { reLease: true },
  notCancellable: { cancellableAtWill: true },
};

describe('eligible institutions get the 基準額 and its rule', () => {
  it.each([
    ['clinic', '0', 3000, 'clinic-flat'],
    ['clinic', '4', 3000, 'clinic-flat'],
    ['clinic', '5', 3025, 'clinic-per-bed'],
    ['clinic', '19', 11495, 'clinic-per-bed'],
    ['clinic', '１９', 11495, 'clinic-per-bed'],
    ['hospital', '20', 12100, 'hospital-per-bed'],
    ['hospital', '100', 60500, 'hospital-per-bed'],
    ['hospital', '3000', 1815000, 'hospital-per-bed'],
  ] as const)('%s %s床 → %i千円 (%s)', (kind, beds, thousandYen, rule) => {
    const result = assess({ kind, beds });
    expect(result).toMatchObject({ eligible: true, reasons: [], failed: [], thousandYen, rule });
  });

  it.each([['5'], ['4.5'], ['１'], [3]])('a lease of %j years is within 5年以下', (leaseYears) => {
    expect(assess({ leaseYears }).eligible).toBe(true);
  });
});

describe('each condition failed alone makes the answer 対象外, quoting that condition', () => {
  it.each(conditionIds)('%s', (id) => {
    for (const base of id === 'medical' ? [eligibleClinic] : [eligibleClinic, eligibleHospital]) {
      const result = assess(failing[id], base);
      expect(result.eligible).toBe(false);
      expect(result.thousandYen).toBeUndefined();
      expect(result.failed).toEqual([id]);
      expect(result.reasons).toEqual([reasonText(id)]);
      expect(result.reasons[0]).toContain(`「${conditions[id].quote}」`);
    }
  });

  it('a 6-year lease is out, a 5.1-year lease too', () => {
    expect(assess({ leaseYears: '5.1' }).failed).toEqual(['leaseYears']);
    expect(assess({ leaseYears: 6 }).failed).toEqual(['leaseYears']);
  });

  it('the issue\'s cases: an EHR already in place, a 6-year or a cancellable lease never read 3,000千円', () => {
    for (const changes of [{ hasEhr: true }, { leaseYears: '６' }, { cancellableAtWill: true }]) {
      const result = assess(changes);
      expect(result.eligible).toBe(false);
      expect(result).not.toHaveProperty('thousandYen');
    }
  });
});

describe('combinations list every failed condition, in the order asked', () => {
  it.each([
    [['noEhr', 'leaseYears']],
    [['usageFee', 'standardOutput']],
    [['medical', 'noEhr']],
    [['notReLease', 'notCancellable']],
    [['leaseYears', 'notReLease', 'notCancellable']],
    [['medical', 'usageFee', 'standardOutput', 'leaseYears']],
    [[...conditionIds]],
  ] as [ConditionId[]][])('%j', (ids) => {
    const changes = Object.assign({}, ...ids.map((id) => failing[id])) as Partial<LeaseAnswers>;
    const result = assess(changes);
    expect(result.eligible).toBe(false);
    expect(result.failed).toEqual(ids);
    expect(result.reasons).toHaveLength(ids.length);
  });

  it('an ineligible hospital with an EHR in place and a cancellable 7-year lease gets three reasons', () => {
    const result = assess({ hasEhr: true, cancellableAtWill: true, leaseYears: '7' }, eligibleHospital);
    expect(result.reasons).toEqual([reasonText('noEhr'), reasonText('leaseYears'), reasonText('notCancellable')]);
  });
});

describe('医療法 bed limits and impossible numbers are input errors, never results', () => {
  it.each([
    // The cases: 診療所 20床, 診療所 500床, 病院 1床, 病院 9,999床.
    ['clinic', '20', subsidyMessages.clinicTooMany],
    ['clinic', '500', subsidyMessages.clinicTooMany],
    ['dental-clinic', '20', subsidyMessages.clinicTooMany],
    ['hospital', '1', subsidyMessages.hospitalTooFew],
    ['hospital', '19', subsidyMessages.hospitalTooFew],
    ['hospital', '0', subsidyMessages.hospitalTooFew],
    ['hospital', '9999', subsidyMessages.bedsTooLarge],
    ['hospital', '3001', subsidyMessages.bedsTooLarge],
    ['clinic', '-1', subsidyMessages.bedsNegative],
    ['clinic', '−3', subsidyMessages.bedsNegative],
    ['clinic', '4.5', subsidyMessages.bedsNotInteger],
    ['clinic', '５.５', subsidyMessages.bedsNotInteger],
    ['clinic', '', subsidyMessages.bedsMissing],
    ['clinic', '　', subsidyMessages.bedsMissing],
    ['clinic', undefined, subsidyMessages.bedsMissing],
    ['clinic', '十', subsidyMessages.bedsNotNumber],
    ['clinic', '5床', subsidyMessages.bedsNotNumber],
    ['clinic', '1e3', subsidyMessages.bedsNotNumber],
    ['clinic', Number.NaN, subsidyMessages.bedsNotNumber],
    ['clinic', Number.POSITIVE_INFINITY, subsidyMessages.bedsNotNumber],
  ] as const)('%s %j床', (kind, beds, message) => {
    expect(inputError({ kind, beds })).toEqual({ ok: false, field: 'beds', message });
  });

  it.each([
    ['0', subsidyMessages.yearsNotPositive],
    ['-5', subsidyMessages.yearsNotPositive],
    ['', subsidyMessages.yearsMissing],
    ['五年', subsidyMessages.yearsNotNumber],
    ['31', subsidyMessages.yearsTooLarge],
    ['100', subsidyMessages.yearsTooLarge],
  ])('lease of %j years', (leaseYears, message) => {
    expect(inputError({ leaseYears })).toEqual({ ok: false, field: 'leaseYears', message });
  });

  it('an unknown kind or a missing yes/no answer names its field', () => {
    expect(inputError({ kind: 'pharmacy' })).toMatchObject({ field: 'kind', message: subsidyMessages.kindMissing });
    expect(inputError({ kind: undefined })).toMatchObject({ field: 'kind' });
    expect(inputError({ hasEhr: undefined })).toMatchObject({ field: 'hasEhr', message: subsidyMessages.hasEhrMissing });
    expect(inputError({ includesUsageFee: 'yes' })).toMatchObject({ field: 'includesUsageFee' });
    expect(inputError({ standardOutput: undefined })).toMatchObject({ field: 'standardOutput' });
    expect(inputError({ reLease: undefined })).toMatchObject({ field: 'reLease' });
    expect(inputError({ cancellableAtWill: null })).toMatchObject({ field: 'cancellableAtWill' });
  });

  it('the earliest impossible answer is reported first', () => {
    expect(inputError({ kind: 'hospital', beds: '3', leaseYears: '0' }).field).toBe('beds');
  });

  it('every message is Japanese', () => {
    for (const message of Object.values(subsidyMessages)) expect(message).toMatch(/[ぁ-んァ-ン一-龥]/);
  });
});

describe('the wording is the plan\'s', () => {
  const plan = readFileSync(path.resolve('docs/source/tokyo-medical-dx-plan-r8.md'), 'utf8');
  it('every quoted condition stands in the plan word for word', () => {
    for (const text of [planTarget, ...leaseConditions, ...otherConditions, ...conditionIds.map((id) => conditions[id].quote)]) {
      expect(plan).toContain(text);
    }
  });
  it('formats amounts in 千円 and 円', () => {
    expect(formatSubsidy(60500)).toBe('60,500千円（60,500,000円）');
    expect(formatSubsidy(3000)).toBe('3,000千円（3,000,000円）');
  });
  it('parses beds typed with full-width digits and spaces', () => {
    expect(parseBeds('　１９ ')).toEqual({ ok: true, beds: 19 });
  });
});

describe('checker steps in the URL', () => {
  const full = '?kind=clinic&beds=3&hasEhr=no&includesUsageFee=yes&standardOutput=yes&leaseYears=5&reLease=no&cancellableAtWill=no&step=result';
  it('a bookmarked result URL reads back to the same answers', () => {
    const params = new URLSearchParams(full);
    expect(resolveStep(params)).toEqual({ step: 'result' });
    const raw = rawAnswersFrom(params);
    expect(queryFor('result', raw)).toBe(full);
    expect(assessLeaseSubsidy(answersFrom(raw))).toMatchObject({ eligible: true, thousandYen: 3000 });
  });
  it('a result URL with an impossible answer goes back to that question with its error', () => {
    const resolved = resolveStep(new URLSearchParams(full.replace('beds=3', 'beds=25')));
    expect(resolved).toEqual({ step: 'beds', error: { ok: false, field: 'beds', message: subsidyMessages.clinicTooMany } });
  });
  it('a step whose earlier answers are missing asks the first missing one, without an error', () => {
    expect(resolveStep(new URLSearchParams('?kind=hospital&step=leaseYears'))).toEqual({ step: 'beds' });
    expect(resolveStep(new URLSearchParams(''))).toEqual({ step: 'kind' });
  });
  it('Back goes to the previous question, and leaves the checker from the first', () => {
    expect(previousStep('result')).toBe('cancellableAtWill');
    expect(previousStep('beds')).toBe('kind');
    expect(previousStep('kind')).toBeUndefined();
  });
});
