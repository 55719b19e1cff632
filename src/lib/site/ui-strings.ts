/**
 * Every fixed UI string of the site now lives in one typed module per locale (src/i18n/<id>.ts).
 * This file re-exports the Japanese groups so existing imports keep working.
 */
export { ui, seminarUi, mangaUi, naviUi, searchUi, institutionUi, labels, localeUi } from '../../i18n/ja.ts';

// Groups used only on Japanese-only pages for now (news, the furigana switch): not yet per locale.
/** お知らせ (issue 20): the list, the home page and the feeds. */
export const newsFeed = {
  title: '医療DX東京ナビ お知らせ',
  description: 'マンガの新しいお話、新しい動画、セミナー・講習会の開催など、医療DX東京ナビのお知らせです。',
  heading: 'お知らせ',
  more: 'お知らせの一覧へ',
  subscribe: '更新情報の配信（フィード）',
  rss: 'RSSフィード',
  atom: 'Atomフィード',
  published: '掲載日',
  /** The link to the page a news item is about, by category, so it says where it goes. */
  related: { manga: 'このマンガを読む', video: 'この動画を見る', seminar: 'セミナー・講習会の日程と申込方法を見る', site: '関連するページを見る' },
  back: 'お知らせの一覧に戻る',
  empty: '現在、お知らせはありません。',
} as const;

/** The furigana switch (ルビ) on Japanese pages (issue 21, src/components/RubyToggle.astro). */
export const rubyUi = {
  region: '表示の設定',
  toggle: 'ふりがなを表示',
  hint: '漢字の上に読みがなを表示します。設定はこの端末のブラウザーに保存されます。',
} as const;
