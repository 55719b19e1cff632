/** 用語集 (src/schemas/glossary.ts): terms explained in やさしい日本語. */
import type { CollectionWording } from '../types';
import { sampleWording } from './shared';

export const glossaryWording: CollectionWording = {
  name: 'glossary',
  label: '用語集',
  label_singular: '用語',
  description: 'マンガやページに出てくる用語を、やさしい日本語で説明します。',
  titleField: 'term',
  sortableFields: ['term', 'reading'],
  fields: {
    term: { label: '用語', hint: '例：電子カルテ' },
    reading: { label: 'よみ', hint: 'ひらがなで入力します（例：でんしかるて）。' },
    definition: { label: 'やさしい日本語での説明', hint: '短い文で1〜2文。難しい言葉は言い換えます。', multiline: true },
    related: { label: '関連する用語', hint: '用語のURL名（例：iryo-dx）。', itemLabel: '用語' },
    sample: sampleWording,
  },
};
