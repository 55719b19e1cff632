/**
 * Every fixed UI string of the site now lives in one typed module per locale (src/i18n/<id>.ts).
 * This file re-exports the Japanese groups so existing imports keep working.
 */
export { ui, seminarUi, mangaUi, naviUi, searchUi, institutionUi, labels, localeUi } from '../../i18n/ja.ts';

import { pages } from '../../i18n/ja.ts';

// Groups used only on Japanese-only pages for now (the feeds, the furigana switch): not yet per locale.
/** お知らせ (issue 20): the feeds and the home page; the page words are pages.news of src/i18n/<id>.ts. */
export const newsFeed = {
  title: '医療DX東京ナビ お知らせ',
  description: pages.news.description,
  heading: pages.news.title,
  more: 'お知らせの一覧へ',
  subscribe: '更新情報の配信（フィード）',
  rss: 'RSSフィード',
  atom: 'Atomフィード',
  published: pages.news.published,
  related: pages.news.related,
  back: pages.news.back,
  empty: pages.news.empty,
} as const;

/** The furigana switch (ルビ) on Japanese pages (issue 21, src/components/RubyToggle.astro). */
export const rubyUi = {
  region: '表示の設定',
  toggle: 'ふりがなを表示',
  hint: '漢字の上に読みがなを表示します。設定はこの端末のブラウザーに保存されます。',
} as const;
