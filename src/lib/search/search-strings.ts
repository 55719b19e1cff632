/**
 * The search UI's words for the page to hand over (see SearchStrings in src/lib/search/search.ts):
 * taken from the locale's string module (src/i18n/<id>.ts), the one place they are written, with the values of a message turned
 * into {query}, {term} and {count} slots. Server-side only: the browser receives the result as
 * data, never this module or ui-strings.
 */
import { strings } from '../../i18n';
import { searchTypeLabels, type SearchStrings } from './search';

/**
 * Stands in for a number in a message function: a template literal prints `${count}` with
 * toString, so the message comes out with the slot. (tests/unit/search-strings.test.ts checks
 * that every filled template reads exactly like the message function's own output.)
 */
const slot = (name: string) => ({ toString: () => `{${name}}` }) as unknown as number;

/** In the page's language (issue 21): each locale's page hands over its own words. */
export function searchStrings(locale?: string): SearchStrings {
  const { searchUi, ui } = strings(locale);
  return {
    sampleLabel: ui.sampleLabel,
    loadFailed: ui.searchLoadFailed,
    noResults: ui.searchNoResults('{query}'),
    resultCount: ui.searchResultCount('{query}', slot('count')),
    includingCorrection: searchUi.includingCorrection('{query}', '{term}', slot('count')),
    didYouMean: searchUi.didYouMean,
    tryTerms: searchUi.tryTerms,
    filterCount: searchUi.filterCount(slot('count')),
    filterSelected: searchUi.filterSelected(slot('count')),
    inPage: ui.searchInPage,
    filterLabels: { ...ui.searchFilterLabels },
    typeOrder: Object.values(searchTypeLabels),
  };
}

/** The attribute value for a search root: `data-search-strings={searchStringsAttribute()}`. */
export const searchStringsAttribute = (locale?: string): string => JSON.stringify(searchStrings(locale));
