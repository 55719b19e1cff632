/**
 * The sections of the 医療DX東京ナビ portal (issue 9), grouped as the plan's 掲載情報（案）
 * groups them. The home page and the sitemap page list them from here.
 */
import type { NavItem } from './site';

export interface NaviSection extends NavItem {
  readonly text: string;
}
export interface NaviGroup {
  readonly id: string;
  readonly title: string;
  readonly sections: readonly NaviSection[];
}

export const naviGroups: readonly NaviGroup[] = [
  {
    id: 'everyone',
    title: '全体向け',
    sections: [
      { href: '/about/', label: '医療DXとは', text: '全国医療情報プラットフォームと、マイナ保険証・電子処方箋・電子カルテ情報共有サービス・PMHのしくみ。' },
      { href: '/merits/', label: '医療DXのメリット', text: '都民・患者と医療機関、それぞれにとってのメリット。' },
      { href: '/news/', label: 'お知らせ', text: 'マンガの新しいお話、新しい動画、セミナー・講習会の開催などのお知らせ。' },
    ],
  },
  {
    id: 'citizens',
    title: '都民向け',
    sections: [
      { href: '/dashboard/', label: '電子カルテ導入状況のダッシュボード', text: '都内の病院・診療所の電子カルテ導入率と目標をグラフと表で。' },
      { href: '/institutions/', label: '医療機関の医療DXの取組状況', text: '電子カルテ・PMH接続・オンライン診療の対応状況を、区市町村から探せます。' },
      { href: '/cases/', label: '事例紹介・事例集', text: '検査の重複や飲み合わせの悪い投薬が減った例、電子カルテ導入やPMH接続の例。' },
      { href: '/pmh/', label: 'PMH接続医療機関・区市町村', text: 'PMHに接続している医療機関と区市町村の一覧。' },
      { href: '/manga/', label: 'マンガで知る医療DX', text: '「知って安心 暮らしの中の医療情報ナビ（医療DX編）」を、スマートフォンでページをめくりながら読めます。' },
      { href: '/videos/', label: '動画で知る医療DX', text: '世代ごとの暮らしの場面から、医療DXで何が便利になるかを短い動画で紹介します。' },
    ],
  },
  {
    id: 'institutions',
    title: '医療機関向け',
    sections: [
      { href: '/for-institutions/', label: '医療機関の方へ', text: '支援、補助金の確認、サイバーセキュリティ、セミナー・講習会、事例集をまとめてご案内します。' },
      { href: '/support/', label: '電子カルテ支援メニュー（目的別）', text: '導入前・導入時・導入後の支援と、リース契約による導入の補助額の計算。' },
      { href: '/support/lease/check/', label: 'リース導入の補助の対象か確認する', text: '質問に順に答えると、リース契約による電子カルテ導入の補助の対象かがわかります。' },
      { href: '/cybersecurity/', label: 'サイバーセキュリティ対策', text: '医療機関が確認すべきことと、東京都の支援。' },
      { href: '/seminars/', label: 'セミナー・講習会', text: 'デジタル化推進セミナー（基礎編・応用編）と、診療所向けの出張講習会の日程と申込方法。' },
      { href: '/for-institutions/#hub-cases-title', label: '事例集（医療機関向け）', text: '電子カルテ導入・PMH接続・AI活用の事例。' },
    ],
  },
];
