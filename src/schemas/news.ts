import { z } from 'astro/zod';
import { instant, isSitePath, sample, translationsOf } from './shared';

/** What a news item announces; the list page and the feeds show the label. */
export const newsCategories = ['manga', 'video', 'seminar', 'site'] as const;
export type NewsCategory = (typeof newsCategories)[number];
export const newsCategoryLabels: Record<NewsCategory, string> = {
  manga: 'マンガ',
  video: '動画',
  seminar: 'セミナー・講習会',
  site: 'サイト',
};

/**
 * One お知らせ: a new manga episode, a new video, new sessions or news about the site. The
 * body (Markdown) is optional; `link` points at the page the news is about.
 */
export const newsSchema = z.object({
  title: z.string().trim().min(1, 'タイトル（title）を入力してください'),
  /** When it was announced; the list, the home page and the feeds show the newest first. */
  published: instant,
  category: z.enum(newsCategories, { error: '分類（category）を選んでください' }),
  /** One or two sentences for the list, the home page and the feeds. */
  summary: z.string().trim().min(1, '概要（summary）を入力してください'),
  /** The page on this site the news is about, e.g. /manga/episode-02/. */
  link: z
    .string()
    .trim()
    .refine(isSitePath, 'リンク先（link）は /manga/episode-02/ のようにサイト内のパスで入力してください')
    .optional(),
  sample,
  /** The title and summary in other languages (/en/news/, /easy/news/); the body stays Japanese. */
  translations: translationsOf(
    z.object({
      title: z.string().trim().min(1, '翻訳のタイトル（translations.*.title）を入力してください'),
      summary: z.string().trim().min(1, '翻訳の概要（translations.*.summary）を入力してください'),
    }),
  ),
});
export type NewsData = z.infer<typeof newsSchema>;
