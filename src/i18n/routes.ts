/**
 * Which pages exist in every published language (the citizen pages, issue 21) and where the
 * language switcher and the hreflang alternates of any page point. Pure: tested in
 * tests/unit/i18n.test.ts.
 */
import { basePath, defaultLocaleId, localeOfPath, localizedPath, type Locale } from './locales';

/** Base paths (Japanese, unprefixed) with a page in every published locale; `*` is one segment. */
export const localizedRoutes = [
  '/',
  '/about/',
  '/merits/',
  '/faq/',
  '/manga/',
  '/manga/glossary/',
  '/manga/*/',
  '/videos/',
  '/videos/*/',
  '/institutions/',
  '/accessibility/',
  '/search/',
  '/medical-institutions/',
  '/news/',
  '/news/*/',
] as const;

/** Pages that exist only in the other languages: their Japanese alternate is this instead. */
const japaneseCounterpart: Record<string, string> = { '/medical-institutions/': '/seminars/' };

const matches = (pattern: string, path: string) => {
  const a = pattern.split('/');
  const b = path.split('/');
  return a.length === b.length && a.every((part, i) => part === '*' ? /^[a-z0-9-]+$/.test(b[i] ?? '') : part === b[i]);
};

export const isLocalizedRoute = (pathname: string) => localizedRoutes.some((pattern) => matches(pattern, basePath(pathname)));

export interface Alternate {
  locale: Locale;
  href: string;
  /** True when href is this page in that language (hreflang); false for a language's home page. */
  samePage: boolean;
  current: boolean;
}

/**
 * The page in each published language. A Japanese-only page (seminars, institution pages) links
 * the other languages to their summary for medical institutions, never to a missing page.
 */
export function alternatesOf(pathname: string, published: readonly Locale[]): Alternate[] {
  const current = localeOfPath(pathname);
  const base = basePath(pathname);
  const localized = isLocalizedRoute(pathname);
  return published.map((locale) => {
    const same = localized && !(locale.id === defaultLocaleId && base in japaneseCounterpart);
    const href = same
      ? localizedPath(base, locale.id)
      : locale.id === defaultLocaleId
        ? (japaneseCounterpart[base] ?? base)
        : localizedPath('/medical-institutions/', locale.id);
    return { locale, href, samePage: same || locale.id === current, current: locale.id === current };
  });
}

/** A link from a page in `locale`: to the same language where the target has a version, else as given. */
export function linkIn(locale: string, href: string): string {
  if (!href.startsWith('/') || locale === defaultLocaleId) return href;
  const [path = '/', hash] = href.split('#');
  return isLocalizedRoute(path) ? `${localizedPath(path, locale)}${hash === undefined ? '' : `#${hash}`}` : href;
}
