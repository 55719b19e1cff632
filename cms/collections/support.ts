/** 支援メニュー (src/schemas/support-menu.ts): the support menu for institutions by stage. */
import { supportProviderLabels, supportSamplePartLabels, supportStageLabels } from '../../src/schemas/support-menu';
import type { CollectionWording } from '../types';
import { sampleWording } from './shared';

export const supportWording: CollectionWording = {
  name: 'support',
  label: '支援メニュー',
  label_singular: '支援メニュー',
  description: '目的別の電子カルテ支援メニュー（導入前・導入時・導入後）です。東京都と国の制度を載せます。名称は公表どおりに、予算は「令和8年度予算 42億円」のように書きます。',
  sortableFields: ['position', 'title'],
  fields: {
    title: { label: '事業名', hint: '公表どおりに（例：医療機関診療情報デジタル推進事業）。' },
    stage: { label: '段階', options: supportStageLabels },
    provider: { label: '実施', options: supportProviderLabels },
    summary: { label: '概要', multiline: true },
    eligibility: { label: '対象', hint: '使える医療機関（例：電子カルテ未導入の病院及び医科診療所）。', multiline: true },
    provides: { label: '支援の内容', hint: '何を補助・提供するか。金額は公表どおりに。', multiline: true },
    period: { label: '実施期間', hint: '例：令和8年度（2026年度）' },
    application: { label: '申請方法' },
    'application.method': { label: '申請の手順', hint: 'どこに何を出すかを、です・ます で1〜2文に。', multiline: true },
    'application.period': { label: '受付期間', hint: '例：令和8年（2026年）6月1日から令和9年（2027年）1月29日まで' },
    'application.url': { label: '申請・申込みページ', hint: 'サイト内のパス（/seminars/）か https:// から始まるURL。' },
    contact: { label: '問い合わせ先', hint: '電話・メール・URLのいずれかは必ず入力します。' },
    'contact.name': { label: '窓口の名前', hint: '例：東京都保健医療局 医療政策部 ○○担当' },
    'contact.phone': { label: '電話番号', hint: 'ハイフン区切り（例：03-5320-4444）。' },
    'contact.email': { label: 'メールアドレス' },
    'contact.url': { label: '窓口のウェブサイト', hint: 'https:// から始まるURL。' },
    'contact.hours': { label: '受付時間', hint: '例：平日9時〜17時' },
    documents: { label: '関係資料', hint: '交付要綱や国の通知など。', itemLabel: '資料', summary: '{{fields.title}}' },
    'documents.title': { label: '資料名', hint: '例：交付要綱' },
    'documents.url': { label: '資料のURL', hint: 'https:// から始まるURL（またはサイト内のパス）。' },
    'documents.note': { label: '補足', hint: 'リンク先が資料そのものでない場合（トップページなど）は、そのことを書きます。' },
    budget: { label: '予算', hint: '公表どおりの金額を、です・ます の表記で（例：令和8年度予算 42億円）。' },
    detailPath: { label: '詳細ページ', hint: 'サイト内のパス（例：/support/lease/）。' },
    position: { label: '表示順', hint: '同じ段階の中で小さい順に並びます。' },
    sampleParts: { label: 'サンプルの項目', hint: '計画に記載がなく説明用に作った項目を選びます。サイトのその項目に「サンプル」と表示されます。', options: supportSamplePartLabels },
    sample: sampleWording,
  },
};
