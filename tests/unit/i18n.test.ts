/**
 * Languages (issue 21): the locale registry, paths, switcher targets and content fallbacks are
 * pure functions; the string modules are complete for every published locale (the type check
 * enforces it, and this file holds the proof that it does).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basePath, localeOfPath, localizedPath, locales } from '../../src/i18n/locales';
import { alternatesOf, isLocalizedRoute, linkIn } from '../../src/i18n/routes';
import { translationOf, langOfJapanese } from '../../src/i18n/content';
import { pageText, publishedLocales, strings } from '../../src/i18n';
import type { LocaleStrings } from '../../src/i18n/types';
import en from '../../src/i18n/en';
import ja from '../../src/i18n/ja';
import { faqSchema } from '../../src/schemas/faq';
import { otherLocaleIds } from '../../src/schemas/shared';

describe('locale paths', () => {
  it('Japanese has no prefix; the others use their id', () => {
    expect(localeOfPath('/about/')).toBe('ja');
    expect(localeOfPath('/en/about/')).toBe('en');
    expect(localeOfPath('/easy/')).toBe('easy');
    expect(localeOfPath('/enquiry/')).toBe('ja');
    expect(basePath('/en/manga/episode-01/')).toBe('/manga/episode-01/');
    expect(basePath('/en/')).toBe('/');
    expect(localizedPath('/en/faq/', 'easy')).toBe('/easy/faq/');
    expect(localizedPath('/easy/faq/', 'ja')).toBe('/faq/');
  });

  it('links stay in the reader’s language only where the target has a version in it', () => {
    expect(linkIn('en', '/merits/')).toBe('/en/merits/');
    expect(linkIn('en', '/manga/glossary/#iryo-dx')).toBe('/en/manga/glossary/#iryo-dx');
    expect(linkIn('en', '/seminars/')).toBe('/seminars/');
    expect(linkIn('en', 'https://www.mhlw.go.jp/')).toBe('https://www.mhlw.go.jp/');
    expect(linkIn('ja', '/merits/')).toBe('/merits/');
    expect(isLocalizedRoute('/en/videos/overview/')).toBe(true);
    expect(isLocalizedRoute('/videos/overview/captions.vtt')).toBe(false);
  });
});

describe('switcher targets', () => {
  const published = locales.filter((locale) => ['ja', 'easy', 'en'].includes(locale.id));
  it('a citizen page links each language to the same page', () => {
    expect(alternatesOf('/en/faq/', published).map((a) => [a.locale.id, a.href, a.samePage, a.current])).toEqual([
      ['ja', '/faq/', true, false],
      ['easy', '/easy/faq/', true, false],
      ['en', '/en/faq/', true, true],
    ]);
  });
  it('a Japanese-only page links other languages to their summary, never to a missing page', () => {
    expect(alternatesOf('/seminars/basic-01-national-dx/', published).map((a) => [a.href, a.samePage])).toEqual([
      ['/seminars/basic-01-national-dx/', true],
      ['/easy/medical-institutions/', false],
      ['/en/medical-institutions/', false],
    ]);
    expect(alternatesOf('/en/medical-institutions/', published)[0]?.href).toBe('/seminars/');
  });
});

describe('string modules', () => {
  it('a locale is published when its module file exists, and only then', () => {
    const files = readdirSync('src/i18n').map((name) => name.replace(/\.ts$/, ''));
    expect(publishedLocales.map((locale) => locale.id)).toEqual(locales.map((l) => l.id).filter((id) => id === 'ja' || files.includes(id)));
    expect(publishedLocales.map((locale) => locale.id)).toEqual(['ja', 'easy', 'en']);
    // Not yet published: reads Japanese rather than failing.
    expect(strings('ko').ui.skipLink).toBe(ja.ui.skipLink);
    expect(otherLocaleIds).toEqual(locales.map((locale) => locale.id).filter((id) => id !== 'ja'));
  });

  it('a module missing a key does not type-check', () => {
    const { skipLink: _dropped, ...uiWithoutSkipLink } = en.ui;
    // @ts-expect-error a locale must give every key of ja.ts (astro check fails without this line's error)
    const incomplete: LocaleStrings = { ...en, ui: uiWithoutSkipLink };
    expect(incomplete.ui).not.toHaveProperty('skipLink');
  });

  it('a page without its text in a language reads Japanese and says it is not translated', () => {
    expect(pageText('easy', 'about')).toEqual({ text: ja.pages.about, translated: false });
    expect(pageText('en', 'about').translated).toBe(true);
    expect(pageText('ja', 'about').translated).toBe(true);
  });
});

describe('content translations beside the Japanese entry', () => {
  const entry = { question: 'お金はかかりますか。', topic: 'cost', answer: 'かかりません。' };
  it('flow through the schema, which requires each given language to be complete', () => {
    expect(faqSchema.safeParse({ ...entry, translations: { en: { question: 'Does it cost money?', answer: 'No.' } } }).success).toBe(true);
    const missing = faqSchema.safeParse({ ...entry, translations: { en: { question: 'Does it cost money?' } } });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(['translations', 'en', 'answer']);
    expect(faqSchema.safeParse({ ...entry, translations: { fr: { question: 'x', answer: 'y' } } }).success).toBe(false);
  });
  it('an entry without a translation falls back to Japanese, marked lang="ja" on a page in another script', () => {
    const data = { translations: { en: { title: 'T' } } };
    expect(translationOf(data, 'en')).toEqual({ own: { title: 'T' }, translated: true });
    expect(translationOf(data, 'easy')).toEqual({ own: undefined, translated: false });
    expect(translationOf(data, 'ja')).toEqual({ own: undefined, translated: true });
    expect(langOfJapanese(false, 'en')).toBe('ja');
    expect(langOfJapanese(false, 'ja')).toBe(undefined);
  });
});
