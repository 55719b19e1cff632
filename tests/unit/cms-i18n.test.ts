/**
 * The CMS side of translations (issue 21): Decap's i18n `single_file` layout ({ ja, en, … }) maps
 * to the file the build reads (the Japanese entry with `translations:` beside it) and back,
 * changing nothing else; the pre-save check validates each language by the zod schema and names
 * a problem by language and field label.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromJS } from 'immutable';
import { buildCmsConfig } from '../../cms/config';
import { buildCollection } from '../../cms/generate';
import { cmsCollections } from '../../cms/collections/index';
import { fromFileI18n, toFileI18n } from '../../cms/admin/yaml-format';
import { translationsOf } from '../../cms/admin/pre-save';
import { withTranslation } from '../../cms/admin/preview-model';
import { entryProblems, problemText } from '../../cms/admin/validate';

const config = buildCmsConfig({});
const fieldsOf = (name: string) => config.collections.find((c) => c.name === name)!.fields;
const schemaOf = (name: string) => cmsCollections.find((c) => c.wording.name === name)!.schema;

describe('Decap i18n single_file ↔ translations beside the Japanese', () => {
  const file = readFileSync('src/content/faq/cost/index.md', 'utf8');

  it('reads the Japanese entry as the default language and each translation as its language', () => {
    const data = fromFileI18n(file);
    expect(Object.keys(data).sort()).toEqual(['easy', 'en', 'ja', 'ko', 'zh-hans', 'zh-hant']);
    // Each language carries the Japanese for its preview; it is never written (next test).
    expect(((data['ko'] as Record<string, unknown>)['__japanese'] as Record<string, unknown>)['question']).toMatch(/^マイナ保険証や電子処方箋/);
    expect((data['ja'] as Record<string, unknown>)['question']).toMatch(/^マイナ保険証や電子処方箋/);
    expect((data['ja'] as Record<string, unknown>)['translations']).toBeUndefined();
    expect((data['en'] as Record<string, unknown>)['question']).toMatch(/^Does using/);
  });

  it('writes back the same file when nothing changed', () => {
    expect(toFileI18n(fromFileI18n(file))).toBe(file);
  });

  it('writes an edited translation in place, and leaves out a language left empty', () => {
    const data = fromFileI18n(file);
    const edited = toFileI18n({ ...data, en: { ...(data['en'] as object), question: 'Does it cost money?' }, easy: { question: '', answer: '  ' } });
    expect(edited).toContain('    question: "Does it cost money?"');
    expect(edited).not.toContain('easy:');
    expect(edited.split('\n').filter((line) => !file.includes(line))).toEqual(['    question: "Does it cost money?"']);
  });
});

describe('pre-save check of translations', () => {
  it('collects the languages Decap holds, without empty ones', () => {
    const i18n = fromJS({ en: { data: { question: 'Q?', answer: 'A.' } }, easy: { data: { question: '', answer: '' } } }).toJS() as Record<string, unknown>;
    expect(translationsOf(i18n)).toEqual({ en: { question: 'Q?', answer: 'A.' } });
  });

  it('refuses an incomplete translation, naming the language and the field as the form does', async () => {
    const entry = { question: 'お金はかかりますか。', topic: 'cost', answer: 'かかりません。', translations: { en: { question: 'Does it cost money?' } } };
    const problems = (await entryProblems(schemaOf('faq'), fieldsOf('faq'), entry)).map(problemText);
    expect(problems).toEqual(['English › 回答：必須です。入力してください']);
  });

  it('with Decap i18n on, the faq, merits, glossary, manga, news and videos collections are translated; seminars are not', () => {
    const translated = cmsCollections.filter((c) => buildCollection(c.wording, c.schema, { i18n: true }).collection.i18n).map((c) => c.wording.name).sort();
    expect(translated).toEqual(['faq', 'glossary', 'manga', 'merits', 'news', 'videos']);
  });

  it('the served CMS has Decap’s top-level i18n, without which Decap drops the collections’ own and opens them empty', () => {
    const translated = config.collections.filter((c) => c.i18n);
    expect(translated.map((c) => c.name).sort()).toEqual(['faq', 'glossary', 'manga', 'merits', 'news', 'videos']);
    expect(config.i18n).toEqual({ structure: 'single_file', locales: ['ja', 'easy', 'en'], default_locale: 'ja' });
    for (const collection of translated) {
      expect(collection.i18n).toEqual(config.i18n);
      expect(collection.format).toBe('frontmatter-kept-i18n');
    }
  });

  it('a manga episode with translations reads and writes back as the same file through the i18n format', () => {
    const file = readFileSync('src/content/manga/episode-01/index.md', 'utf8');
    expect(toFileI18n(fromFileI18n(file))).toBe(file);
  });
});

describe('the preview of a language', () => {
  it('lays the translation over the Japanese: a manga page keeps its drawing and takes the translated text', () => {
    const japanese = { title: '退院後も', episode: 1, pages: [{ image: 'page-01.png', alt: '表紙', transcript: [{ speaker: 'ハナ', line: 'こんにちは' }] }, { image: 'page-02.png', alt: '病室', transcript: [] }] };
    const english = { title: 'After hospital', pages: [{ alt: 'Cover', transcript: [{ speaker: 'Hana', line: 'Hello' }] }, { alt: '' }] };
    expect(withTranslation(japanese, english)).toEqual({
      title: 'After hospital',
      episode: 1,
      pages: [
        { image: 'page-01.png', alt: 'Cover', transcript: [{ speaker: 'Hana', line: 'Hello' }] },
        { image: 'page-02.png', alt: '病室', transcript: [] },
      ],
    });
  });
  it('a language not translated at all previews the Japanese', () => {
    expect(withTranslation({ question: 'Q' }, {})).toEqual({ question: 'Q' });
  });
});
