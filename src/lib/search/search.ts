import type { labels } from '../../i18n/ja.ts';
import type { SearchTags } from './tags';

/**
 * Site search vocabulary shared by the pages that tag themselves for Pagefind, the
 * indexer (src/integrations/search-index.mjs) and the search UI. Pure functions only.
 * The search UI (src/client/search-ui.ts) loads this module, so it holds no locale words: the
 * Japanese type labels the index stores are read in ./tags.ts, which only the build loads, and
 * the UI gets them from the page (the search group of src/i18n/browser-strings.ts).
 */

/** Content types a result can have: what pages pass (the labels are labels.searchTypes). */
export type SearchType = keyof typeof labels.searchTypes;

/** Seminar tiers (the plan's 基礎編 / 応用編; 出張講習会 is its own type). */
export const searchTierLabels = { basic: '基礎編', applied: '応用編' } as const;
export type SearchTier = keyof typeof searchTierLabels;

/** Filter keys in the index, in the order the search page shows them. */
export const searchFilterKeys = ['type', 'tier', 'specialty', 'audience'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

/**
 * Cleans a query the way the index was written: NFKC turns full-width Latin and digits
 * (ＤＸ, ＨＬ７) and half-width katakana (ﾏｲﾅ) into the forms the pages use.
 */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** Katakana → hiragana (ア→あ), leaving the long-vowel mark and everything else alone. */
export function toHiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

/**
 * Splits text the way the browser splits a query (Intl.Segmenter, word granularity, ja),
 * joined with spaces. Pagefind segments queries with Intl.Segmenter but pages with Lindera;
 * hiragana readings split very differently by the two, so readings are stored pre-split
 * the browser's way and a typed reading then matches token for token.
 */
export function segmentLikeQuery(text: string): string {
  // One segmenter and one answer per text for the whole build: the indexer asks for the same
  // few hundred readings on every one of thousands of pages (constructing a segmenter per call
  // cost ≈ 0.4 s at 2,000 sessions).
  let split = segmentedTexts.get(text);
  if (split === undefined) {
    querySegmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
    split = [...querySegmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean).join(' ');
    segmentedTexts.set(text, split);
  }
  return split;
}
// Made on first use: the first Japanese word segmenter in a page loads ICU's dictionary (≈ 100 ms
// of main thread on a phone, 4× throttled), and the browser bundle imports this module without
// ever segmenting (Pagefind on /search/ segments in its worker).
let querySegmenter: Intl.Segmenter | undefined;
const segmentedTexts = new Map<string, string>();

/**
 * A term the site explains (a glossary entry, an FAQ answer) with what people may type instead:
 * readings in hiragana and other names. Built from content at build time (never listed in code),
 * so a term an editor adds in the CMS is found by its reading and suggested by the search UI.
 */
export interface SiteTerm {
  term: string;
  /** Hiragana readings of the whole term (the entry's よみ and ほかのよみ). */
  readings: readonly string[];
  /** Other names and spellings (別の言い方), e.g. 電子処方せん. */
  aliases: readonly string[];
  /** Where the term is answered, e.g. /manga/glossary/#denshi-karte. */
  url: string;
}

/** A glossary entry as the search needs it (the shape of src/schemas/glossary.ts). */
export interface GlossaryEntryForSearch {
  id: string;
  data: { term: string; reading: string; readings: readonly string[]; aliases: readonly string[]; definition: string; quote?: { text: string } | undefined; sample: boolean };
}

/** An FAQ entry as the search needs it (the shape of src/schemas/faq.ts). */
export interface FaqEntryForSearch {
  id: string;
  data: { question: string; answer: string; aliases: readonly string[]; sample: boolean };
}

/**
 * One search result that is not a whole page: a glossary entry or an FAQ answer at its own
 * anchor. The indexer adds each as its own record, so 「マイナ保険証」 answers with the entry
 * itself rather than with the glossary page.
 */
export interface SearchRecord {
  url: string;
  title: string;
  text: string;
  tags: SearchTags;
}

/** The glossary's address for one entry (the glossary page renders `id` on its section). */
export const glossaryTermUrl = (id: string) => `/manga/glossary/#${id}`;
/** The FAQ page's address for one question. */
export const faqUrl = (id: string) => `/faq/#${id}`;

const unique = (values: readonly string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

export function glossaryTerms(entries: readonly GlossaryEntryForSearch[]): SiteTerm[] {
  return entries.map(({ id, data }) => ({
    term: data.term,
    readings: unique([data.reading, ...data.readings]),
    aliases: unique(data.aliases),
    url: glossaryTermUrl(id),
  }));
}

export function glossaryRecords(entries: readonly GlossaryEntryForSearch[]): SearchRecord[] {
  return entries.map(({ id, data }) => ({
    url: glossaryTermUrl(id),
    title: data.term,
    text: [data.definition, data.quote?.text].filter(Boolean).join('\n'),
    // The entry's own readings count as keywords (more than the readings every page using the term gets).
    tags: { type: 'glossary', sample: data.sample, keywords: unique([data.term, ...data.aliases, ...[data.term, ...data.aliases, data.reading, ...data.readings].map(segmentLikeQuery)]) },
  }));
}

export function faqRecords(entries: readonly FaqEntryForSearch[]): SearchRecord[] {
  return entries.map(({ id, data }) => ({
    url: faqUrl(id),
    title: data.question,
    text: data.answer,
    // Raw and split like a query: Lindera may split a raw alias (安全性) unlike the typed query.
    tags: { type: 'faq', sample: data.sample, keywords: unique([...data.aliases, ...data.aliases.map(segmentLikeQuery)]) },
  }));
}

/**
 * What the build writes for the indexer: /search/terms.json (the terms, also fetched by the
 * search UI for suggestions, so kept small) and /search/records.json (the extra results).
 */
export interface SearchVocabulary {
  terms: SiteTerm[];
  records: SearchRecord[];
}

/** Every spelling of a term that a page may contain: the term itself and its aliases. */
const spellings = (term: SiteTerm) => unique([term.term, ...term.aliases]);

/**
 * The readings metadata for a page's text: the readings of each term the text names (by the
 * term or one of its aliases), each split like a query, once each.
 */
export function readingsFor(text: string, terms: readonly SiteTerm[]): string {
  const readings = terms.filter((term) => spellings(term).some((spelling) => text.includes(spelling))).flatMap((term) => term.readings.map(segmentLikeQuery));
  return [...new Set(readings)].join(' ');
}

/**
 * The hidden spellings a page gets for the terms it names under another spelling: a page that
 * says 電子処方せん is found by 電子処方箋 and the other way round. Only spellings the page does
 * not contain (the words it does contain are indexed already; repeating them in metadata would
 * give every page that names a common term the same score). Split like a query, so a typed
 * term matches token for token whatever Lindera made of it.
 */
export function aliasKeywordsFor(text: string, terms: readonly SiteTerm[]): string {
  const words = terms
    .filter((term) => spellings(term).some((spelling) => text.includes(spelling)))
    .flatMap((term) => spellings(term).filter((spelling) => !text.includes(spelling)).map(segmentLikeQuery));
  return [...new Set(words)].join(' ');
}

/**
 * THE place where search weights are set. Pagefind ranks by how often and where a query's words
 * occur, and its scores saturate: every page that names a common term in its heading scores
 * about the same. So each page's weight is stored in the index as a hidden `rank` filter
 * (src/integrations/search-index.mjs) and the search UI multiplies Pagefind's score by it
 * (src/client/search-ui.ts, one filtered search per weight; no extra download). By what a page is:
 * - answers first: a glossary entry or an FAQ answer, then pages that explain (医療DXとは,
 *   メリット, 事例), manga episodes and videos;
 * - listings last: seminar and outreach sessions, and institution listings, which repeat the
 *   site's terms as labels (「オンライン診療対応なし」) and would otherwise rank first — they
 *   stay one click away behind their own 種類 filter;
 * - a video still 制作中 / 公開予定 counts less than released content.
 * Change a number here and run the relevance set (tests/browser/search-relevance.test.ts).
 */
export const searchWeights = {
  type: { glossary: 2, faq: 2, manga: 1.4, video: 1.4, page: 1, seminar: 0.6, outreach: 0.4, institution: 0.25 },
  /**
   * Pages of type ページ, by path (first match wins): pages that explain count more; listings
   * (institutions, the seminar list, the home page and the manga and video lists) count less.
   */
  pages: [
    // 医療DXとは answers the site's own question, above the glossary's one-line definition.
    [/^\/about\/$/, 3],
    [/^\/(merits|faq)\/$/, 2],
    [/^\/cases\//, 1.5],
    [/^\/institutions\//, 0.4],
    [/^\/seminars\/$/, 0.6],
    [/^\/((manga|videos)\/)?$/, 0.6],
    // お知らせ say that something is new; the page they point to explains it (issue 20).
    [/^\/news\//, 0.4],
    // 医療機関の方へ: a hub of links to the pages that explain (issue 20).
    [/^\/for-institutions\/$/, 0.6],
  ],
  /** Multiplier for content not yet released (its search `status`). */
  unreleased: { statuses: ['制作中', '公開予定'], factor: 0.2 },
  /**
   * The UI ranks by score × weight ** exponent: 1 lets the weights decide between pages that
   * match about equally; lower keeps a page whose title is the query (a listing) on top.
   */
  exponent: 0.5,
} as const satisfies { type: Record<SearchType, number>; pages: readonly (readonly [RegExp, number])[]; unreleased: object; exponent: number };

/** The hidden filter that carries a page's weight (not one of the filters people see). */
export const rankFilterKey = 'rank';

let knownRankValues: readonly string[] | undefined;

/**
 * Every weight pageWeight (./tags.ts) can return, as the `rank` filter values the UI searches by.
 * Worked out once: the indexer asks for every page and the UI for every search.
 */
export function rankValues(): readonly string[] {
  if (!knownRankValues) {
    const bases = [...Object.values(searchWeights.type), ...searchWeights.pages.map(([, weight]) => weight)];
    const all = bases.flatMap((weight) => [weight, weight * searchWeights.unreleased.factor]);
    knownRankValues = [...new Set(all.map((weight) => String(Math.round(weight * 100) / 100)))];
  }
  return knownRankValues;
}

/**
 * Ranking passed to `pagefind.options()`. Titles keep Pagefind's 5× boost; hidden keywords
 * (specialties, synonyms) count almost as much, readings less; display-only metadata
 * (date, status, sample flag) never affects ranking.
 */
export const searchRanking = {
  metaWeights: { title: 5, keywords: 4, aliases: 2, readings: 2, type: 1, date: 0, status: 0, sample: 0 },
} as const;

/** The comparable form of a query or a term: NFKC, lower case, hiragana, no spaces or middle dots. */
export function kanaKey(text: string): string {
  return toHiragana(normalizeQuery(text).toLowerCase()).replace(/[\s・･]/g, '');
}

/** A site term near a query, and how near: 0 = the query is one of its spellings or readings. */
export interface TermMatch {
  term: SiteTerm;
  distance: number;
}

/**
 * Levenshtein distance (insertions, deletions, substitutions; UTF-16 code units, which kana and
 * kanji are one each). Two rows of the textbook table: the strings are a query and a term's
 * spellings, tens of characters. Written here rather than imported: a library's bit-parallel
 * version cost 0.5 KB gzip of the first search, which must stay within 100 KB (issue 18).
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How many edits a query of this many characters may be from a term and still be a typo of it. */
const allowedEdits = (length: number) => (length <= 3 ? 0 : length <= 6 ? 1 : 2);

/**
 * Site terms the query names or nearly names, nearest first: compared in hiragana with every
 * spelling and reading (so デンシカルテ, でんしかるて and 電子かるて all name 電子カルテ), and by
 * edit distance for typos (オンラン診療 → オンライン診療). Nothing for a query shorter than two characters.
 */
export function matchTerms(query: string, terms: readonly SiteTerm[], limit = 3): TermMatch[] {
  const key = kanaKey(query);
  if (key.length < 2) return [];
  const matches: TermMatch[] = [];
  for (const term of terms) {
    const forms = [term.term, ...term.aliases, ...term.readings].map(kanaKey).filter((form) => form.length >= 2);
    const nearest = Math.min(...forms.map((form) => editDistance(key, form)));
    if (nearest <= allowedEdits(key.length)) matches.push({ term, distance: nearest });
  }
  return matches.sort((a, b) => a.distance - b.distance || a.term.term.length - b.term.term.length).slice(0, limit);
}

/** Katakana in a query: then its hiragana form is searched too, to meet the hiragana readings. */
export const hasKatakana = (text: string) => /[\u30A1-\u30F6]/.test(text);

/**
 * Words suggested in the empty search box and after a search that found nothing: what citizens
 * ask most (the FAQ topics) and the site's main terms. Shown as links to /search/?q=….
 */
export const suggestedQueries = ['マイナ保険証', '個人情報', 'お薬手帳', '電子処方箋', 'オンライン診療', '費用', '医療DX', '補助金'] as const;

/**
 * Results shown per search. The dialog shows the three best, which is what a 390×844 phone
 * shows in its first screen and what the relevance set promises holds the answer (expected page
 * in the first 3), then links to /search/ for all of them: each result shown costs its Pagefind
 * fragment (≈0.5–3 KB gzip), and the first search must stay within 100 KB. The page shows more.
 */
export const resultLimits = { dialog: 3, page: 20 } as const;

