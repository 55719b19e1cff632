/** メリット (src/schemas/merit.ts): merits of medical DX for patients and institutions. */
import { meritAudienceLabels } from '../../src/schemas/merit';
import type { CollectionWording } from '../types';
import { sampleWording, translationsWording } from './shared';

export const meritsWording: CollectionWording = {
  name: 'merits',
  label: 'メリット',
  label_singular: 'メリット',
  description: '都民・患者と医療機関それぞれにとっての医療DXのメリットです。',
  sortableFields: ['position', 'title'],
  fields: {
    title: { label: 'タイトル' },
    audience: { label: '対象', options: meritAudienceLabels },
    summary: { label: '説明', hint: 'やさしい日本語で2〜3文。', multiline: true },
    position: { label: '表示順', hint: '同じ対象の中で小さい順に並びます。' },
    links: { label: '関連するマンガ・動画', itemLabel: 'リンク', summary: '{{fields.kind}}: {{fields.slug}}' },
    'links.kind': { label: '種類', options: { manga: 'マンガ', video: '動画' } },
    'links.slug': { label: 'URL名', hint: 'マンガ・動画のURL名（例：episode-01）。' },
    sample: sampleWording,
    translations: translationsWording,
  },
};
