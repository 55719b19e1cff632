/**
 * The sections of the 医療DX東京ナビ portal (issue 9), grouped as the plan's 掲載情報（案）
 * groups them. The home page and the sitemap page list them from here.
 */
import type { NavItem } from './site';
import { siteUi } from '../../i18n/ja.ts';

/** A section's key in every locale's `siteUi.menuLinks` (src/i18n/<locale>.ts), so the header speaks the page's language. */
export type NaviSectionId = keyof typeof siteUi.menuLinks;
export type NaviGroupId = keyof typeof siteUi.menuGroups;

export interface NaviSection extends NavItem {
  readonly id: NaviSectionId;
  readonly text: string;
}
export interface NaviGroup {
  readonly id: NaviGroupId;
  readonly title: string;
  readonly sections: readonly NaviSection[];
}

export const naviGroups: readonly NaviGroup[] = [
  {
    id: 'everyone',
    title: siteUi.menuGroups.everyone,
    sections: [
      { id: 'about', href: '/about/', label: siteUi.menuLinks.about, text: '全国医療情報プラットフォームと、マイナ保険証・電子処方箋・電子カルテ情報共有サービス・PMHのしくみ。' },
      { id: 'merits', href: '/merits/', label: siteUi.menuLinks.merits, text: '都民・患者と医療機関、それぞれにとってのメリット。' },
      { id: 'news', href: '/news/', label: siteUi.menuLinks.news, text: 'マンガの新しいお話、新しい動画、セミナー・講習会の開催などのお知らせ。' },
    ],
  },
  {
    id: 'citizens',
    title: siteUi.menuGroups.citizens,
    sections: [
      { id: 'dashboard', href: '/dashboard/', label: siteUi.menuLinks.dashboard, text: '都内の病院・診療所の電子カルテ導入率と目標をグラフと表で。' },
      { id: 'institutions', href: '/institutions/', label: siteUi.menuLinks.institutions, text: '電子カルテ・PMH接続・オンライン診療の対応状況を、区市町村から探せます。' },
      { id: 'cases', href: '/cases/', label: siteUi.menuLinks.cases, text: '検査の重複や飲み合わせの悪い投薬が減った例、電子カルテ導入やPMH接続の例。' },
      { id: 'pmh', href: '/pmh/', label: siteUi.menuLinks.pmh, text: 'PMHに接続している医療機関と区市町村の一覧。' },
      { id: 'manga', href: '/manga/', label: siteUi.menuLinks.manga, text: '「知って安心 暮らしの中の医療情報ナビ（医療DX編）」を、スマートフォンでページをめくりながら読めます。' },
      { id: 'videos', href: '/videos/', label: siteUi.menuLinks.videos, text: '世代ごとの暮らしの場面から、医療DXで何が便利になるかを短い動画で紹介します。' },
    ],
  },
  {
    id: 'institutions',
    title: siteUi.menuGroups.institutions,
    sections: [
      { id: 'forInstitutions', href: '/for-institutions/', label: siteUi.menuLinks.forInstitutions, text: '支援、補助金の確認、サイバーセキュリティ、セミナー・講習会、事例集をまとめてご案内します。' },
      { id: 'support', href: '/support/', label: siteUi.menuLinks.support, text: '導入前・導入時・導入後の支援と、リース契約による導入の補助額の計算。' },
      { id: 'leaseCheck', href: '/support/lease/check/', label: siteUi.menuLinks.leaseCheck, text: '質問に順に答えると、リース契約による電子カルテ導入の補助の対象かがわかります。' },
      { id: 'cybersecurity', href: '/cybersecurity/', label: siteUi.menuLinks.cybersecurity, text: '医療機関が確認すべきことと、東京都の支援。' },
      { id: 'seminars', href: '/seminars/', label: siteUi.menuLinks.seminars, text: 'デジタル化推進セミナー（基礎編・応用編）と、診療所向けの出張講習会の日程と申込方法。' },
      { id: 'institutionCases', href: '/for-institutions/#hub-cases-title', label: siteUi.menuLinks.institutionCases, text: '電子カルテ導入・PMH接続・AI活用の事例。' },
    ],
  },
];
