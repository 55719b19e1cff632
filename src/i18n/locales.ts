/**
 * The site's languages: one record each, zod-free and Astro-free so astro.config.mjs, pages,
 * browser code and tests read the same list. A locale is *published* when its string module
 * `src/i18n/<id>.ts` exists (src/i18n/index.ts and astro.config.mjs both look for the file), so
 * adding 简体中文, 繁體中文 or 한국어 needs text files only (README「Adding a language」).
 *
 * Codes, chosen with Tokyo's own multilingual site (Tokyo-Metro-Gov/covid19: 日本語, やさしい
 * にほんご, English, 简体中文, 繁體中文, 한국어) and the hreflang rules in mind:
 * - やさしい日本語 is Japanese: `<html lang="ja">` so screen readers keep the Japanese voice and
 *   Pagefind segments it as Japanese (BCP 47 has no subtag for plain Japanese). Its hreflang is
 *   the private-use tag `ja-x-easy`, valid BCP 47 and distinct from the standard page's `ja`:
 *   search engines that know only ISO 639-1 ignore it instead of seeing two URLs for `ja`.
 * - Chinese by script, not country (`zh-Hans`, `zh-Hant`), which hreflang accepts (ISO 15924).
 */
export interface Locale {
  /** Internal id, also the URL prefix, the Decap CMS locale and the key in `translations`. */
  readonly id: string;
  /** `<html lang>` and `lang` on inline text in this language. */
  readonly htmlLang: string;
  /** `<link rel="alternate" hreflang>` and sitemap `xhtml:link` value. */
  readonly hreflang: string;
  /** Open Graph `og:locale`. */
  readonly ogLocale: string;
  /** The language's own name, shown in the switcher in that language. */
  readonly nativeName: string;
}

export const defaultLocaleId = 'ja';

export const locales = [
  { id: 'ja', htmlLang: 'ja', hreflang: 'ja', ogLocale: 'ja_JP', nativeName: '日本語' },
  { id: 'easy', htmlLang: 'ja', hreflang: 'ja-x-easy', ogLocale: 'ja_JP', nativeName: 'やさしい にほんご' },
  { id: 'en', htmlLang: 'en', hreflang: 'en', ogLocale: 'en_US', nativeName: 'English' },
  { id: 'zh-hans', htmlLang: 'zh-Hans', hreflang: 'zh-Hans', ogLocale: 'zh_CN', nativeName: '简体中文' },
  { id: 'zh-hant', htmlLang: 'zh-Hant', hreflang: 'zh-Hant', ogLocale: 'zh_TW', nativeName: '繁體中文' },
  { id: 'ko', htmlLang: 'ko', hreflang: 'ko', ogLocale: 'ko_KR', nativeName: '한국어' },
] as const satisfies readonly Locale[];

export type LocaleId = (typeof locales)[number]['id'];
export const localeIds: readonly LocaleId[] = locales.map((locale) => locale.id);

export const localeById = (id: string): Locale => locales.find((locale) => locale.id === id) ?? locales[0];

export const isLocaleId = (value: unknown): value is LocaleId => typeof value === 'string' && (localeIds as readonly string[]).includes(value);

/** The locale a site path belongs to: its first segment when that is a locale prefix, else ja. */
export function localeOfPath(pathname: string): LocaleId {
  const first = pathname.split('/')[1] ?? '';
  return first !== defaultLocaleId && isLocaleId(first) ? first : defaultLocaleId;
}

/** `/en/about/` → `/about/`; `/about/` stays. */
export function basePath(pathname: string): string {
  const locale = localeOfPath(pathname);
  return locale === defaultLocaleId ? pathname : pathname.slice(locale.length + 1) || '/';
}

/** The same page in another locale: `/about/` + en → `/en/about/`; ja has no prefix. */
export function localizedPath(pathname: string, locale: string): string {
  const base = basePath(pathname);
  return locale === defaultLocaleId ? base : `/${locale}${base}`;
}
