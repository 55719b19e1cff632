/** Schema accept/reject cases for the foundation collections; each capability adds its own file. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { glossarySchema } from '../../src/schemas/glossary';
import { mangaSchema } from '../../src/schemas/manga';
import { instant } from '../../src/schemas/shared';

// Astro's image() resolves a file; schema tests only need "a path string is required".
const imageStandIn = () => z.string().min(1);

const validPage = { image: './page-01.png', alt: '待合室の様子', transcript: [{ speaker: '母', line: 'こんにちは' }] };
const validEpisode = { title: 'テスト', episode: 1, summary: 'あらすじ', pages: [validPage], published: '2026-10-01' };

const issuesOf = (result: { success: boolean; error?: z.ZodError }) => result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('manga schema', () => {
  const schema = mangaSchema(imageStandIn);
  it('accepts a complete episode and defaults the reading direction to right-to-left', () => {
    const parsed = schema.parse(validEpisode);
    expect(parsed.direction).toBe('rtl');
    expect(parsed.pages[0]?.layout).toBe('single');
    expect(parsed.sample).toBe(false);
  });
  it('rejects a page without alt text, naming the field', () => {
    const result = schema.safeParse({ ...validEpisode, pages: [{ ...validPage, alt: '  ' }] });
    expect(issuesOf(result)).toEqual(['pages.0.alt: ページ画像の代替テキスト（alt）を入力してください']);
  });
  it('rejects a page without a transcript, naming the field', () => {
    const result = schema.safeParse({ ...validEpisode, pages: [{ ...validPage, transcript: [] }] });
    expect(issuesOf(result)).toEqual(['pages.0.transcript: ページのテキスト（transcript）を1行以上入力してください']);
  });
});

describe('manga schema: spreads and references', () => {
  const schema = mangaSchema(imageStandIn);
  it('rejects a spread half without its partner, naming the page', () => {
    const result = schema.safeParse({ ...validEpisode, pages: [validPage, { ...validPage, layout: 'spread-right' }, validPage] });
    expect(issuesOf(result)).toEqual(['pages.1.layout: 見開きの右半分（spread-right）の次のページは左半分（spread-left）にしてください']);
  });
  it('accepts a matched right-to-left spread after the cover', () => {
    const pages = [validPage, { ...validPage, layout: 'spread-right' }, { ...validPage, layout: 'spread-left' }];
    expect(schema.safeParse({ ...validEpisode, pages }).success).toBe(true);
  });
  it('rejects a glossary id that is not a folder name', () => {
    const result = schema.safeParse({ ...validEpisode, glossary: ['電子カルテ'] });
    expect(issuesOf(result)[0]).toMatch(/^glossary\.0: /);
  });
  it('rejects a reference without a URL scheme', () => {
    const result = schema.safeParse({ ...validEpisode, references: [{ title: 't', publisher: 'p', url: 'www.example.jp' }] });
    expect(issuesOf(result)[0]).toMatch(/^references\.0\.url: /);
  });
});

describe('glossary schema', () => {
  it('keeps an official quote apart from the plain definition', () => {
    const parsed = glossarySchema.parse({ term: '3文書6情報', reading: 'さんぶんしょろくじょうほう', definition: '説明', quote: { text: '引用', source: '出典' } });
    expect(parsed.quote?.source).toBe('出典');
    const missing = glossarySchema.safeParse({ term: 'x', reading: 'えっくす', definition: '説明', quote: { text: '引用' } });
    expect(issuesOf(missing)[0]).toMatch(/^quote\.source: /);
  });
  it('accepts a term with a hiragana reading', () => {
    expect(glossarySchema.parse({ term: '電子カルテ', reading: 'でんしかるて', definition: '説明' }).related).toEqual([]);
  });
  it('rejects a reading written in kanji', () => {
    const result = glossarySchema.safeParse({ term: '電子カルテ', reading: '電子', definition: '説明' });
    expect(issuesOf(result)).toEqual(['reading: よみ（reading）はひらがなで入力してください']);
  });
});

describe('instant', () => {
  it('reads an ISO string with +09:00 and with Z as the same instant', () => {
    const fromString = instant.parse('2026-07-09T19:00:00+09:00') as Date;
    const fromUtc = instant.parse('2026-07-09T10:00:00Z') as Date;
    expect(fromString.getTime()).toBe(fromUtc.getTime());
  });
  it('rejects a string without an offset, since it would depend on the build machine', () => {
    expect(instant.safeParse('2026-07-09T19:00:00').success).toBe(false);
  });
});
