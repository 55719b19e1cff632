/**
 * Browser modules' words handed over by the page (src/i18n/browser-strings.ts): every message of
 * every group, in every published language, reads exactly like the locale's own function once
 * the browser fills its template — numbers formatted as that function formats them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asData, browserStrings, type BrowserStringsGroup } from '../../src/i18n/browser-strings';
import { publishedLocales, strings } from '../../src/i18n';
import { fillTemplate } from '../../src/client/page-strings';

const groups: BrowserStringsGroup[] = ['mangaReader', 'mangaProgress', 'institutionFinder', 'search'];

/** Sample values by parameter position: a large number shows its grouping, a string its text. */
const sampleArgs = (fn: (...args: never[]) => string) => Array.from({ length: fn.length }, (_, index) => (index % 2 === 0 ? 12345 + index : `値${index}`));

/** Every [path, function] of a group object, and the same path's template from its data. */
function* messages(source: unknown, data: unknown, at = ''): Generator<[string, (...args: never[]) => string, string]> {
  if (typeof source === 'function') yield [at, source as (...args: never[]) => string, data as string];
  else if (source && typeof source === 'object') for (const [key, value] of Object.entries(source)) yield* messages(value, (data as Record<string, unknown>)[key], `${at}.${key}`);
}

/** The group as written in the locale's module (the same picks the page hands over, functions intact). */
function source(group: BrowserStringsGroup, locale: string) {
  const s = strings(locale);
  const data = browserStrings(group, locale) as Record<string, unknown>;
  const all: Record<string, unknown> =
    group === 'search'
      ? { ...s.searchUi, sampleLabel: s.ui.sampleLabel, loadFailed: s.ui.searchLoadFailed, noResults: s.ui.searchNoResults, resultCount: s.ui.searchResultCount, inPage: s.ui.searchInPage, filterLabels: s.ui.searchFilterLabels }
      : { ...s.mangaUi, ...s.institutionUi, kinds: s.labels.institutionKinds, features: s.labels.institutionFeatures };
  return Object.fromEntries(Object.keys(data).map((key) => [key, all[key]]));
}

describe('browser modules’ words, handed over as data', () => {
  it.each(publishedLocales.map((locale) => locale.id))('%s: every template, filled, reads like the message function', (locale) => {
    let checked = 0;
    for (const group of groups) {
      const data = browserStrings(group, locale);
      expect(JSON.parse(JSON.stringify(data))).toEqual(data); // plain data, nothing lost in the attribute
      for (const [where, fn, template] of messages(source(group, locale), data)) {
        const args = sampleArgs(fn);
        expect(fillTemplate(template as never, ...(args as never[])), `${group}${where}`).toBe(fn(...(args as never[])));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('an English count keeps its grouping; a Japanese page number stays as written', () => {
    const en = browserStrings('institutionFinder', 'en');
    expect(en.count).toBe('{0:en-US} medical institutions match.');
    expect(fillTemplate(en.count, 15000)).toBe('15,000 medical institutions match.');
    // The search status counts too (with their own named slots they printed 15000).
    expect(fillTemplate(browserStrings('search', 'en').resultCount, 'DX', 15000)).toBe('Results for “DX”: 15,000');
    const ja = browserStrings('mangaReader', 'ja');
    expect(fillTemplate(ja.pageStatus, '2–3', 12)).toBe('全12ページ中 2–3ページ目');
  });

  it('the round trip catches a message that computes with its value (the check above fails on it)', () => {
    const computed = (page: number) => `${page + 1}ページ目`;
    expect(fillTemplate(asData(computed), 1)).not.toBe(computed(1));
  });

  it('no browser module imports a locale’s strings: the page hands them over', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
    const importing = files('src/client').filter((file) => /from ['"][^'"]*(?:ui-strings|i18n\/(?:ja|en|easy|index))['"]/.test(readFileSync(file, 'utf8')));
    // Seminar pages are Japanese only (medical institutions): their status badge and shortlist still import Japanese.
    expect(importing).toEqual(['src/client/seminar-shortlist.ts', 'src/client/seminar-status.ts']);
  });
});
