import { z } from 'astro/zod';
import { calendarDate, reference, sample, slugPattern, translationsOf, type ImageSchema } from './shared';
import { spreadLayoutProblems } from './vocabularies';

export const transcriptLine = z.object({
  /** Who speaks; empty or 「ナレーション」 for narration. */
  speaker: z.string().trim().default(''),
  line: z.string().trim().min(1, 'せりふ（line）が空です'),
});

/**
 * How a page sits in a two-page spread on wide screens. `single` pages pair with their
 * neighbour in reading order; `spread-right`/`spread-left` are the two halves of one
 * drawing and are always shown together (right half first in a right-to-left book).
 */
export const pageLayouts = ['single', 'spread-left', 'spread-right'] as const;

export const mangaPage = <I extends z.ZodType>(image: ImageSchema<I>) =>
  z.object({
    image: image(),
    alt: z.string().trim().min(1, 'ページ画像の代替テキスト（alt）を入力してください'),
    transcript: z.array(transcriptLine).min(1, 'ページのテキスト（transcript）を1行以上入力してください'),
    layout: z.enum(pageLayouts).default('single'),
  });

export const readingDirections = ['rtl', 'ltr'] as const;

export const mangaSchema = <I extends z.ZodType>(image: ImageSchema<I>) =>
  z.object({
    title: z.string().trim().min(1, 'タイトル（title）を入力してください'),
    episode: z.number({ error: '話数（episode）は数字で入力してください' }).int().positive(),
    summary: z.string().trim().min(1, 'あらすじ（summary）を入力してください'),
    themes: z.array(z.string().trim().min(1)).default([]),
    /** Printed manga reads right to left; an episode drawn left to right can switch. */
    direction: z.enum(readingDirections).default('rtl'),
    /** The first page is the cover and is always shown alone. */
    pages: z.array(mangaPage(image)).min(1, 'ページを1枚以上登録してください'),
    /** Share card (1200×630); when absent the cover is cropped to size. */
    ogImage: image().optional(),
    /** Ids (folder names) of glossary entries this episode uses. */
    glossary: z.array(z.string().regex(slugPattern, '用語（glossary）は用語のフォルダ名（半角英小文字）で指定してください')).default([]),
    references: z.array(reference).default([]),
    published: calendarDate('公開日（published）は 2026-10-01 の形式で、実在する日付を入力してください'),
    sample,
    /**
     * The episode in other languages: title, summary and, for each drawn page in order, its alt
     * text and transcript (the drawings keep their lettering; the reader shows this text below).
     */
    translations: translationsOf(
      z.object({
        title: z.string().trim().min(1, '翻訳のタイトル（translations.*.title）を入力してください'),
        summary: z.string().trim().min(1, '翻訳のあらすじ（translations.*.summary）を入力してください'),
        pages: z
          .array(
            z.object({
              alt: z.string().trim().min(1, '翻訳の代替テキスト（translations.*.pages.*.alt）を入力してください'),
              transcript: z.array(transcriptLine).min(1, '翻訳のテキスト（translations.*.pages.*.transcript）を1行以上入力してください'),
            }),
          )
          .default([]),
      }),
    ),
  }).superRefine((episode, ctx) => {
    // A spread half without its partner would be paired with the wrong page on wide screens.
    const problems = spreadLayoutProblems(episode.pages.map((p) => p.layout), episode.direction);
    for (const { index, message } of problems) ctx.addIssue({ code: 'custom', path: ['pages', index, 'layout'], message });
  });

export type MangaPageLayout = (typeof pageLayouts)[number];
export type ReadingDirection = (typeof readingDirections)[number];
/** One balloon or caption of a page as the schema stores it. */
export type TranscriptLine = z.infer<typeof transcriptLine>;
/** An episode's frontmatter as written in index.md (before defaults and date parsing). */
export type MangaEntryInput = z.input<ReturnType<typeof mangaSchema>>;
