import { describe, expect, it } from 'vitest';
import { normalizeQuery, readingsFor, searchAttributes, segmentLikeQuery, toHiragana } from '../../src/lib/search';
import { indexedText, withReadings } from '../../src/integrations/search-index.mjs';

describe('searchAttributes', () => {
  it('gives a plain page its type filter and meta only', () => {
    expect(searchAttributes({ type: 'page' })).toEqual([
      { kind: 'filter', value: 'type:ページ' },
      { kind: 'meta', value: 'type:ページ' },
    ]);
  });

  it('tags an outreach session with specialty, audience, date, status, sample and keywords', () => {
    const attributes = searchAttributes({
      type: 'outreach',
      specialty: ['整形外科'],
      audience: ['医療機関'],
      date: '2026年7月9日（木）19:00〜20:30',
      status: '受付中',
      sample: true,
      keywords: ['ロコモ'],
    });
    expect(attributes).toEqual([
      { kind: 'filter', value: 'type:講習会' },
      { kind: 'filter', value: 'specialty:整形外科' },
      { kind: 'filter', value: 'audience:医療機関' },
      { kind: 'meta', value: 'type:講習会' },
      { kind: 'meta', value: 'date:2026年7月9日（木）19:00〜20:30' },
      { kind: 'meta', value: 'status:受付中' },
      { kind: 'meta', value: 'sample:true' },
      { kind: 'meta', value: 'keywords:ロコモ 整形外科' },
    ]);
  });

  it('labels seminar tiers in Japanese and flattens line breaks in values', () => {
    const attributes = searchAttributes({ type: 'seminar', tier: 'applied', date: '2026年9月17日\n18:30' });
    expect(attributes).toContainEqual({ kind: 'filter', value: 'tier:応用編' });
    expect(attributes).toContainEqual({ kind: 'meta', value: 'date:2026年9月17日 18:30' });
  });
});

describe('query normalisation', () => {
  it('turns full-width Latin and half-width katakana into the forms the pages use', () => {
    expect(normalizeQuery('　医療ＤＸ　 ﾏｲﾅ保険証 ')).toBe('医療DX マイナ保険証');
    expect(normalizeQuery('ＨＬ７　ＦＨＩＲ')).toBe('HL7 FHIR');
  });
  it('converts katakana to hiragana and leaves the rest', () => {
    expect(toHiragana('カルテとマイナ保険証ー')).toBe('かるてとまいな保険証ー');
  });
});

describe('readings', () => {
  it('splits a reading the way a browser splits the same typed query', () => {
    expect(segmentLikeQuery('でんしかるて')).toBe([...new Intl.Segmenter('ja', { granularity: 'word' }).segment('でんしかるて')].map((s) => s.segment).join(' '));
  });
  it('collects the readings of the terms a text contains, once each', () => {
    const readings = readingsFor('電子カルテとマイナ保険証。電子カルテ。', [
      { term: '電子カルテ', reading: 'でんしかるて' },
      { term: 'マイナ保険証', reading: 'まいなほけんしょう' },
      { term: '眼科', reading: 'がんか' },
    ]);
    expect(readings).toBe(`${segmentLikeQuery('でんしかるて')} ${segmentLikeQuery('まいなほけんしょう')}`);
  });
});

describe('indexer helpers', () => {
  const page = '<html lang="ja"><body><header>整形外科</header><main data-pagefind-body><h1><ruby>眼科<rt>がんか</rt></ruby></h1><p>電子カルテ</p></main></body></html>';
  it('reads only the indexed region, without ruby readings', () => {
    expect(indexedText(page)).toBe('眼科電子カルテ');
    expect(indexedText('<main><p>電子カルテ</p></main>')).toBe('');
  });
  it('adds a hidden readings element for the terms in the indexed region only', () => {
    const html = withReadings(page);
    expect(html).toContain(`<span hidden data-pagefind-meta="readings:${segmentLikeQuery('でんしかるて')} ${segmentLikeQuery('かるて')} ${segmentLikeQuery('がんか')}"></span></body>`);
    expect(html).not.toContain(segmentLikeQuery('せいけいげか'));
    expect(withReadings('<html><body><main><p>電子カルテ</p></main></body></html>')).not.toContain('readings');
  });
});
