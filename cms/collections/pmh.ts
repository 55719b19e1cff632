/** PMH参加団体 (src/schemas/pmh.ts): municipalities and institutions connected to PMH. */
import type { CollectionWording } from '../types';
import { municipalityLabels } from './institutions';
import { sampleWording } from './shared';

export const pmhWording: CollectionWording = {
  name: 'pmh',
  label: 'PMH参加団体',
  label_singular: 'PMH参加団体',
  description: 'PMH（Public Medical Hub）に接続している区市町村・医療機関です。',
  titleField: 'name',
  sortableFields: ['name'],
  fields: {
    name: { label: '名称', hint: '公表どおりに（例：新宿区）。' },
    kind: { label: '種類', options: { municipality: '区市町村', institution: '医療機関' } },
    municipality: { label: '区市町村', options: municipalityLabels },
    services: { label: '利用している事業', hint: '例：医療費助成、予防接種', itemLabel: '事業' },
    since: { label: '接続開始', hint: '例：令和8年4月' },
    sample: sampleWording,
  },
};
