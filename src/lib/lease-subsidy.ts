/**
 * The lease-contract EHR subsidy of the Tokyo plan (リース契約による導入の制度（案）):
 * the 基準額 (maximum) for an institution type and bed count. Figures and wording are
 * copied from the plan; the official 交付要綱 govern, which the page says beside every result.
 */

export const institutionTypes = ['hospital', 'clinic'] as const;
export type InstitutionType = (typeof institutionTypes)[number];

export const institutionTypeLabels: Record<InstitutionType, string> = {
  hospital: '病院',
  clinic: '診療所',
};

/** 605千円 per bed, for hospitals and for clinics with 5 beds or more. */
export const perBedThousandYen = 605;
/** Flat 3,000千円 for clinics with 4 beds or fewer. */
export const smallClinicThousandYen = 3000;
/** Clinics at or above this bed count are paid per bed. */
export const perBedClinicMinBeds = 5;
/**
 * Sanity limit for typed input, not a rule of the subsidy: the largest hospitals in
 * Japan have well under this many beds, so a bigger number is almost surely a typo.
 */
export const maxBeds = 9999;

export type SubsidyRule = 'hospital-per-bed' | 'clinic-per-bed' | 'clinic-flat';

/** The plan's wording of each rule, shown next to a result. */
export const ruleWording: Record<SubsidyRule, string> = {
  'hospital-per-bed': '病院：605千円×病床数',
  'clinic-per-bed': '診療所：①605千円×病床数（5床以上の診療所）',
  'clinic-flat': '診療所：②3,000千円（4床以下の診療所）',
};

/** Conditions of the lease contract and of payment, quoted from the plan. */
export const leaseConditions: readonly string[] = [
  '使用料を含む',
  '厚生労働省標準規格（SS-MIX2ストレージまたはHL7FHIR記述仕様）で出力することが可能であること',
  'リース期間は5年以下の契約であること',
];
export const otherConditions: readonly string[] = [
  'リース契約で調達する電子カルテは、リース期間終了後に患者情報を適切に引継ぐことができるものであること。',
  'リース期間終了後は国が定めた標準仕様に準拠したクラウド・ネイティブ型システムへの移行を見据えて導入すること。',
  '再リースへの交付は不可とする',
  'リース料にかかる補助金の交付は単年度・実績払いとする',
  '医療機関側の自由意思による中途解約可能なリース取引は除く',
];

export interface SubsidyResult {
  readonly ok: true;
  readonly institutionType: InstitutionType;
  readonly beds: number;
  readonly rule: SubsidyRule;
  readonly thousandYen: number;
  readonly yen: number;
}
export interface SubsidyError {
  readonly ok: false;
  readonly field: 'institutionType' | 'beds';
  readonly message: string;
}

export const subsidyMessages = {
  typeMissing: '医療機関の種類（病院または診療所）を選んでください。',
  bedsMissing: '病床数を入力してください。',
  bedsNotNumber: '病床数は数字で入力してください（例：19）。',
  bedsNotInteger: '病床数は小数点のない整数で入力してください（例：19）。',
  bedsNegative: '病床数にマイナスの数は入力できません。',
  hospitalZero: '病院の病床数は1床以上で入力してください。',
  bedsTooLarge: `病床数が大きすぎます。${maxBeds.toLocaleString('ja-JP')}床以下で入力してください。`,
} as const;

/**
 * Reads a bed count as people type it: full-width digits (１９) and surrounding spaces are
 * fine; anything else gets a message saying what to fix.
 */
export function parseBeds(raw: unknown): { ok: true; beds: number } | SubsidyError {
  const fail = (message: string): SubsidyError => ({ ok: false, field: 'beds', message });
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail(subsidyMessages.bedsNotNumber);
    return checkBeds(raw, fail);
  }
  if (typeof raw !== 'string') return fail(subsidyMessages.bedsMissing);
  const text = raw.normalize('NFKC').trim().replace(/^[−ー]/, '-');
  if (text === '') return fail(subsidyMessages.bedsMissing);
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return fail(subsidyMessages.bedsNotNumber);
  return checkBeds(Number(text), fail);
}

function checkBeds(value: number, fail: (message: string) => SubsidyError): { ok: true; beds: number } | SubsidyError {
  if (value < 0) return fail(subsidyMessages.bedsNegative);
  if (!Number.isInteger(value)) return fail(subsidyMessages.bedsNotInteger);
  if (value > maxBeds) return fail(subsidyMessages.bedsTooLarge);
  return { ok: true, beds: value === 0 ? 0 : value };
}

/**
 * The maximum subsidy (基準額) for one institution.
 * A clinic without beds (無床診療所, 0床) is a clinic with 4 beds or fewer, so it gets the
 * flat amount; a hospital needs at least one bed for "605千円×病床数" to mean anything.
 */
export function maxLeaseSubsidy(institutionType: unknown, bedsInput: unknown): SubsidyResult | SubsidyError {
  if (institutionType !== 'hospital' && institutionType !== 'clinic') {
    return { ok: false, field: 'institutionType', message: subsidyMessages.typeMissing };
  }
  const parsed = parseBeds(bedsInput);
  if (!parsed.ok) return parsed;
  const { beds } = parsed;
  if (institutionType === 'hospital' && beds === 0) {
    return { ok: false, field: 'beds', message: subsidyMessages.hospitalZero };
  }
  const rule: SubsidyRule =
    institutionType === 'hospital' ? 'hospital-per-bed' : beds >= perBedClinicMinBeds ? 'clinic-per-bed' : 'clinic-flat';
  const thousandYen = rule === 'clinic-flat' ? smallClinicThousandYen : perBedThousandYen * beds;
  return { ok: true, institutionType, beds, rule, thousandYen, yen: thousandYen * 1000 };
}

/** 「60,500千円（60,500,000円）」 */
export function formatSubsidy(result: Pick<SubsidyResult, 'thousandYen' | 'yen'>): string {
  return `${result.thousandYen.toLocaleString('ja-JP')}千円（${result.yen.toLocaleString('ja-JP')}円）`;
}
