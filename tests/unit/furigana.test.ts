/**
 * Furigana (ルビ): the annotation rules with the real analyser (Lindera/IPADIC, as the build
 * loads it) and the site's overrides, the hast pass the Markdown pipeline and the layout use,
 * and which bodies count as Japanese.
 */
import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { alignReading, furiganaDictionary, furiganaSegments, toHiragana, type FuriganaSegment } from '../../src/lib/furigana/furigana';
import { furiganaOverrides } from '../../src/lib/furigana/overrides';
import { municipalities } from '../../src/schemas/municipalities';
import { buildFurigana, htmlWithFurigana, withFurigana } from '../../src/integrations/furigana';

/** 漢字(よみ) notation, so expectations read like a proofreader's mark-up. */
const marked = (segments: readonly FuriganaSegment[]) => segments.map((s) => (s.reading === undefined ? s.text : `${s.text}(${s.reading})`)).join('');
const furigana = buildFurigana();
const read = (text: string) => marked(furiganaSegments(text, furigana));

describe('alignReading', () => {
  it('gives each kanji run its part of the reading, using the kana as anchors', () => {
    expect(marked(alignReading('取り扱い', 'トリアツカイ') ?? [])).toBe('取(と)り扱(あつか)い');
    expect(marked(alignReading('医療DX', 'いりょうDX') ?? [])).toBe('医療(いりょう)DX');
    expect(marked(alignReading('マイナ保険証', 'まいなほけんしょう') ?? [])).toBe('マイナ保険証(ほけんしょう)');
  });

  it('returns null rather than guess when the reading does not fit the word', () => {
    expect(alignReading('取り扱い', 'トリアツカウ')).toBeNull();
    expect(alignReading('ひらがな', 'ひらがな')).toBeNull();
  });

  it('converts katakana readings to hiragana', () => {
    expect(toHiragana('ショホウセン・ヴ')).toBe('しょほうせん・ゔ');
  });
});

describe('furigana from the dictionary', () => {
  it('reads the kanji of a citizen sentence, okurigana and kana left bare', () => {
    expect(read('電子処方箋とマイナ保険証で、薬の情報を共有できます。')).toBe('電子処方箋(でんししょほうせん)とマイナ保険証(ほけんしょう)で、薬(くすり)の情報(じょうほう)を共有(きょうゆう)できます。');
    expect(read('飲み合わせの悪い薬に気づきやすくなります。')).toBe('飲(の)み合(あ)わせの悪(わる)い薬(くすり)に気(き)づきやすくなります。');
  });

  it('leaves counters after numbers, kanji numerals and weekday marks to the overrides', () => {
    // The dictionary alone reads 令和 りょうわ, 10月 つき and （木） き.
    expect(read('令和8年10月15日（木）19時から')).toBe('令和(れいわ)8年10月15日（木(もく)）19時から');
    expect(read('1日2回、三人で')).toBe('1日2回、三人で');
  });

  it('does not guess personal names or words whose reading depends on the sense', () => {
    expect(read('田中太郎さん')).toBe('田中太郎さん');
    expect(read('時間の間、その方')).toBe('時間(じかん)の間、その方');
  });

  it('reads every Tokyo 区市町村 name as Tokyo does', () => {
    const expected = 'ちよだく ちゅうおうく みなとく しんじゅくく ぶんきょうく たいとうく すみだく こうとうく しながわく めぐろく おおたく せたがやく しぶやく なかのく すぎなみく としまく きたく あらかわく いたばしく ねりまく あだちく かつしかく えどがわく はちおうじし たちかわし むさしのし みたかし おうめし ふちゅうし あきしまし ちょうふし まちだし こがねいし こだいらし ひのし ひがしむらやまし こくぶんじし くにたちし ふっさし こまえし ひがしやまとし きよせし ひがしくるめし むさしむらやまし たまし いなぎし はむらし あきるのし にしとうきょうし みずほまち ひのでまち ひのはらむら おくたままち おおしままち としまむら にいじまむら こうづしまむら みやけむら みくらじまむら はちじょうまち あおがしまむら おがさわらむら'.split(' ');
    const readings = municipalities.map(([, name]) => furiganaSegments(name, furigana).map((s) => s.reading ?? s.text).join(''));
    expect(readings).toEqual(expected);
  });

  it('gives the site terms the readings the glossary gives them', () => {
    expect(read('医療DXとお薬手帳、3文書6情報')).toBe('医療(いりょう)DXとお薬手帳(くすりてちょう)、3文書(ぶんしょ)6情報(じょうほう)');
  });

  it('returns text without kanji untouched, without asking the analyser', () => {
    const dictionary = furiganaDictionary(() => {
      throw new Error('analyser called');
    }, []);
    expect(furiganaSegments('ひらがなとカタカナ、2026', dictionary)).toEqual([{ text: 'ひらがなとカタカナ、2026' }]);
  });

  it('stops on an override whose reading does not fit its word, naming the word', () => {
    expect(() => furiganaDictionary(() => [], [{ word: 'マイナ保険証', reading: 'ほけんしょう' }])).toThrow('「マイナ保険証」');
    expect(() => furiganaDictionary(() => [], furiganaOverrides)).not.toThrow();
  });
});

