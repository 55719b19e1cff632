/** よくある質問 (src/schemas/faq.ts): questions citizens ask, answered in plain Japanese. */
import { faqTopicLabels } from '../../src/schemas/faq';
import type { CollectionWording } from '../types';
import { sampleWording, translationsWording } from './shared';

export const faqWording: CollectionWording = {
  name: 'faq',
  label: 'よくある質問',
  label_singular: '質問',
  description: '都民からよく寄せられる質問と回答です。/faq/ に分類ごとに表示され、サイト内検索でも1問ずつ見つかります。',
  titleField: 'question',
  sortableFields: ['topic', 'position', 'question'],
  fields: {
    question: { label: '質問', hint: '都民が使う言葉で、疑問の形で書きます（例：マイナ保険証はどうやって使いますか。）' },
    topic: { label: '分類', options: faqTopicLabels },
    answer: { label: '回答', hint: 'です・ます調で、短い文で書きます。段落は空行で区切ります。計画書にない内容の場合は「サンプル」をオンにします。', multiline: true },
    aliases: { label: '検索で使われる言葉', hint: '質問と回答に出てこないが、検索で入力されそうな言葉を1つずつ追加します（例：プライバシー）。', itemLabel: '言葉' },
    links: { label: '詳しく説明しているページ', itemLabel: 'リンク', summary: '{{fields.label}}' },
    'links.label': { label: 'リンクの文言', hint: 'リンク先がわかる文言（例：医療DXのメリット）' },
    'links.href': { label: 'リンク先', hint: 'サイト内のパス（例：/merits/）' },
    position: { label: '表示順', hint: '同じ分類の中で小さい順に並びます。' },
    sample: sampleWording,
    translations: translationsWording,
  },
};
