import { z } from 'astro/zod';
import { sample } from './shared';

/** Hiragana, katakana-long-mark and the Latin letters that readings of acronyms need. */
const readingPattern = /^[\u3041-\u309F\u30FC・A-Za-z0-9 ー]+$/;

export const glossarySchema = z.object({
  term: z.string().min(1, '用語（term）を入力してください'),
  reading: z.string().regex(readingPattern, 'よみ（reading）はひらがなで入力してください'),
  definition: z.string().min(1, 'やさしい日本語での説明（definition）を入力してください'),
  related: z.array(z.string()).default([]),
  sample,
});

export type GlossaryData = z.infer<typeof glossarySchema>;
