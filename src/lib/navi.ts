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
    ],
  },
  {
    id: 'institutions',
    title: '医療機関向け',
    sections: [
      { href: '/support/', label: '電子カルテ支援メニュー（目的別）', text: '導入前・導入時・導入後の支援と、リース契約による導入の補助額の計算。' },
      { href: '/cybersecurity/', label: 'サイバーセキュリティ対策', text: '医療機関が確認すべきことと、東京都の支援。' },
    ],
  },
];
