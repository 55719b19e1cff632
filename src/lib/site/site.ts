import { siteUi } from '../../i18n/ja.ts';

/** Facts about the site itself, used by the layout, meta tags and structured data. */
export const siteName = '医療DX東京ナビ';
export const siteTagline = '医療DXをわかりやすく。都民と医療機関のための情報サイト';
export const organizer = {
  name: '東京都保健医療局',
  parent: '東京都',
  /** Sample contact details until the bureau assigns the real desk. */
  contactDesk: '医療政策部 医療DX推進担当（サンプル）',
  phone: '03-0000-0000',
  phoneNote: '平日 9時〜17時（土日祝日・年末年始を除く）',
  contactSample: true,
  /** The bureau's own website: the one contact the site can give without inventing one. */
  website: 'https://www.hokeniryo.metro.tokyo.lg.jp/',
} as const;

export interface NavItem {
  readonly href: string;
  readonly label: string;
}

/** Main navigation, in the order citizens meet the outreach. */
export const mainNav: readonly NavItem[] = [
  { href: '/manga/', label: 'マンガで知る医療DX' },
  { href: '/seminars/', label: 'セミナー・講習会' },
  { href: '/videos/', label: '動画' },
  { href: '/search/', label: '検索' },
];

/** A footer link's key in every locale's `siteUi.footerLinks` (src/i18n/<locale>.ts). */
export interface FooterNavItem extends NavItem {
  readonly id: keyof typeof siteUi.footerLinks;
}

export const footerNav: readonly FooterNavItem[] = [
  { id: 'accessibility', href: '/accessibility/', label: siteUi.footerLinks.accessibility },
  { id: 'sitemap', href: '/sitemap/', label: siteUi.footerLinks.sitemap },
  { id: 'privacy', href: '/privacy/', label: siteUi.footerLinks.privacy },
];
