/**
 * An entry's text in the reader's language: its `translations.<locale>` (src/schemas/shared.ts)
 * when given, else the Japanese with `translated: false` so the page can say so and mark it
 * lang="ja". Japanese pages always read the entry as written.
 */
import { defaultLocaleId } from './locales';

export interface Translated<T> {
  /** The translation, or undefined when the page shows the Japanese. */
  own: T | undefined;
  translated: boolean;
}

export function translationOf<T>(data: { translations?: Partial<Record<string, T>> | undefined }, locale: string | undefined): Translated<T> {
  if (!locale || locale === defaultLocaleId) return { own: undefined, translated: true };
  const own = data.translations?.[locale];
  return { own, translated: own !== undefined };
}

/** The Japanese page or entry text uses lang="ja" inside a page in another language. */
export const langOfJapanese = (translated: boolean, htmlLang: string): string | undefined => (translated || htmlLang === 'ja' ? undefined : 'ja');
