/**
 * The lease-contract EHR subsidy of the Tokyo plan (リース契約による導入の制度（案））:
 * who qualifies and the 基準額 (maximum) for an institution. Figures and wording are copied
 * from the plan; the official 交付要綱 govern, which the page says beside every result.
 *
 * `assessLeaseSubsidy` is the one decision: the checker page, its no-JavaScript decision
 * table and the unit tests all read the conditions from here.
 */

export const institutionKinds = ['hospital', 'clinic', 'dental-clinic'] as const;
export type InstitutionKind = (typeof institutionKinds)[number];

export const institutionKindLabels: Record<InstitutionKind, string> = {
  hospital: '病院',
  clinic: '医科診療所',
  'dental-clinic': '歯科診療所',
};

/** 605千円 per bed, for hospitals and for clinics with 5 beds or more. */
export const perBedThousandYen = 605;
/** Flat 3,000千円 for clinics with 4 beds or fewer. */
export const smallClinicThousandYen = 3000;
/** Clinics at or above this bed count are paid per bed. */
export const perBedClinicMinBeds = 5;
/** 医療法: a 病院 has 20 beds or more; a 診療所 (医科・歯科) has none or at most 19. */
export const hospitalMinBeds = 20;
export const clinicMaxBeds = 19;
/**
 * Sanity limit for typed input, not a rule of the subsidy: no hospital in Tokyo comes near
 * it, so a bigger number is a typo (9,999床 would be more than the whole programme).
 */
export const maxBeds = 3000;
/** The plan's limit on the lease period, in years. */
export const maxLeaseYears = 5;
/** Sanity limit for typed lease periods: longer is a typo, not a lease. */
export const maxTypedLeaseYears = 30;

export type SubsidyRule = 'hospital-per-bed' | 'clinic-per-bed' | 'clinic-flat';

/** The plan's wording of each rule, shown next to a result. */
export const ruleWording: Record<SubsidyRule, string> = {
  'hospital-per-bed': '病院：605千円×病床数',
  'clinic-per-bed': '診療所：①605千円×病床数（5床以上の診療所）',
  'clinic-flat': '診療所：②3,000千円（4床以下の診療所）',
};

/** 補助対象 and 基準額 as the plan words them. */
export const planTarget = '電子カルテ未導入の病院及び医科診療所';
export const planCosts = '電子カルテシステムの導入に関する経費';
export const planBaseAmount = '病院：605千円×病床数\n診療所：①605千円×病床数（5床以上の診療所）、②3,000千円（4床以下の診療所）';

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

/** Every condition an answer can fail, in the order the checker asks about them. */
export const conditionIds = ['medical', 'noEhr', 'usageFee', 'standardOutput', 'leaseYears', 'notReLease', 'notCancellable'] as const;
export type ConditionId = (typeof conditionIds)[number];

export interface Condition {
  /** The plan's words, quoted exactly. */
  readonly quote: string;
  /** Where in the plan the words stand. */
  readonly section: '補助対象' | '対象となるリース契約' | 'その他';
  /** The condition as a yes/no question of the decision table. */
  readonly requirement: string;
  /** Why these answers fail it (shown after the quote). */
  readonly failure: string;
  /** What would have to be different for this condition to be met. */
  readonly change: string;
}

export const conditions: Record<ConditionId, Condition> = {
  medical: {
    quote: planTarget,
    section: '補助対象',
    requirement: '病院または医科診療所であること（歯科診療所は対象外）',
    failure: '歯科診療所は、補助対象の「病院及び医科診療所」に含まれません。',
    change: 'この補助は病院と医科診療所が対象です。歯科診療所の方は、国の支援制度や東京都の他の支援メニューをご覧ください。',
  },
  noEhr: {
    quote: planTarget,
    section: '補助対象',
    requirement: '電子カルテを導入していないこと',
    failure: 'すでに電子カルテを導入しているため、「電子カルテ未導入」に当たりません。',
    change: 'この補助は電子カルテ未導入の医療機関が対象です。導入済みの医療機関は、サイバーセキュリティ対策支援事業など導入後の支援をご覧ください。',
  },
  usageFee: {
    quote: '使用料を含む',
    section: '対象となるリース契約',
    requirement: 'リース契約に電子カルテの使用料を含むこと',
    failure: 'リース契約に使用料が含まれていません。',
    change: '電子カルテの使用料を含むリース契約にすると、この条件を満たします。',
  },
  standardOutput: {
    quote: leaseConditions[1]!,
    section: '対象となるリース契約',
    requirement: '厚生労働省標準規格（SS-MIX2ストレージまたはHL7FHIR）で出力できること',
    failure: '電子カルテが厚生労働省標準規格で出力できません（または確認できていません）。',
    change: 'SS-MIX2ストレージまたはHL7FHIR記述仕様で出力できる電子カルテを選ぶと、この条件を満たします。販売・リース事業者に確認してください。',
  },
  leaseYears: {
    quote: 'リース期間は5年以下の契約であること',
    section: '対象となるリース契約',
    requirement: 'リース期間が5年以下であること',
    failure: 'リース期間が5年を超えています。',
    change: 'リース期間を5年以下にした契約であれば、この条件を満たします。',
  },
  notReLease: {
    quote: '再リースへの交付は不可とする',
    section: 'その他',
    requirement: '再リースではないこと',
    failure: '再リース（リース期間終了後の契約の延長）には交付されません。',
    change: '再リースではなく、新たに結ぶリース契約であれば、この条件を満たします。',
  },
  notCancellable: {
    quote: '医療機関側の自由意思による中途解約可能なリース取引は除く',
    section: 'その他',
    requirement: '医療機関側の自由意思で中途解約できる契約ではないこと',
    failure: '医療機関側の自由意思で中途解約できるリース取引は除かれます。',
    change: '医療機関側の自由意思では中途解約できない契約（解約不能のリース契約）であれば、この条件を満たします。',
  },
};