describe('the hast pass', () => {
  const tree = (html: string): Root => ({ type: 'root', children: [{ type: 'element', tagName: 'div', properties: {}, children: [{ type: 'text', value: html }] }] });

  it('wraps readings in <rt aria-hidden>, so a screen reader reads each word once', () => {
    expect(htmlWithFurigana('<p>受診する</p>')).toBe('<p><ruby>受診<rt aria-hidden="true">じゅしん</rt></ruby>する</p>');
  });

  it('leaves code, controls, other languages, data-ruby-skip and existing ruby alone', () => {
    const html = '<code>医療</code><pre>医療</pre><a href="/">次のページ</a><button>医療</button><label>医療</label><span lang="en">医療</span><span data-ruby-skip="">医療</span><select><option>医療</option></select><ruby>医療<rt>いりょう</rt></ruby>';
    expect(htmlWithFurigana(html)).toBe(html);
  });

  it('leaves text that names or describes something else (aria-labelledby, aria-describedby) plain', () => {
    const html = '<dialog aria-labelledby="grid-title"><h2 id="grid-title">ページ一覧から選ぶ</h2><p id="hint">本文</p><input aria-describedby="hint"></dialog>';
    expect(htmlWithFurigana(html)).toBe(html);
  });

  it('keeps inline scripts and JSON-LD byte for byte (their CSP hashes must hold)', () => {
    const script = '<script>if(a<b&&c)document.title="医療"</script><script type="application/ld+json">{"name":"医療 & DX"}</script>';
    expect(htmlWithFurigana(`${script}<p>医療</p>`)).toBe(`${script}<p><ruby>医療<rt aria-hidden="true">いりょう</rt></ruby></p>`);
  });

  it('annotates headings and keeps their ids, and leaves kana-only trees as they are', () => {
    expect(htmlWithFurigana('<h2 id="privacy-device">この端末に</h2>')).toBe('<h2 id="privacy-device">この<ruby>端末<rt aria-hidden="true">たんまつ</rt></ruby>に</h2>');
    expect(withFurigana(tree('ひらがな'))).toEqual(tree('ひらがな'));
  });
});

describe('search index input', () => {
  it('is the page without ruby: kanji kept, readings gone (headings included)', async () => {
    const { withoutRuby } = await import('../../src/integrations/search-pages.mjs');
    const html = htmlWithFurigana('<h2 id="a">この端末に保存</h2><p>医療DXとは</p>');
    expect(html).toContain('<rt');
    expect(withoutRuby(html)).toBe('<h2 id="a">この端末に保存</h2><p>医療DXとは</p>');
  });
});

describe('pageGetsFurigana', () => {
  it('annotates the pages citizens read and leaves institution pages, facility lists, search and the CMS', async () => {
    const { pageGetsFurigana } = await import('../../src/lib/furigana/furigana');
    for (const path of ['/', '/about/', '/merits/', '/faq/', '/manga/episode-01/', '/manga/glossary/', '/videos/overview/', '/cases/a/', '/accessibility/', '/easy/about/', '/easy/']) expect(pageGetsFurigana(path), path).toBe(true);
    for (const path of ['/seminars/', '/seminars/basic-01/', '/support/', '/support/lease/check/', '/pmh/', '/cybersecurity/', '/dashboard/', '/institutions/', '/institutions/ward/shinjuku/', '/institutions/feature/pmh/', '/easy/seminars/', '/search/', '/admin/guide/', '/404.html']) expect(pageGetsFurigana(path), path).toBe(false);
  });
});
