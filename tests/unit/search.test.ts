import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import {
  aliasKeywordsFor,
  editDistance,
  faqRecords,
  glossaryRecords,
  glossaryTerms,
  kanaKey,
  matchTerms,
  normalizeQuery,
  rankValues,
  readingsFor,
  searchWeights,
  segmentLikeQuery,
  toHiragana,
  type SiteTerm,
} from '../../src/lib/search/search';
import { pageWeight, searchAttributes } from '../../src/lib/search/tags';
import { excludeSelectors } from '../../src/integrations/search-index.mjs';
import { indexedText, prepareForIndex, recordHtml, withoutUnindexedParts, withRank, withReadings } from '../../src/integrations/search-pages.mjs';
import { glossarySchema } from '../../src/schemas/glossary';
import { faqSchema } from '../../src/schemas/faq';
import { answerParagraphs, faqGroups, faqPageJsonLd } from '../../src/lib/site/faq';

const term = (t: string, readings: string[], aliases: string[] = [], url = `/manga/glossary/#${t}`): SiteTerm => ({ term: t, readings, aliases, url });
const karte = term('電子カルテ', ['でんしかるて', 'かるて'], ['電子カルテシステム']);
const shohosen = term('電子処方箋', ['でんししょほうせん'], ['電子処方せん']);
const ganka = term('眼科', ['がんか']);
const online = term('オンライン診療', ['おんらいんしんりょう'], ['遠隔診療']);

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
  it('collects the readings of the terms a text names (by term or alias), once each', () => {
    const readings = readingsFor('電子カルテとマイナ保険証。電子処方せん。電子カルテ。', [karte, shohosen, ganka]);
    expect(readings).toBe([segmentLikeQuery('でんしかるて'), segmentLikeQuery('かるて'), segmentLikeQuery('でんししょほうせん')].join(' '));
  });
  it('gives a page the spellings of its terms that it does not contain, split like a query', () => {
    expect(aliasKeywordsFor('電子処方せんについて', [shohosen, ganka])).toBe(segmentLikeQuery('電子処方箋'));
    expect(aliasKeywordsFor('電子処方箋と電子処方せん', [shohosen])).toBe('');
  });
});

describe('terms and records from content', () => {
  const entry = { id: 'denshi-shohosen', data: glossarySchema.parse({ term: '電子処方箋', reading: 'でんししょほうせん', readings: ['しょほうせん'], aliases: ['電子処方せん'], definition: '処方箋をデータでやりとりします。' }) };
  it('takes readings and aliases from the glossary schema, none from code', () => {
    expect(glossaryTerms([entry])).toEqual([{ term: '電子処方箋', readings: ['でんししょほうせん', 'しょほうせん'], aliases: ['電子処方せん'], url: '/manga/glossary/#denshi-shohosen' }]);
  });
  it('makes each glossary entry and FAQ answer a record at its own anchor', () => {
    const [record] = glossaryRecords([entry]);
    expect(record?.url).toBe('/manga/glossary/#denshi-shohosen');
    expect(record?.title).toBe('電子処方箋');
    expect(record?.tags.type).toBe('glossary');
    expect(record?.tags.keywords).toEqual(expect.arrayContaining(['電子処方せん', segmentLikeQuery('でんししょほうせん'), segmentLikeQuery('しょほうせん')]));
    const faq = faqSchema.parse({ question: '費用はかかりますか。', topic: 'cost', answer: 'かかりません。', aliases: ['お金'], sample: true });
    expect(faqRecords([{ id: 'cost', data: faq }])).toEqual([{ url: '/faq/#cost', title: '費用はかかりますか。', text: 'かかりません。', tags: { type: 'faq', sample: true, keywords: ['お金'] } }]);
  });
  it('rejects readings that are not hiragana and empty aliases, with Japanese messages', () => {
    const bad = glossarySchema.safeParse({ term: 'x', reading: 'えっくす', readings: ['エックス'], aliases: [''], definition: 'x' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.message)).toEqual(['ほかのよみ（readings）はひらがなで入力してください', '別の言い方（aliases）に空の項目があります']);
  });
});

