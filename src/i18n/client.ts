/**
 * Strings for browser modules in the page's language (`<html data-locale>`, set by the layout).
 * Japanese is what the modules import statically; another language's module is fetched on
 * demand as its own chunk, so a Japanese page carries no other language and an English page
 * carries English only.
 */
import type { LocaleStrings } from './types';

const modules = import.meta.glob<{ default: LocaleStrings }>(['./easy.ts', './en.ts', './zh-hans.ts', './zh-hant.ts', './ko.ts']);

let loaded: Promise<LocaleStrings | undefined> | undefined;

/** The page's strings, or undefined on a Japanese page (use the static Japanese import). */
export function pageStrings(): Promise<LocaleStrings | undefined> {
  loaded ??= (async () => {
    const load = modules[`./${document.documentElement.dataset['locale'] ?? 'ja'}.ts`];
    return load ? (await load()).default : undefined;
  })();
  return loaded;
}
