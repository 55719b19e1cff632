/**
 * The site's own readings for ルビ (src/lib/furigana/furigana.ts), kept by hand: words the dictionary
 * reads wrongly or splits (place names, era names, the site's terms) and words it must not guess.
 * A reading covers the whole word in hiragana; kana, digits and Latin letters in the word stay as
 * they are in the reading (医療DX → いりょうDX). The build stops naming the word if a reading
 * does not fit it. `npm test` checks the Tokyo place names and site terms against these.
 */
import type { FuriganaOverride } from './furigana';

const days = ['月:げつ', '火:か', '水:すい', '木:もく', '金:きん', '土:ど', '日:にち'].flatMap((pair) => {
  const [day = '', reading = ''] = pair.split(':');
  // 10月15日（木）: a weekday alone in brackets is read as in a date, not as a noun (き, つち).
  return [
    { word: `（${day}）`, reading: `（${reading}）` },
    { word: `(${day})`, reading: `(${reading})` },
  ];
});

export const furiganaOverrides: readonly FuriganaOverride[] = [
  // The site's terms, read as the glossary (src/content/glossary) reads them.
  { word: '医療DX', reading: 'いりょうDX' },
  { word: '電子処方箋', reading: 'でんししょほうせん' },
  { word: 'マイナ保険証', reading: 'マイナほけんしょう' },
  { word: 'お薬手帳', reading: 'おくすりてちょう' },
  { word: '3文書6情報', reading: '3ぶんしょ6じょうほう' },
  { word: '区市町村', reading: 'くしちょうそん' },
  { word: '東京都', reading: 'とうきょうと' },
  { word: '保健医療局', reading: 'ほけんいりょうきょく' },
  // Era names: the dictionary reads 令和 as りょうわ.
  { word: '令和', reading: 'れいわ' },
  { word: '平成', reading: 'へいせい' },
  // Tokyo place names the dictionary reads wrongly (たつかわ, こくりつ) or does not know.
  { word: '立川', reading: 'たちかわ' },
  { word: '国立市', reading: 'くにたちし' },
  { word: '青ヶ島', reading: 'あおがしま' },
  { word: '日本', reading: 'にほん' },
  { word: '一人', reading: 'ひとり' },
  { word: '二人', reading: 'ふたり' },
  { word: '一日中', reading: 'いちにちじゅう' },
  ...days,
];

/** Words whose reading depends on the sense (間 あいだ/ま, 方 かた/ほう, 行った いった/おこなった): left bare. */
export const furiganaUnsure: readonly string[] = ['間', '方', '行', '後', '何', '上', '下', '他'];
