/** マンガ (src/schemas/manga.ts): episodes with their pages, alt text and transcripts. */
import type { CollectionWording } from '../types';
import { referenceWordings, sampleWording, translationsWording } from './shared';

export const mangaWording: CollectionWording = {
  name: 'manga',
  label: 'マンガ',
  label_singular: 'マンガの話',
  description: '「知って安心 暮らしの中の医療情報ナビ（医療DX編）」の各話。ページ画像ごとに代替テキストとせりふの書き起こしが必要です。',
  sortableFields: ['episode', 'title', 'published'],
  fields: {
    title: { label: 'タイトル', hint: '例：待ち時間が長いのが心配' },
    episode: { label: '話数', hint: '第何話か（1以上の整数）。一覧の並び順になります。' },
    summary: { label: 'あらすじ', hint: '1〜2文。一覧と共有カードに使います。', multiline: true },
    themes: { label: 'テーマ', hint: 'この話で扱う困りごと（例：待ち時間が長いのが心配）。', itemLabel: 'テーマ' },
    direction: { label: '読む方向', options: { rtl: '右から左（一般的なマンガ）', ltr: '左から右' } },
    pages: {
      label: 'ページ',
      hint: '読む順に並べます。ドラッグで並べ替えできます。1枚目は表紙です。',
      itemLabel: 'ページ',
      summary: '{{fields.alt}}',
    },
    'pages.image': { label: 'ページ画像', hint: '縦長のPNGまたはJPEG（幅1000〜1200px程度）。エピソードのフォルダに保存されます。' },
    'pages.alt': { label: '代替テキスト', hint: '画像が見えない人に向けて、場面を1〜2文で説明します（例：待合室で母親が発熱した子どもを抱いている）。' },
    'pages.transcript': { label: 'せりふの書き起こし', hint: 'コマの順にすべてのせりふとナレーションを入力します。', itemLabel: 'せりふ', summary: '{{fields.speaker}}：{{fields.line}}' },
    'pages.transcript.speaker': { label: '話す人', hint: 'ナレーションは「ナレーション」または空欄。' },
    'pages.transcript.line': { label: 'せりふ', multiline: true },
    'pages.layout': { label: '見開きでの配置', options: { single: '1ページ', 'spread-left': '見開きの左半分', 'spread-right': '見開きの右半分' } },
    ogImage: { label: '共有カード画像', hint: 'SNSで共有したときの画像（1200×630px）。空欄なら表紙を切り抜いて使います。' },
    glossary: { label: '用語集の用語', hint: 'この話に出てくる用語を選びます。', relation: { collection: 'glossary', searchFields: ['term', 'reading'], displayField: 'term' } },
    ...referenceWordings('references'),
    published: { label: '公開日', dateOnly: true, hint: '例：2026-10-01' },
    sample: sampleWording,
    translations: translationsWording,
  },
};
