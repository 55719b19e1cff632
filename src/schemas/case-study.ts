import { z } from 'astro/zod';
import { sample } from './shared';

/** Who the case is written for: 都民 (事例紹介) or 医療機関 (事例集). */
export const caseAudiences = ['citizen', 'institution'] as const;
export const caseAudienceLabels: Record<(typeof caseAudiences)[number], string> = {
  citizen: '都民の方へ（事例紹介）',
  institution: '医療機関の方へ（事例集）',
};

/** Themes named in the plan's 事例紹介 and 事例集. */
export const caseThemes = ['duplicate-tests', 'drug-interaction', 'duplicate-prescription', 'ehr-introduction', 'pmh-connection', 'ai'] as const;
export const caseThemeLabels: Record<(typeof caseThemes)[number], string> = {
  'duplicate-tests': '検査の重複',
  'drug-interaction': '飲み合わせの悪い投薬',
  'duplicate-prescription': '重複投薬の減',
  'ehr-introduction': '電子カルテ導入',
  'pmh-connection': 'PMH接続',
  ai: 'AI活用',
};

/** A case study (事例). The body (Markdown) tells the story. */
export const caseStudySchema = z.object({
  title: z.string().trim().min(1),
  audience: z.enum(caseAudiences),
  theme: z.enum(caseThemes),
  /** One or two sentences for the list page. */
  summary: z.string().trim().min(1, '概要（summary）を入力してください'),
  /** Kind of institution in the case, e.g. 「診療所（内科）」. */
  institutionType: z.string().trim().min(1).optional(),
  /** Order on the list page, smallest first. */
  position: z.number().int().nonnegative().default(100),
  sample,
});
export type CaseStudy = z.infer<typeof caseStudySchema>;
