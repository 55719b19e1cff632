/**
 * Furigana (ルビ) for Japanese text: which runs of kanji get which reading. Pure: the
 * morphological analyser is passed in (src/integrations/furigana.ts loads it once per build), so
 * the rules below are unit-tested with the analyser's real output.
 *
 * The rules prefer no reading to a wrong one: a kanji word is annotated only when the dictionary
 * knows it and its reading lines up with its kana; counters after digits (10月, 1日), kanji
 * numerals, personal names and words the site lists as ambiguous are left bare. The site's own
 * words and place names (src/lib/furigana/overrides.ts) win over the analyser.
 */

/** One token from the analyser, as this module needs it. */
export interface AnalysedToken {
  surface: string;
  /** Katakana reading from the dictionary; undefined for unknown words. */
  reading: string | undefined;
  /** Part of speech with its subcategories, e.g. ['名詞', '固有名詞', '人名']. */
  pos: readonly string[];
}

export type Analyse = (text: string) => readonly AnalysedToken[];

/** Plain text, or a run of kanji with its reading in hiragana. */
export type FuriganaSegment = { text: string; reading?: undefined } | { text: string; reading: string };

/**
 * A word the site reads itself. `reading` covers the whole word in hiragana (kana and Latin
 * letters in the word appear in it as they are, e.g. 医療DX → いりょうDX); `null` means
 * "never annotate" (a word whose reading the site does not want to guess).
 */
export interface FuriganaOverride {
  word: string;
  reading: string | null;
}

/** Kanji, plus the iteration and abbreviation marks that are read as part of a kanji run (人々, 霞ヶ関). */
const kanjiChar = /[\p{Script=Han}々〆ヶ]/u;
const kanjiRun = /[\p{Script=Han}々〆ヶ]+/gu;
export const hasKanji = (text: string) => kanjiChar.test(text);

const kanjiNumerals = /^[〇一二三四五六七八九十百千万億兆]+$/;
const endsWithDigit = /[0-9０-９]$/;

/** Katakana → hiragana (ヴ and the small letters included); other characters unchanged. */
export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits a word into kanji runs with their readings, using the word's other characters
 * (okurigana, Latin letters) as anchors in its reading: 取り扱い + とりあつかい → 取(と) り
 * 扱(あつか) い. Returns null when the reading does not line up (nothing is guessed).
 */
export function alignReading(word: string, reading: string): FuriganaSegment[] | null {
  const parts = word.split(/([\p{Script=Han}々〆ヶ]+)/u).filter(Boolean);
  if (!parts.some(hasKanji)) return null;
  const pattern = parts.map((part) => (hasKanji(part) ? '(.+?)' : escapeRegExp(toHiragana(part)))).join('');
  const match = new RegExp(`^${pattern}$`, 'iu').exec(toHiragana(reading));
  if (!match) return null;
  let group = 1;
  return parts.map((part) => {
    if (!hasKanji(part)) return { text: part };
    const partReading = match[group++] ?? '';
    // A kanji run "read" as itself (an unknown word echoed back) has no reading to give.
    return partReading === part || hasKanji(partReading) ? { text: part } : { text: part, reading: partReading };
  });
}

/** Why a token is left bare even though the dictionary gave it a reading. */
function isUnsure(token: AnalysedToken, previous: AnalysedToken | undefined, unsure: ReadonlySet<string>): boolean {
  if (unsure.has(token.surface)) return true;
  if (kanjiNumerals.test(token.surface)) return true;
  // 10月 (がつ, not つき), 1日 (ついたち), 3件: a counter's reading depends on the number.
  const afterNumber = previous && (endsWithDigit.test(previous.surface) || kanjiNumerals.test(previous.surface));
  if (afterNumber && [...token.surface].length === 1) return true;
  if (token.pos[0] === '名詞' && token.pos[1] === '数') return true;
  // Personal names have many readings; the dictionary's first guess is often wrong.
  if (token.pos[1] === '固有名詞' && token.pos[2] === '人名') return true;
  return false;
}

function tokenSegments(text: string, analyse: Analyse, unsure: ReadonlySet<string>): FuriganaSegment[] {
  const tokens = analyse(text);
  // The analyser must give the text back exactly; if it does not, annotate nothing.
  if (tokens.map((token) => token.surface).join('') !== text) return [{ text }];
  const segments: FuriganaSegment[] = [];
  tokens.forEach((token, index) => {
    const aligned =
      hasKanji(token.surface) && token.reading && !isUnsure(token, tokens[index - 1], unsure)
        ? alignReading(token.surface, token.reading)
        : null;
    segments.push(...(aligned ?? [{ text: token.surface }]));
  });
  return segments;
}

