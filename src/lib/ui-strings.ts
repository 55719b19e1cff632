/** Every fixed UI string of the site, in one place so wording stays consistent. */
export const ui = {
  skipLink: '本文へ移動',
  mainNavLabel: 'メインメニュー',
  breadcrumbLabel: '現在位置',
  home: 'ホーム',
  sampleLabel: 'サンプル',
  sampleDescription: 'この内容は説明用のサンプルです。実際の日程・会場・内容とは異なります。',
  searchLabel: 'サイト内検索',
  searchPlaceholder: '例：マイナ保険証',
  searchSubmit: '検索',
  footerOrganizer: '運営',
  footerContact: 'お問い合わせ',
  externalLink: '（外部サイト）',
  notFoundTitle: 'ページが見つかりません',
} as const;
