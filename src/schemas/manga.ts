import { z } from 'astro/zod';
import { reference, sample, type ImageSchema } from './shared';

export const transcriptLine = z.object({
  speaker: z.string().default(''),
  line: z.string().min(1, 'せりふ（line）が空です'),
});

export const mangaPage = <I extends z.ZodType>(image: ImageSchema<I>) =>
  z.object({
    image: image(),
    alt: z.string().trim().min(1, 'ページ画像の代替テキスト（alt）を入力してください'),
    transcript: z.array(transcriptLine).min(1, 'ページのテキスト（transcript）を1行以上入力してください'),
    layout: z.enum(['single', 'spread-left', 'spread-right']).default('single'),
  });

export const mangaSchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  z.object({
    title: z.string().min(1),
    episode: z.number().int().positive(),
    summary: z.string().min(1),
    themes: z.array(z.string()).default([]),
    direction: z.enum(['rtl', 'ltr']).default('rtl'),
    pages: z.array(mangaPage(image)).min(1, 'ページを1枚以上登録してください'),
    glossary: z.array(z.string()).default([]),
    references: z.array(reference).default([]),
    published: z.coerce.date(),
    sample,
  });
