import { z } from 'astro/zod';
import { barKinds } from './vocabularies';
import { sample } from './shared';

/** Which chart a figure belongs to. */
export const adoptionSeries = ['hospital', 'clinic'] as const;

/** One figure as the source states it. */
export const adoptionFigure = z.object({
  /** Chart the figure is drawn in: hospital (病院) or clinic (診療所). */
  series: z.enum(adoptionSeries),
  /** Institution type in the source's own words (「一般診療所」「医科診療所」). */
  label: z.string().trim().min(1, '対象（label）を入力してください'),
  /** Percentage 0–100, as drawn. 「概ね100%」 is 100 here and written in valueText. */
  percent: z.number({ error: '割合（percent）は数値で入力してください' }).min(0, '割合は0以上です').max(100, '割合は100以下です'),
  /** How the source writes the value, when it is not simply `${percent}%` (e.g. 「概ね100%」). */
  valueText: z.string().trim().min(1).optional(),
});

/**
 * One period of EHR (電子カルテ) adoption figures for the dashboard. Staff add a new
 * entry (one folder) for a new year's figures; the charts and tables pick it up.
 */
export const adoptionSchema = z.object({
  /** Heading for the period, e.g. 「令和8年の導入率」. */
  title: z.string().trim().min(1),
  /** Period as the source words it: 「令和8年」「令和9年度末」「令和12年度まで」 (和暦, never the plan's 「R9」). */
  period: z.string().trim().min(1, '時点（period）を入力してください'),
  /** Gregorian year the period falls in, for ordering (fiscal years by their start year). */
  year: z.number().int().min(2000).max(2100),
  /** actual = 実績, expected = 見込み, target = 目標. */
  kind: z.enum(barKinds),
  figures: z.array(adoptionFigure).min(1, '数値（figures）を1件以上入力してください'),
  /**
   * The source's sentence the figures come from, in the site's voice: figures, periods and names
   * exactly as the plan writes them, the sentence in です・ます (docs/content-style.md), never
   * the slide's 「→ R9年度末92.8%導入見込み」.
   */
  quote: z.string().trim().min(1, '出典の文（quote）を入力してください'),
  /** Document the figures come from. */
  source: z.string().trim().min(1, '出典（source）を入力してください'),
  sample,
});
export type AdoptionEntry = z.infer<typeof adoptionSchema>;
