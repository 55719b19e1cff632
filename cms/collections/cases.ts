/** 事例 (src/schemas/case-study.ts): case studies for citizens and institutions; the body tells the story. */
import { caseAudienceLabels, caseThemeLabels } from '../../src/schemas/case-study';
import type { CollectionWording } from '../types';
import { sampleWording } from './shared';

export const casesWording: CollectionWording = {
  name: 'cases',
  label: '事例',
  label_singular: '事例',
  description: '都民向けの事例紹介と、医療機関向けの事例集です。本文に事例の内容を書きます。',
  sortableFields: ['position', 'title'],
  body: { label: '本文', hint: '事例の経過を、短い段落で書きます。' },
  fields: {
    title: { label: 'タイトル' },
    audience: { label: '対象', options: caseAudienceLabels },
    theme: { label: 'テーマ', options: caseThemeLabels },
    summary: { label: '概要', hint: '一覧に表示される1〜2文。', multiline: true },
    institutionType: { label: '医療機関の種類', hint: '例：診療所（内科）' },
    position: { label: '表示順', hint: '小さい順に並びます。' },
    sample: sampleWording,
  },
};
