/** 支援メニュー (src/schemas/support-menu.ts): the support menu for institutions by stage. */
import { supportProviderLabels, supportStageLabels } from '../../src/schemas/support-menu';
import type { CollectionWording } from '../types';
import { sampleWording } from './shared';

export const supportWording: CollectionWording = {
  name: 'support',
  label: '支援メニュー',
  label_singular: '支援メニュー',
  description: '目的別の電子カルテ支援メニュー（導入前・導入時・導入後）です。名称と予算は公表どおりに入力します。',
  sortableFields: ['position', 'title'],
  fields: {
    title: { label: '事業名', hint: '公表どおりに（例：医療機関診療情報デジタル推進事業）。' },
    stage: { label: '段階', options: supportStageLabels },
    provider: { label: '実施', options: supportProviderLabels },
    summary: { label: '概要', multiline: true },
    budget: { label: '予算', hint: '公表どおりに（例：R8予算:42億円）。' },
    detailPath: { label: '詳細ページ', hint: 'サイト内のパス（例：/support/lease/）。' },
    position: { label: '表示順', hint: '同じ段階の中で小さい順に並びます。' },
    sample: sampleWording,
  },
};
