/** 電子カルテ導入率 (src/schemas/adoption.ts): one period of figures for the dashboard. */
import { barKindLabels } from '../../src/lib/charts/bar-chart';
import type { CollectionWording } from '../types';
import { sampleWording } from './shared';

export const adoptionWording: CollectionWording = {
  name: 'adoption',
  label: '電子カルテ導入率',
  label_singular: '導入率の時点',
  description: 'ダッシュボードのグラフと表の数値。新しい年の数値は新しい時点として追加します。数値は出典のとおりに、出典の文はです・ますの文で入力します。',
  sortableFields: ['year', 'title'],
  fields: {
    title: { label: '見出し', hint: '例：令和8年の導入率' },
    period: { label: '時点', hint: '出典の表現のとおりに（例：令和8年、R9年度末）。' },
    year: { label: '西暦年', hint: '並び順に使います（年度は開始年）。' },
    kind: { label: '数値の種類', options: barKindLabels },
    figures: { label: '数値', itemLabel: '数値', summary: '{{fields.label}} {{fields.percent}}%' },
    'figures.series': { label: 'グラフ', options: { hospital: '病院', clinic: '診療所' } },
    'figures.label': { label: '対象', hint: '出典の言葉のとおりに（例：一般診療所）。' },
    'figures.percent': { label: '割合（%）', hint: '0〜100の数値。「概ね100%」は 100 と入力し、表示の文言に書きます。' },
    'figures.valueText': { label: '表示の文言', hint: '「50%」以外の書き方をするときだけ（例：概ね100%）。' },
    quote: { label: '出典の文（計画のポイント）', hint: '数値が書かれている計画書の文を、数値・期間・名称はそのまま、です・ますの文で入力します（例：令和9年度末には92.8%が導入する見通しです。）。「→」や体言止め、「R9」のような略記は使いません。', multiline: true },
    source: { label: '出典', hint: '例：東京都医療DX推進計画（令和8年3月27日更新）' },
    sample: sampleWording,
  },
};