/** Answers as the checker collects them; beds and years as typed (number or text). */
export interface LeaseAnswers {
  kind: unknown;
  beds: unknown;
  hasEhr: unknown;
  leaseYears: unknown;
  includesUsageFee: unknown;
  standardOutput: unknown;
  reLease: unknown;
  cancellableAtWill: unknown;
}
export type AnswerField = keyof LeaseAnswers;

export interface AssessmentError {
  readonly ok: false;
  readonly field: AnswerField;
  readonly message: string;
}
export interface Assessment {
  readonly ok: true;
  readonly eligible: boolean;
  /** Every condition the answers fail, each quoting the plan: 「…」（section）— why. */
  readonly reasons: readonly string[];
  /** The failed conditions, in the same order as `reasons`. */
  readonly failed: readonly ConditionId[];
  /** The 基準額 in 千円, when eligible. */
  readonly thousandYen?: number;
  readonly rule?: SubsidyRule;
  readonly beds: number;
  readonly leaseYears: number;
}

const formatCount = (n: number) => n.toLocaleString('ja-JP');

export const subsidyMessages = {
  kindMissing: '医療機関の種類（病院・医科診療所・歯科診療所）を選んでください。',
  bedsMissing: '病床数を入力してください。病床のない診療所は 0 と入力します。',
  bedsNotNumber: '病床数は数字で入力してください（例：19）。',
  bedsNotInteger: '病床数は小数点のない整数で入力してください（例：19）。',
  bedsNegative: '病床数にマイナスの数は入力できません。',
  hospitalTooFew: `病院は病床が${hospitalMinBeds}床以上の施設です（医療法）。${clinicMaxBeds}床以下の場合は「医科診療所」を選んでください。`,
  clinicTooMany: `診療所は病床が${clinicMaxBeds}床以下の施設です（医療法）。${hospitalMinBeds}床以上の場合は「病院」を選んでください。`,
  bedsTooLarge: `病床数が大きすぎます。入力した数をご確認ください（${formatCount(maxBeds)}床以下で入力してください）。`,
  yearsMissing: 'リース期間（年）を入力してください。',
  yearsNotNumber: 'リース期間は年数を数字で入力してください（例：5、4.5）。',
  yearsNotPositive: 'リース期間は0年より長い期間を入力してください。',
  yearsTooLarge: `リース期間が長すぎます。入力した年数をご確認ください（${maxTypedLeaseYears}年以下で入力してください）。`,
  hasEhrMissing: '電子カルテを導入済みかどうかを選んでください。',
  includesUsageFeeMissing: 'リース契約に使用料が含まれるかどうかを選んでください。',
  standardOutputMissing: '厚生労働省標準規格で出力できるかどうかを選んでください。',
  reLeaseMissing: '再リースかどうかを選んでください。',
  cancellableAtWillMissing: '医療機関側の自由意思で中途解約できる契約かどうかを選んでください。',
} as const;

type NumberResult = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads a number as people type it: full-width digits (１９), a full-width or long-vowel
 * minus, and surrounding spaces are fine; anything else is refused.
 */
function readNumber(raw: unknown): NumberResult | 'missing' | 'not-number' {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : 'not-number';
  if (typeof raw !== 'string') return 'missing';
  const text = raw.normalize('NFKC').trim().replace(/^[−ー‐]/, '-');
  if (text === '') return 'missing';
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return 'not-number';
  return { ok: true, value: Number(text) };
}

/** A bed count, typed; the limits of 医療法 are checked in `assessLeaseSubsidy`. */
export function parseBeds(raw: unknown): { ok: true; beds: number } | AssessmentError {
  const fail = (message: string): AssessmentError => ({ ok: false, field: 'beds', message });
  const read = readNumber(raw);
  if (read === 'missing') return fail(subsidyMessages.bedsMissing);
  if (read === 'not-number' || !read.ok) return fail(subsidyMessages.bedsNotNumber);
  const value = read.value;
  if (value < 0) return fail(subsidyMessages.bedsNegative);
  if (!Number.isInteger(value)) return fail(subsidyMessages.bedsNotInteger);
  if (value > maxBeds) return fail(subsidyMessages.bedsTooLarge);
  return { ok: true, beds: value === 0 ? 0 : value };
}

