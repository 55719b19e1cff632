/** 医療機関 (src/schemas/institution.ts): institutions and their DX status, for the list and the map. */
import { municipalities } from '../../src/lib/municipalities';
import { institutionKindLabels } from '../../src/schemas/institution';
import type { CollectionWording } from '../types';
import { sampleWording } from './shared';

export const municipalityLabels = Object.fromEntries(municipalities.map(([slug, name]) => [slug, name])) as Record<string, string>;

export const institutionsWording: CollectionWording = {
  name: 'institutions',
  label: '医療機関',
  label_singular: '医療機関',
  description: '一覧と地図に表示する医療機関と、電子カルテ・PMH・オンライン診療への対応状況です。',
  titleField: 'name',
  sortableFields: ['name'],
  fields: {
    name: { label: '名称' },
    kind: { label: '種類', options: institutionKindLabels },
    municipality: { label: '区市町村', options: municipalityLabels },
    address: { label: '住所', hint: '区市町村名より後ろ（例：西新宿二丁目8番1号）。' },
    lat: { label: '緯度', hint: '例：35.6895（世界測地系）' },
    lng: { label: '経度', hint: '例：139.6917（世界測地系）' },
    ehr: { label: '電子カルテ導入済み' },
    pmh: { label: 'PMHに接続済み' },
    onlineConsultation: { label: 'オンライン診療に対応' },
    sample: sampleWording,
  },
};
