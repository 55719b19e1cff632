/** 用語集 (src/schemas/glossary.ts): terms explained in やさしい日本語. */
import type { CollectionWording } from '../types';
import { sampleWording, translationsWording } from './shared';

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
    quote: { label: '計画書での定義（引用）', hint: '計画書がこの用語を定義している場合だけ、原文のとおりに入力します。' },
    'quote.text': { label: '引用文', hint: '計画書の文を一字一句そのまま。', multiline: true },
    'quote.source': { label: '引用元', hint: '例：東京都医療DX推進計画（令和8年3月27日更新）' },
    related: { label: '関連する用語', hint: '用語集の中から選びます。', relation: { collection: 'glossary', searchFields: ['term', 'reading'], displayField: 'term' } },
    readings: { label: 'ほかのよみ', hint: '「よみ」以外に検索で入力されそうなよみを、ひらがなで1つずつ追加します（例：しょほうせん）。', itemLabel: 'よみ' },
    aliases: { label: '別の言い方', hint: '同じものを指す別の名前や表記を1つずつ追加します（例：電子処方せん、マイナンバーカードの保険証利用）。検索で見つかるようになります。', itemLabel: '言い方' },
    sample: sampleWording,
    translations: translationsWording,
  },
};
