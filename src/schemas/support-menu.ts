import { z } from 'astro/zod';
import { isSitePath, sample } from './shared';

/** The plan's three stages of support: 導入前 / 導入時 / 導入後. */
export const supportStages = ['before', 'during', 'after'] as const;
export const supportStageLabels: Record<(typeof supportStages)[number], string> = {
  before: '【導入前】',
  during: '【導入時】',
  after: '【導入後】',
};
export const supportProviders = ['tokyo', 'national'] as const;
export const supportProviderLabels: Record<(typeof supportProviders)[number], string> = {
  tokyo: '東京都',
  national: '国',
};

/** One item of the support menu for institutions (目的別の電子カルテ支援メニュー). */
export const supportMenuSchema = z.object({
  /** Name of the programme as published, e.g. 「医療機関診療情報デジタル推進事業」. */
  title: z.string().trim().min(1),
  stage: z.enum(supportStages),
  provider: z.enum(supportProviders),
  /** What it supports, in the source's words where there is one. */
  summary: z.string().trim().min(1, '概要（summary）を入力してください'),
  /** Budget as published, e.g. 「R8予算:42億円」. */
  budget: z.string().trim().min(1).optional(),
  /** Site path of the page with details (e.g. /support/lease/), if any. */
  detailPath: z
    .string()
    .regex(/^\/[a-z0-9/-]*\/$/, '詳細ページ（detailPath）は /support/lease/ のように書いてください')
    .refine(isSitePath, '詳細ページ（detailPath）はこのサイトの中のパスにしてください')
    .optional(),
  /** Order within its stage, smallest first. */
  position: z.number().int().nonnegative().default(100),
  sample,
});
export type SupportMenuItem = z.infer<typeof supportMenuSchema>;