describe('matching a query to the site’s terms', () => {
  const terms = [karte, shohosen, ganka, online, term('PMH', ['ぴーえむえいち'])];
  it('compares in hiragana, ignoring width, case and spaces', () => {
    expect(kanaKey('デンシ カルテ')).toBe('でんしかるて');
    expect(kanaKey('ＰＭＨ')).toBe('pmh');
  });
  it.each([
    ['デンシカルテ', '電子カルテ'],
    ['でんしかるて', '電子カルテ'],
    ['電子かるて', '電子カルテ'],
    ['電子処方せん', '電子処方箋'],
    ['pmh', 'PMH'],
    ['遠隔診療', 'オンライン診療'],
  ])('「%s」 names %s', (query, expected) => {
    expect(matchTerms(query, terms)[0]).toEqual({ term: expect.objectContaining({ term: expected }), distance: 0 });
  });
  it('finds the term a typo was meant to be, by edit distance on kana', () => {
    expect(matchTerms('オンラン診療', terms)[0]).toEqual({ term: online, distance: 1 });
    expect(matchTerms('でんしかうて', terms)[0]?.term).toBe(karte);
  });
  it('suggests nothing for short or unrelated queries', () => {
    expect(matchTerms('眼', terms)).toEqual([]);
    expect(matchTerms('がんこ', terms)).toEqual([]);
    expect(matchTerms('ｚｚｚｑｑｑ', terms)).toEqual([]);
  });
});

describe('page weights (searchWeights)', () => {
  it('puts answers and explaining pages above listings, and released above unreleased', () => {
    const weight = (url: string, typeLabel?: string, status?: string) => pageWeight({ url, typeLabel, status });
    expect(weight('/manga/glossary/#iryo-dx', '用語')).toBeGreaterThan(weight('/videos/overview/', '動画'));
    expect(weight('/faq/#cost', 'よくある質問')).toBeGreaterThan(weight('/seminars/', 'ページ'));
    expect(weight('/about/', 'ページ')).toBeGreaterThan(weight('/', 'ページ'));
    expect(weight('/merits/', 'ページ')).toBeGreaterThan(weight('/institutions/ward/shinjuku/', 'ページ'));
    expect(weight('/seminars/outreach-pediatrics/', '講習会')).toBeLessThan(weight('/support/', 'ページ'));
    expect(weight('/videos/parents/', '動画', '制作中')).toBeLessThan(weight('/videos/overview/', '動画'));
    expect(weight('/videos/parents/', '動画', '制作中')).toBe(Math.round(searchWeights.type.video * searchWeights.unreleased.factor * 100) / 100);
  });
  it('lists every weight a page can have as a rank filter value', () => {
    const values = rankValues();
    for (const [url, typeLabel, status] of [['/'], ['/about/', 'ページ'], ['/x/', '動画', '制作中'], ['/manga/glossary/#a', '用語'], ['/institutions/', 'ページ'], ['/seminars/a/', '講習会', '公開予定']] as const) {
      expect(values).toContain(String(pageWeight({ url, typeLabel, status })));
    }
  });
});

describe('FAQ page data', () => {
  const entries = [
    { id: 'b', data: { question: 'B？', answer: '一。\n\n二。', topic: 'cost', position: 2 } },
    { id: 'a', data: { question: 'A？', answer: '三。', topic: 'cost', position: 1 } },
    { id: 'c', data: { question: 'C？', answer: '四。', topic: 'privacy', position: 1 } },
  ];
  it('groups by topic in the given order and sorts by position', () => {
    expect(faqGroups(entries, ['privacy', 'maina', 'cost']).map((g) => [g.topic, g.entries.map((e) => e.id)])).toEqual([['privacy', ['c']], ['cost', ['a', 'b']]]);
  });
  it('splits answers into paragraphs and writes FAQPage structured data', () => {
    expect(answerParagraphs('一。\n\n二。')).toEqual(['一。', '二。']);
    const jsonLd = faqPageJsonLd(entries, 'https://example.jp/faq/');
    expect(jsonLd['@type']).toBe('FAQPage');
    expect(jsonLd.mainEntity[0]).toEqual({ '@type': 'Question', name: 'B？', acceptedAnswer: { '@type': 'Answer', text: '一。\n二。' } });
  });
});

