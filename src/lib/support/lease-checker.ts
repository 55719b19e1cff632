/**
 * The steps of the lease-subsidy checker (GOV.UK "check if you can get" pattern): one
 * question per step, answers kept in the URL query so a step or a result can be bookmarked,
 * sent, or reached again with the browser's Back button. Pure: the page script only renders.
 */
import {
  answerOrder,
  checkAnswer,
  institutionKindLabels,
  institutionKinds,
  type AnswerField,
  type AssessmentError,
  type LeaseAnswers,
} from './lease-subsidy';

export type StepId = AnswerField | 'result';
export const resultStep = 'result';

export interface Question {
  readonly field: AnswerField;
  /** The question, as the step's heading. */
  readonly title: string;
  readonly hint?: string;
  /** Radio choices (value → label), or a typed number with its unit. */
  readonly input: { readonly type: 'choice'; readonly options: readonly { value: string; label: string }[] } | { readonly type: 'number'; readonly unit: string; readonly label: string };
  /** How the answer reads in the summary. */
  readonly summaryLabel: string;
}

const yesNo = [
  { value: 'yes', label: 'はい' },
  { value: 'no', label: 'いいえ' },
] as const;

export const questions: readonly Question[] = [
  {
    field: 'kind',
    title: '医療機関の種類を選んでください',
    hint: '医療法では、病床が20床以上の施設が病院、19床以下（病床なしを含む）の施設が診療所です。',
    input: { type: 'choice', options: institutionKinds.map((value) => ({ value, label: institutionKindLabels[value] })) },
    summaryLabel: '医療機関の種類',
  },
  {
    field: 'beds',
    title: '病床数は何床ですか',
    hint: '許可病床数を半角または全角の数字で入力してください。病床のない診療所は 0 と入力します。',
    input: { type: 'number', unit: '床', label: '病床数（床）' },
    summaryLabel: '病床数',
  },
  {
    field: 'hasEhr',
    title: 'すでに電子カルテを導入していますか',
    hint: '補助の対象は「電子カルテ未導入の病院及び医科診療所」です。',
    input: { type: 'choice', options: yesNo },
    summaryLabel: '電子カルテの導入',
  },
  {
    field: 'includesUsageFee',
    title: 'リース契約に電子カルテの使用料は含まれますか',
    input: { type: 'choice', options: yesNo },
    summaryLabel: '使用料を含む契約',
  },
  {
    field: 'standardOutput',
    title: '電子カルテは厚生労働省標準規格（SS-MIX2ストレージまたはHL7FHIR記述仕様）で出力できますか',
    hint: 'わからない場合は、販売・リース事業者に確認してください。確認できるまでは「いいえ」を選んでください。',
    input: { type: 'choice', options: yesNo },
    summaryLabel: '標準規格での出力',
  },
  {
    field: 'leaseYears',
    title: 'リース期間は何年ですか',
    hint: '年数を数字で入力してください。月単位の場合は年に直します（例：54か月は 4.5）。',
    input: { type: 'number', unit: '年', label: 'リース期間（年）' },
    summaryLabel: 'リース期間',
  },
  {
    field: 'reLease',
    title: '再リース（リース期間が終わった契約の延長）ですか',
    input: { type: 'choice', options: yesNo },
    summaryLabel: '再リース',
  },
  {
    field: 'cancellableAtWill',
    title: '医療機関側の自由意思で中途解約できる契約ですか',
    input: { type: 'choice', options: yesNo },
    summaryLabel: '自由意思での中途解約',
  },
];

/** Raw answers as they stand in the URL: strings, yes/no kept as typed values. */
export type RawAnswers = Partial<Record<AnswerField, string>>;

export function rawAnswersFrom(params: URLSearchParams): RawAnswers {
  const raw: RawAnswers = {};
  for (const field of answerOrder) {
    const value = params.get(field);
    if (value !== null) raw[field] = value;
  }
  return raw;
}

/** URL values → the answers `assessLeaseSubsidy` reads (yes/no → boolean). */
export function answersFrom(raw: RawAnswers): LeaseAnswers {
  const yes = (field: AnswerField) => (raw[field] === 'yes' ? true : raw[field] === 'no' ? false : undefined);
  return {
    kind: raw.kind,
    beds: raw.beds,
    hasEhr: yes('hasEhr'),
    leaseYears: raw.leaseYears,
    includesUsageFee: yes('includesUsageFee'),
    standardOutput: yes('standardOutput'),
    reLease: yes('reLease'),
    cancellableAtWill: yes('cancellableAtWill'),
  };
}

/** The query string of a step with the answers so far, in the order the questions come. */
export function queryFor(step: StepId, raw: RawAnswers): string {
  const params = new URLSearchParams();
  for (const field of answerOrder) {
    const value = raw[field];
    if (value !== undefined && value !== '') params.set(field, value);
  }
  params.set('step', step);
  return `?${params.toString()}`;
}

export interface ResolvedStep {
  readonly step: StepId;
  /** An answer that was given but cannot be true; shown on its step. */
  readonly error?: AssessmentError;
}

/**
 * Which step a URL shows. A step is reachable only when every earlier answer is valid;
 * otherwise the earliest missing or impossible answer is asked (with its error if it was
 * given), so a hand-edited or stale bookmark never shows a result the answers do not support.
 */
export function resolveStep(params: URLSearchParams): ResolvedStep {
  const requested = params.get('step');
  const raw = rawAnswersFrom(params);
  const answers = answersFrom(raw);
  const target = requested === resultStep ? answerOrder.length : Math.max(0, answerOrder.indexOf(requested as AnswerField));
  for (const field of answerOrder.slice(0, target)) {
    const error = checkAnswer(field, answers);
    if (error) return raw[field] === undefined || raw[field] === '' ? { step: field } : { step: field, error };
  }
  return { step: target === answerOrder.length ? resultStep : answerOrder[target]! };
}

/** The step before this one, or undefined on the first question (Back then leaves the checker). */
export function previousStep(step: StepId): StepId | undefined {
  if (step === resultStep) return answerOrder[answerOrder.length - 1];
  const index = answerOrder.indexOf(step);
  return index > 0 ? answerOrder[index - 1] : undefined;
}

export function nextStep(step: AnswerField): StepId {
  const index = answerOrder.indexOf(step);
  return answerOrder[index + 1] ?? resultStep;
}

/** How an answer reads in the summary: 「19床」「はい」「医科診療所」. */
export function answerText(field: AnswerField, raw: RawAnswers): string {
  const value = raw[field] ?? '';
  const question = questions.find((q) => q.field === field)!;
  if (question.input.type === 'number') return `${value.normalize('NFKC').trim()}${question.input.unit}`;
  return question.input.options.find((option) => option.value === value)?.label ?? '';
}
