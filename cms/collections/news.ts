/** お知らせ (src/schemas/news.ts): new episodes, videos and sessions; listed at /news/, on the home page and in the feeds. */
import { newsCategoryLabels } from '../../src/schemas/news';
import type { CollectionWording } from '../types';
import { sampleWording, translationsWording } from './shared';

export const newsWording: CollectionWording = {
  name: 'news',
  label: 'お知らせ',
  label_singular: 'お知らせ',
  description: 'マンガの新しいお話、新しい動画、セミナー・講習会の開催などをお知らせします。/news/、トップページ、RSS・Atom フィードに新しい順に表示されます。',
  sortableFields: ['published', 'title'],
  body: { label: '本文', hint: '必要なときだけ書きます。短い段落で、です・ます調で書きます。' },
  fields: {
    title: { label: 'タイトル', hint: '例：マンガ「第2話」を公開しました' },
    published: { label: '掲載日時', hint: '新しい順に並びます。' },
    category: { label: '分類', options: newsCategoryLabels },
    summary: { label: '概要', hint: '一覧とフィードに表示される1〜2文。', multiline: true },
    link: { label: '関連ページ', hint: 'お知らせの対象のページ。サイト内のパスで入力します（例：/manga/episode-02/）。' },
    sample: sampleWording,
    translations: translationsWording,
  },
};
