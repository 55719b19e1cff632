/** セミナー・講習会 (src/schemas/seminar.ts): how each field reads in the CMS. */
import type { CollectionWording } from '../types';
import { sampleWording } from './shared';

export const seminarsWording: CollectionWording = {
  name: 'seminars',
  label: 'セミナー・講習会',
  label_singular: 'セミナー・講習会の回',
  description: 'デジタル化推進セミナー（基礎編・応用編）と出張講習会の各回です。日時は日本時間で入力します。',
  sortableFields: ['title', 'start'],
  fields: {
    title: { label: 'タイトル', hint: '例：出張講習会（小児科）医療DXの基礎と電子カルテ' },
    kind: { label: '種類', options: { basic: '基礎編（オンデマンド）', applied: '応用編（病院向け）', outreach: '出張講習会（診療所向け）' } },
    format: { label: '開催形式', options: { 'on-demand': 'オンデマンド配信', 'in-person': '会場で開催', online: 'オンライン', hybrid: 'ハイブリッド（会場＋オンライン）' } },
    summary: { label: '概要', hint: '一覧に表示される1〜2文の説明。', multiline: true },
    start: { label: '開始日時', hint: '日本時間で入力します（例：2026-07-09 19:00）。オンデマンド以外は必須です。' },
    end: { label: '終了日時', hint: '開始日時より後の時刻。' },
    sample: sampleWording,
  },
};
