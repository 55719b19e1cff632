import { z } from 'astro/zod';
import { sample, slugPattern, translationsOf } from './shared';

/** Hiragana, katakana-long-mark and the Latin letters that readings of acronyms need. */
const readingPattern = /^[\u3041-\u309F\u30FC・A-Za-z0-9 ー]+$/;

/**
 * A passage quoted word for word from an official document, shown as a quotation with its source.
 * Kept apart from `definition` so editors never paraphrase the plan by accident.
 */
export const officialQuote = z.object({
  text: z.string().trim().min(1, '引用文（quote.text）を入力してください'),
  source: z.string().trim().min(1, '引用元（quote.source）を入力してください'),
});

export const glossarySchema = z.object({
  term: z.string().trim().min(1, '用語（term）を入力してください'),
  reading: z.string().regex(readingPattern, 'よみ（reading）はひらがなで入力してください'),
  /** Plain Japanese (やさしい日本語) for citizens; one or two sentences. */
  definition: z.string().trim().min(1, 'やさしい日本語での説明（definition）を入力してください'),
  /** Where the plan itself defines the term, its exact words. */
  quote: officialQuote.optional(),
  /** Ids (folder names) of other glossary entries. */
  related: z.array(z.string().regex(slugPattern, '関連用語（related）は用語のフォルダ名（半角英小文字）で指定してください')).default([]),
  /**
   * Other readings people may type (e.g. 処方箋 also read しょほうせん alone); hiragana. With
   * `reading`, the search index learns them for this entry and for every page using the term.
   */
  readings: z.array(z.string().trim().regex(readingPattern, 'ほかのよみ（readings）はひらがなで入力してください')).default([]),
  /** Other names for the same thing (e.g. 電子処方せん, マイナンバーカードの保険証利用); found by search. */
  aliases: z.array(z.string().trim().min(1, '別の言い方（aliases）に空の項目があります')).default([]),
  sample,
  /** The term and its explanation in other languages (src/schemas/shared.ts). */
  translations: translationsOf(
    z.object({
      term: z.string().trim().min(1, '翻訳の用語（translations.*.term）を入力してください'),
      definition: z.string().trim().min(1, '翻訳の説明（translations.*.definition）を入力してください'),
    }),
  ),
});

export type GlossaryData = z.infer<typeof glossarySchema>;
