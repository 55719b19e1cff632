import { z } from 'astro/zod';
import { sample, translationsOf } from './shared';
import { labels } from '../i18n/ja.ts';

/** Topics the FAQ page groups its questions under, in page order. */
export const faqTopics = ['privacy', 'maina', 'medicine', 'cost', 'online', 'family'] as const;
export type FaqTopic = (typeof faqTopics)[number];
/** Labels in src/i18n/ja.ts (one module of strings per locale). */
export const faqTopicLabels: Record<FaqTopic, string> = /* @__PURE__ */ (() => labels.faqTopics)();

/** A link from an answer to the page that explains more; internal paths only (`/merits/`). */
export const faqLink = z.object({
  label: z.string().trim().min(1, 'リンクの文言（links.label）を入力してください'),
  href: z.string().regex(/^\/[a-z0-9\-/#]*$/, 'リンク先（links.href）は /merits/ のようにサイト内のパスで入力してください'),
});

/** One question citizens ask, answered in plain Japanese (です・ます). */
export const faqSchema = z.object({
  question: z.string().trim().min(1, '質問（question）を入力してください'),
  topic: z.enum(faqTopics, { error: '分類（topic）を選んでください' }),
  /** Plain-text answer; blank lines separate paragraphs. */
  answer: z.string().trim().min(1, '回答（answer）を入力してください'),
  /** Words people search with that the question and answer do not spell out (e.g. プライバシー). */
  aliases: z.array(z.string().trim().min(1, '検索で使われる言葉（aliases）に空の項目があります')).default([]),
  /** Pages that explain more. */
  links: z.array(faqLink).default([]),
  /** Order within its topic, smallest first. */
  position: z.number().int().nonnegative().default(100),
  sample,
  /** The question and answer in other languages (src/schemas/shared.ts). */
  translations: translationsOf(
    z.object({
      question: z.string().trim().min(1, '翻訳の質問（translations.*.question）を入力してください'),
      answer: z.string().trim().min(1, '翻訳の回答（translations.*.answer）を入力してください'),
    }),
  ),
});
export type FaqData = z.infer<typeof faqSchema>;
