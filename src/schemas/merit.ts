import { z } from 'astro/zod';
import { slugPattern, sample, translationsOf } from './shared';
import { labels } from '../i18n/ja.ts';

export const meritAudiences = ['patient', 'institution'] as const;
export const meritAudienceLabels: Record<(typeof meritAudiences)[number], string> = /* @__PURE__ */ (() => labels.meritAudiences)();

/** A link from a merit to the manga episode or video that shows it. */
export const meritLink = z.object({
  /** manga = /manga/<slug>/, video = /videos/<slug>/ */
  kind: z.enum(['manga', 'video']),
  slug: z.string().regex(slugPattern, 'スラッグ（slug）は半角英小文字・数字・ハイフンで入力してください'),
});

/** One merit (メリット) of medical DX, for patients or for institutions. */
export const meritSchema = z.object({
  title: z.string().trim().min(1),
  audience: z.enum(meritAudiences),
  /** A plain-Japanese explanation, two or three sentences. */
  summary: z.string().trim().min(1, '説明（summary）を入力してください'),
  /** Order within its audience, smallest first. */
  position: z.number().int().nonnegative().default(100),
  /** Manga episodes or videos that show this merit. */
  links: z.array(meritLink).default([]),
  sample,
  /** Title and explanation in other languages (src/schemas/shared.ts). */
  translations: translationsOf(
    z.object({
      title: z.string().trim().min(1, '翻訳のタイトル（translations.*.title）を入力してください'),
      summary: z.string().trim().min(1, '翻訳の説明（translations.*.summary）を入力してください'),
    }),
  ),
});
export type Merit = z.infer<typeof meritSchema>;