/** Joins neighbouring plain segments, so the output has one text node per plain run. */
function merged(segments: readonly FuriganaSegment[]): FuriganaSegment[] {
  const out: FuriganaSegment[] = [];
  for (const segment of segments) {
    const last = out.at(-1);
    if (segment.reading === undefined && last && last.reading === undefined) last.text += segment.text;
    else if (segment.text) out.push({ ...segment });
  }
  return out;
}

/** Compiled overrides: the words to look for (longest first) and each word's segments. */
export interface FuriganaDictionary {
  readonly analyse: Analyse;
  readonly words: RegExp | null;
  readonly fixed: ReadonlyMap<string, FuriganaSegment[]>;
  readonly unsure: ReadonlySet<string>;
  /**
   * Results by text: the same card, label and sentence recur on many pages (listings, filter
   * pages, the header of every session), and the analyser is the build's cost.
   */
  readonly cache: Map<string, readonly FuriganaSegment[]>;
}

/**
 * Checks and compiles the overrides once per build. An override whose reading does not line up
 * with its word is a mistake in the file: it throws with the word named, so the build says which.
 */
export function furiganaDictionary(analyse: Analyse, overrides: readonly FuriganaOverride[], unsureWords: readonly string[] = []): FuriganaDictionary {
  const fixed = new Map<string, FuriganaSegment[]>();
  for (const { word, reading } of overrides) {
    if (reading === null) {
      fixed.set(word, [{ text: word }]);
      continue;
    }
    const aligned = alignReading(word, reading);
    if (!aligned) throw new Error(`ふりがなの指定「${word}」の読み「${reading}」が語と合いません（漢字以外の文字は読みにもそのまま書いてください）。`);
    fixed.set(word, aligned);
  }
  const sorted = [...fixed.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { analyse, words: sorted.length ? new RegExp(sorted.join('|'), 'gu') : null, fixed, unsure: new Set(unsureWords), cache: new Map() };
}

/**
 * The furigana for one run of text. Text without kanji comes back as one plain segment, so
 * callers can skip it cheaply; the site's words are matched first, the rest goes to the analyser.
 */
export function furiganaSegments(text: string, dictionary: FuriganaDictionary): readonly FuriganaSegment[] {
  if (!hasKanji(text)) return [{ text }];
  const cached = dictionary.cache.get(text);
  if (cached) return cached;
  const segments: FuriganaSegment[] = [];
  let last = 0;
  const rest = (end: number) => {
    const chunk = text.slice(last, end);
    if (chunk) segments.push(...(hasKanji(chunk) ? tokenSegments(chunk, dictionary.analyse, dictionary.unsure) : [{ text: chunk }]));
  };
  for (const match of dictionary.words ? text.matchAll(dictionary.words) : []) {
    rest(match.index);
    segments.push(...(dictionary.fixed.get(match[0]) ?? [{ text: match[0] }]));
    last = match.index + match[0].length;
  }
  rest(text.length);
  const result = merged(segments);
  dictionary.cache.set(text, result);
  return result;
}

/** Counts kanji runs with and without a reading (for the build's log line). */
export function kanjiCoverage(segments: readonly FuriganaSegment[]): { read: number; bare: number } {
  let read = 0;
  let bare = 0;
  for (const segment of segments) {
    if (segment.reading !== undefined) read += 1;
    else bare += segment.text.match(kanjiRun)?.length ?? 0;
  }
  return { read, bare };
}

/**
 * The pages that get readings: what a citizen reads (home, 医療DXとは, メリット, FAQ, manga,
 * videos, cases, accessibility and privacy). Pages for medical institutions (seminars, support,
 * PMH, cybersecurity, the dashboard) stay as they are, as do the institutions finder and its
 * lists (proper names, whose readings the data's ふりがな gives, not the dictionary; most of a
 * large build's pages; its script copies card text), search (its results are written by
 * script) and the CMS. やさしい日本語 pages (/easy/…, conventions.md) get readings too.
 */
const citizenPages = /^(?:\/easy)?\/(?:|about\/|merits\/|faq\/|manga\/.*|videos\/.*|cases\/.*|accessibility\/|privacy\/)$/;

export const pageGetsFurigana = (pathname: string) => citizenPages.test(pathname);
