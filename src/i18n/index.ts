/**
 * The strings of a locale, for pages and components: `strings(Astro.currentLocale)`.
 * Locales are found by their module file (src/i18n/<id>.ts), so a new language is a new text
 * file; a locale without one is not published and reads Japanese.
 */
import ja from './ja';
import { defaultLocaleId, isLocaleId, localeById, locales, type Locale, type LocaleId } from './locales';
import type { LocaleStrings, PageKey, PageText } from './types';

const modules = import.meta.glob<{ default: LocaleStrings }>('./*.ts', { eager: true });

const byLocale = new Map<string, LocaleStrings>([[defaultLocaleId, ja]]);
for (const [file, module] of Object.entries(modules)) {
  const id = file.slice(2, -3);
  if (id !== defaultLocaleId && isLocaleId(id)) byLocale.set(id, module.default);
}

/** Published locales in the registry's order (ja first). */
export const publishedLocales: readonly Locale[] = locales.filter((locale) => byLocale.has(locale.id));
export const isPublished = (id: string | undefined): id is LocaleId => id !== undefined && byLocale.has(id);

/** The current locale of a page: Astro.currentLocale, ja when absent or unpublished. */
export const currentLocale = (id: string | undefined): Locale => localeById(isPublished(id) ? id : defaultLocaleId);

export function strings(id: string | undefined): LocaleStrings {
  return byLocale.get(id ?? defaultLocaleId) ?? ja;
}

/**
 * A page's own text in the reader's language, or the Japanese text with `translated: false`
 * (the page then says so in the reader's language and marks the text lang="ja").
 */
export function pageText<K extends PageKey>(id: string | undefined, key: K): { text: PageText<K>; translated: boolean } {
  const own = strings(id).pages[key];
  if (own) return { text: own as PageText<K>, translated: true };
  return { text: ja.pages[key] as PageText<K>, translated: (id ?? defaultLocaleId) === defaultLocaleId };
}

/** getStaticPaths of a page under src/pages/[locale]/: one path per published locale other than ja. */
export function otherLocalePaths(): { params: { locale: string } }[] {
  return publishedLocales.filter((locale) => locale.id !== defaultLocaleId).map((locale) => ({ params: { locale: locale.id } }));
}

/** The same for a dynamic page: every path of the Japanese page, once per other locale. */
export async function otherLocalePathsOf<P extends { params: Record<string, string | undefined>; props?: unknown }>(japanese: () => Promise<P[]> | P[]) {
  const paths = await japanese();
  return otherLocalePaths().flatMap(({ params }) => paths.map((path) => ({ ...path, params: { ...path.params, locale: params.locale } })));
}

/** A site path in the current locale, for links between citizen pages. */
export { localizedPath } from './locales';
