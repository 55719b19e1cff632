/**
 * The words a browser module says, in the page's language: the page hands them over in its
 * root's `data-strings` (built by browserStringsAttribute, src/i18n/browser-strings.ts), so no
 * module imports a locale's strings and one script serves every language.
 */
import type { Template } from '../i18n/browser-strings';

/** The root's words; a root without them is a page built wrongly, and says so in the console. */
export function readStrings<T>(root: HTMLElement): T {
  const data = root.dataset['strings'];
  if (!data) throw new Error('data-strings is missing on the module’s root');
  return JSON.parse(data) as T;
}

/** A template with its values: `{0}` as written, `{0:en-US}` a number formatted for that locale. */
export function fillTemplate<A extends readonly (string | number)[]>(template: Template<A>, ...values: A): string {
  return template.replace(/\{(\d+)(?::([\w-]*))?\}/g, (whole, index: string, locale: string | undefined) => {
    const value = values[Number(index)];
    if (value === undefined) return whole;
    return locale !== undefined && typeof value === 'number' ? value.toLocaleString(locale || undefined) : String(value);
  });
}
