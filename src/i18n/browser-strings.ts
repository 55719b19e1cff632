/**
 * The words of browser modules, handed over by the page (issue 21): a module's root element
 * carries `data-strings={browserStringsAttribute('mangaReader', locale)}` and the module reads
 * them with `readStrings` (src/client/page-strings.ts). So a module never imports a locale's
 * string module: a Japanese page carries Japanese, an English page English, and the script is
 * one file for every language. The words are the locale's own (src/i18n/<id>.ts, typed, so a
 * missing key fails the type check); each group below picks what one module says.
 *
 * A message with values becomes a template with positional slots, filled in the browser by
 * `fillTemplate`: `{0}` prints the value as it is, `{0:en-US}` prints a number the way the
 * locale's own function did (`count.toLocaleString('en-US')`), so "15,000" stays "15,000".
 * Messages are written as plain template literals of their parameters: a slot cannot be
 * compared or calculated with (tests/unit/browser-strings.test.ts fills every template and
 * compares it with the message function's own output).
 */
import { strings } from './index';
import { searchTypeLabels } from '../lib/search/tags';
import type { LocaleStrings } from './types';

/** A message as data: its parameters' types stay on it, so `fillTemplate` checks the values. */
export type Template<A extends readonly unknown[]> = string & { readonly __parameters?: A };

export type AsData<T> = T extends (...args: infer A) => string
  ? Template<A>
  : T extends string
    ? string
    : T extends readonly (infer U)[]
      ? readonly AsData<U>[]
      : T extends object
        ? { readonly [K in keyof T]: AsData<T[K]> }
        : T;

/** Stands in for the value at `index`: as text `{index}`, as a locale-formatted number `{index:locale}`. */
const slot = (index: number) => ({
  toString: () => `{${index}}`,
  toLocaleString: (locale?: string) => `{${index}:${locale ?? ''}}`,
});

/** Strings, arrays and objects as they are; every function called with slots, giving its template. */
export function asData<T>(value: T): AsData<T> {
  if (typeof value === 'function') {
    return (value as (...args: unknown[]) => string)(...Array.from({ length: value.length }, (_, index) => slot(index))) as AsData<T>;
  }
  if (Array.isArray(value)) return value.map(asData) as AsData<T>;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asData(item)])) as AsData<T>;
  }
  return value as AsData<T>;
}

function pick<T extends object, K extends keyof T>(group: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, group[key]])) as Pick<T, K>;
}

/** What each browser module says, taken from a locale's strings. */
const groups = {
  /** src/client/manga/reader.ts and, loaded from it, offline.ts. */
  mangaReader: (s: LocaleStrings) => ({
    ...pick(s.mangaUi, ['endCounter', 'endHeading', 'seekValue', 'pageStatus', 'showText', 'hideText', 'fullscreen', 'exitFullscreen', 'thumbnailPage', 'resumed', 'offlineUnsupported', 'offlineSaving', 'offlineSaved', 'offlineFailed', 'offlineCleared', 'offlineUsage']),
    swiper: s.mangaUi.swiper,
  }),
  /** src/client/manga/progress.ts on the episode list. */
  mangaProgress: (s: LocaleStrings) => pick(s.mangaUi, ['progressRead', 'progressResume']),
  /** src/client/institution-finder.ts and, loaded from it, the map (institution-map.ts). */
  institutionFinder: (s: LocaleStrings) => ({
    ...pick(s.institutionUi, ['count', 'none', 'listed', 'pickWard', 'statusSeparator', 'loading', 'loadFailed', 'openDetails', 'noFeatures', 'featureSeparator', 'supported', 'unsupported', 'networkId', 'nearMeBusy', 'nearMeFailed', 'nearMeFound', 'cluster', 'wardMarker', 'details']),
    kinds: s.labels.institutionKinds,
    features: s.labels.institutionFeatures,
  }),
  /**
   * src/client/search-ui.ts, in the header dialog and on /search/. `types` pairs each type's
   * value in the index (Japanese in every language's index) with its label in the page's
   * language, in the site's order: the filters list them so, and a result's badge shows the label.
   */
  search: (s: LocaleStrings) => ({
    sampleLabel: s.ui.sampleLabel,
    loadFailed: s.ui.searchLoadFailed,
    noResults: s.ui.searchNoResults,
    resultCount: s.ui.searchResultCount,
    inPage: s.ui.searchInPage,
    filterLabels: s.ui.searchFilterLabels,
    ...pick(s.searchUi, ['includingCorrection', 'didYouMean', 'tryTerms', 'filterCount', 'filterSelected']),
    types: (Object.keys(searchTypeLabels) as (keyof typeof searchTypeLabels)[]).map((type) => ({ value: searchTypeLabels[type], label: s.labels.searchTypes[type] })),
  }),
} satisfies Record<string, (s: LocaleStrings) => object>;

export type BrowserStringsGroup = keyof typeof groups;
/** What a module receives: `readStrings<BrowserStrings<'mangaReader'>>(root)`. */
export type BrowserStrings<G extends BrowserStringsGroup> = AsData<ReturnType<(typeof groups)[G]>>;

export function browserStrings<G extends BrowserStringsGroup>(group: G, locale: string | undefined): BrowserStrings<G> {
  return asData(groups[group](strings(locale))) as BrowserStrings<G>;
}

/** The attribute value for a module's root: `data-strings={browserStringsAttribute('mangaReader', locale)}`. */
export const browserStringsAttribute = (group: BrowserStringsGroup, locale: string | undefined): string => JSON.stringify(browserStrings(group, locale));