describe('indexer helpers', () => {
  const page = '<html lang="ja"><body><header>整形外科</header><main data-pagefind-body><h1><ruby>眼科<rt>がんか</rt></ruby></h1><p>電子カルテ</p></main></body></html>';
  it('reads only the indexed region, without ruby readings', () => {
    expect(indexedText(page)).toBe('眼科電子カルテ');
    expect(indexedText('<main><p>電子カルテ</p></main>')).toBe('');
  });
  it('adds hidden readings and other spellings for the terms in the indexed region only', () => {
    const terms = [karte, ganka, term('整形外科', ['せいけいげか'])];
    const html = withReadings(page, terms);
    expect(html).toContain(`<span hidden data-pagefind-meta="readings:${segmentLikeQuery('でんしかるて')} ${segmentLikeQuery('かるて')} ${segmentLikeQuery('がんか')}"></span>`);
    expect(html).toContain(`data-pagefind-meta="aliases:${segmentLikeQuery('電子カルテシステム')}"`);
    expect(html).not.toContain(segmentLikeQuery('せいけいげか'));
    expect(withReadings('<html><body><main><p>電子カルテ</p></main></body></html>', terms)).not.toContain('readings');
    expect(withReadings(page, [])).toBe(page);
  });
  it('stores each page’s weight as the hidden rank filter', () => {
    expect(withRank(page, 0.4)).toContain('<span hidden data-pagefind-filter="rank:0.4"></span></body>');
    // The UI's plain search asks for the known values only: any other weight would hide the page.
    expect(() => withRank(page, 0.37)).toThrow(/検索の重み 0.37/);
    expect(prepareForIndex(page.replace('<main data-pagefind-body>', '<main data-pagefind-body><span data-pagefind-filter="type:講習会"></span>'), '/seminars/x/', [])).toContain(`rank:${searchWeights.type.outreach}`);
  });
  it('stages a page without the head and header Pagefind never reads, and keeps a page whole where they carry something it does', () => {
    const built = (header: string) =>
      `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>眼科 | 医療DX東京ナビ</title><style>body{color:red}</style><script type="module" src="/a.js"></script></head><body class="x"><header>${header}</header><main data-pagefind-body><h1>眼科</h1></main><footer>フッター</footer></body></html>`;
    expect(withoutUnindexedParts(built('<a href="/">医療DX東京ナビ</a>'))).toBe(
      '<!DOCTYPE html><html lang="ja"><head><title>眼科 | 医療DX東京ナビ</title></head><body class="x"><main data-pagefind-body><h1>眼科</h1></main><footer>フッター</footer></body></html>',
    );
    // A filter, a heading or an image before the indexed region could reach the index: kept.
    for (const header of ['<span data-pagefind-filter="type:ページ"></span>', '<h1>見出し</h1>', '<img src="/logo.png" alt="">']) expect(withoutUnindexedParts(built(header))).toBe(built(header));
    // Pages without an indexed region are not indexed at all: left as they are.
    expect(withoutUnindexedParts('<html><head><title>t</title></head><body><main>本文</main></body></html>')).toBe('<html><head><title>t</title></head><body><main>本文</main></body></html>');
  });
  it('renders a record as an indexable page with its type, title and escaped text', () => {
    const html = recordHtml({ url: '/faq/#a', title: '費用は<かかる>？', text: '一。\n二 & 三。', tags: { type: 'faq', sample: true, keywords: ['お金'] } });
    expect(html).toContain('<main data-pagefind-body><h1>費用は&lt;かかる&gt;？</h1><p>一。</p><p>二 &amp; 三。</p>');
    expect(html).toContain('data-pagefind-filter="type:よくある質問"');
    expect(html).toContain('data-pagefind-meta="keywords:お金"');
    expect(html).toContain('<html lang="ja">');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions (Levenshtein)', () => {
    expect(editDistance('おんらいんしんりょう', 'おんらんしんりょう')).toBe(1);
    expect(editDistance('でんしかるて', 'でんしかうて')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'かるて')).toBe(3);
    expect(editDistance('かるて', '')).toBe(3);
    expect(editDistance('ふぁいあ', 'ふぁいあ')).toBe(0);
  });
});

describe('furigana in headings and the index', () => {
  /** The sub-result titles Pagefind (the installed binary) gives a page's headings. */
  async function headingTitles(html: string): Promise<string[]> {
    const { index } = await pagefind.createIndex({ excludeSelectors });
    if (!index) throw new Error('Pagefind did not start');
    await index.addHTMLFile({ url: '/a/', content: html });
    const { files } = await index.getFiles();
    const fragment = files.find((file) => file.path.includes('fragment'));
    await index.deleteIndex();
    const text = gunzipSync(Buffer.from(fragment?.content ?? [])).toString();
    return (JSON.parse(text.slice(text.indexOf('{'))) as { anchors: { text: string }[] }).anchors.map((anchor) => anchor.text);
  }
  const page = (heading: string) => `<!doctype html><html lang="ja"><head><title>t</title></head><body><main data-pagefind-body><h1>題</h1><p>本文です。</p><h2 id="x">${heading}</h2><p>説明です。</p></main></body></html>`;

  // Why pages are indexed withoutRuby, and why the indexer cannot yet read dist/ as built: Pagefind
  // 1.6 drops a <ruby>'s text from a heading's sub-result title, and `data-pagefind-ignore` on
  // <rt> does not help. When this first expectation fails, Pagefind has fixed it.
  it('Pagefind drops ruby bases from heading titles; the prepared page keeps them', async () => {
    const ruby = 'この<ruby>端末<rt aria-hidden="true" data-pagefind-ignore>たんまつ</rt></ruby>の設定';
    expect(await headingTitles(page(ruby))).toEqual(['このの設定']);
    expect(await headingTitles(prepareForIndex(page(ruby), '/a/', []))).toEqual(['この端末の設定']);
    await pagefind.close();
  }, 30_000);
});