/** A lease period in years, typed (4.5 is a 54-month lease). */
export function parseLeaseYears(raw: unknown): { ok: true; years: number } | AssessmentError {
  const fail = (message: string): AssessmentError => ({ ok: false, field: 'leaseYears', message });
  const read = readNumber(raw);
  if (read === 'missing') return fail(subsidyMessages.yearsMissing);
  if (read === 'not-number' || !read.ok) return fail(subsidyMessages.yearsNotNumber);
  if (read.value <= 0) return fail(subsidyMessages.yearsNotPositive);
  if (read.value > maxTypedLeaseYears) return fail(subsidyMessages.yearsTooLarge);
  return { ok: true, years: read.value };
}

/** 医療法's line between 病院 and 診療所, for the kind the person chose. */
function bedLimitError(kind: InstitutionKind, beds: number): AssessmentError | undefined {
  if (kind === 'hospital' && beds < hospitalMinBeds) return { ok: false, field: 'beds', message: subsidyMessages.hospitalTooFew };
  if (kind !== 'hospital' && beds > clinicMaxBeds) return { ok: false, field: 'beds', message: subsidyMessages.clinicTooMany };
  return undefined;
}

/** The 基準額 rule for an institution the plan pays (病院 or 医科診療所). */
export function subsidyRule(kind: 'hospital' | 'clinic', beds: number): { rule: SubsidyRule; thousandYen: number } {
  if (kind === 'hospital') return { rule: 'hospital-per-bed', thousandYen: perBedThousandYen * beds };
  if (beds >= perBedClinicMinBeds) return { rule: 'clinic-per-bed', thousandYen: perBedThousandYen * beds };
  return { rule: 'clinic-flat', thousandYen: smallClinicThousandYen };
}

/** The order in which the checker asks (one question per step). */
export const answerOrder = ['kind', 'beds', 'hasEhr', 'includesUsageFee', 'standardOutput', 'leaseYears', 'reLease', 'cancellableAtWill'] as const satisfies readonly AnswerField[];

/** One reason as shown: the plan's quote, where it stands, and why the answers fail it. */
export function reasonText(id: ConditionId): string {
  const c = conditions[id];
  return `「${c.quote}」（${c.section}）— ${c.failure}`;
}

/**
 * Checks one answer on its own (with the kind, for beds): the checker calls it for each step,
 * and `assessLeaseSubsidy` for all of them in order, so both say the same thing.
 */
export function checkAnswer(field: AnswerField, answers: Partial<LeaseAnswers>): AssessmentError | undefined {
  switch (field) {
    case 'kind': {
      const kind = answers.kind;
      return typeof kind === 'string' && (institutionKinds as readonly string[]).includes(kind)
        ? undefined
        : { ok: false, field: 'kind', message: subsidyMessages.kindMissing };
    }
    case 'beds': {
      const beds = parseBeds(answers.beds);
      if (!beds.ok) return beds;
      const kind = answers.kind;
      return typeof kind === 'string' && (institutionKinds as readonly string[]).includes(kind) ? bedLimitError(kind as InstitutionKind, beds.beds) : undefined;
    }
    case 'leaseYears': {
      const years = parseLeaseYears(answers.leaseYears);
      return years.ok ? undefined : years;
    }
    default:
      return typeof answers[field] === 'boolean' ? undefined : { ok: false, field, message: subsidyMessages[`${field}Missing`] };
  }
}

/**
 * Decides whether the lease subsidy can apply, from the checker's answers. Impossible input
 * (a 病院 under 20 beds, a 診療所 over 19, a bed count or period that is not a number) is an
 * error naming the field, never a result; otherwise every failed condition is listed.
 */
export function assessLeaseSubsidy(answers: LeaseAnswers): Assessment | AssessmentError {
  // Checked in the order the checker asks, so the first error is the earliest question.
  for (const field of answerOrder) {
    const error = checkAnswer(field, answers);
    if (error) return error;
  }
  const kind = answers.kind as InstitutionKind;
  const beds = (parseBeds(answers.beds) as { beds: number }).beds;
  const years = (parseLeaseYears(answers.leaseYears) as { years: number }).years;
  const fails: Record<ConditionId, boolean> = {
    medical: kind === 'dental-clinic',
    noEhr: answers.hasEhr === true,
    usageFee: answers.includesUsageFee === false,
    standardOutput: answers.standardOutput === false,
    leaseYears: years > maxLeaseYears,
    notReLease: answers.reLease === true,
    notCancellable: answers.cancellableAtWill === true,
  };
  const failed = conditionIds.filter((id) => fails[id]);
  const base = { ok: true as const, reasons: failed.map(reasonText), failed, beds, leaseYears: years };
  if (kind === 'dental-clinic' || failed.length > 0) return { ...base, eligible: false };
  const { rule, thousandYen } = subsidyRule(kind, beds);
  return { ...base, eligible: true, rule, thousandYen };
}

/** 「60,500千円（60,500,000円）」 */
export function formatSubsidy(thousandYen: number): string {
  return `${formatCount(thousandYen)}千円（${formatCount(thousandYen * 1000)}円）`;
}
