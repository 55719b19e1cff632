/**
 * Site search vocabulary shared by the pages that tag themselves for Pagefind, the
 * indexer (src/integrations/search-index.mjs) and the search UI. Pure functions only.
 */

/** Content types a result can have; the key is what pages pass, the label what people see. */
export const searchTypeLabels = {
  manga: 'マンガ',
  seminar: 'セミナー',
  outreach: '講習会',
  video: '動画',
  page: 'ページ',
} as const;
export type SearchType = keyof typeof searchTypeLabels;

/** Seminar tiers (the plan's 基礎編 / 応用編; 出張講習会 is its own type). */
export const searchTierLabels = { basic: '基礎編', applied: '応用編' } as const;
export type SearchTier = keyof typeof searchTierLabels;

/** Filter keys in the index, in the order the search page shows them. */
export const searchFilterKeys = ['type', 'tier', 'specialty', 'audience'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

/** What a page tells the search index about itself (all optional except the type). */
export interface SearchTags {
  type: SearchType;
  tier?: SearchTier | undefined;
  /** 診療科名 or hospital function, e.g. 整形外科, 急性期病院. */
  specialty?: readonly string[] | undefined;
  /** Who it is for, e.g. 都民, 医療機関, 子育て世代. */
  audience?: readonly string[] | undefined;
  /** For sessions: the date as shown on the page, e.g. 2026年7月9日（木）19:00〜20:30. */
  date?: string | undefined;
  /** For sessions: the registration status label, e.g. 受付中, 満席, 終了. */
  status?: string | undefined;
  /** Marks sample content so results carry the 「サンプル」 label too. */
  sample?: boolean | undefined;
  /**
   * Extra words people search with that the page does not spell out (synonyms, readings).
   * They are indexed as searchable metadata, never shown.
   */
  keywords?: readonly string[] | undefined;
}

/** One hidden element's Pagefind attribute: `data-pagefind-filter` or `data-pagefind-meta`. */
export interface SearchAttribute {
  kind: 'filter' | 'meta';
  /** The attribute value, `key:value` (Pagefind's inline form). */
  value: string;
}

/**
 * Pagefind's inline `key:value` syntax captures to the end of the attribute, so a value
 * may contain colons and commas; only line breaks are flattened.
 */
const inline = (key: string, value: string) => `${key}:${value.replace(/\s+/g, ' ').trim()}`;

/** The attributes a page emits for its tags, in a stable order (tests compare them). */
export function searchAttributes(tags: SearchTags): SearchAttribute[] {
  const attributes: SearchAttribute[] = [{ kind: 'filter', value: inline('type', searchTypeLabels[tags.type]) }];
  if (tags.tier) attributes.push({ kind: 'filter', value: inline('tier', searchTierLabels[tags.tier]) });
  for (const specialty of tags.specialty ?? []) attributes.push({ kind: 'filter', value: inline('specialty', specialty) });
  for (const audience of tags.audience ?? []) attributes.push({ kind: 'filter', value: inline('audience', audience) });
  attributes.push({ kind: 'meta', value: inline('type', searchTypeLabels[tags.type]) });
  if (tags.date) attributes.push({ kind: 'meta', value: inline('date', tags.date) });
  if (tags.status) attributes.push({ kind: 'meta', value: inline('status', tags.status) });
  if (tags.sample) attributes.push({ kind: 'meta', value: inline('sample', 'true') });
  // Specialties are also keywords, so 「整形外科」 finds a session whose text says 整形外科 only in a list.
  const keywords = [...(tags.keywords ?? []), ...(tags.specialty ?? [])];
  if (keywords.length) attributes.push({ kind: 'meta', value: inline('keywords', [...new Set(keywords)].join(' ')) });
  return attributes;
}

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
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean).join(' ');
}

/** A site term and the hiragana people may type instead of it. */
export interface SearchTerm {
  term: string;
  /** Hiragana reading of the whole term. */
  reading: string;
}

/**
 * Terms the site uses whose kanji or katakana people may type in hiragana (phones suggest
 * kana first; older users often stop before conversion). Each page that contains a term gets
 * its readings as hidden, searchable metadata at index time. Keep readings in hiragana.
 */
export const searchTerms: readonly SearchTerm[] = [
  { term: '医療DX', reading: 'いりょうでぃーえっくす' },
  { term: '電子カルテ', reading: 'でんしかるて' },
  { term: 'カルテ', reading: 'かるて' },
  { term: 'マイナ保険証', reading: 'まいなほけんしょう' },
  { term: 'マイナンバーカード', reading: 'まいなんばーかーど' },
  { term: 'オンライン資格確認', reading: 'おんらいんしかくかくにん' },
  { term: 'オンライン診療', reading: 'おんらいんしんりょう' },
  { term: '電子処方箋', reading: 'でんししょほうせん' },
  { term: '処方箋', reading: 'しょほうせん' },
  { term: '出張講習会', reading: 'しゅっちょうこうしゅうかい' },
  { term: '講習会', reading: 'こうしゅうかい' },
  { term: 'セミナー', reading: 'せみなー' },
  { term: '補助金', reading: 'ほじょきん' },
  { term: 'サイバーセキュリティ', reading: 'さいばーせきゅりてぃ' },
  { term: 'ランサムウェア', reading: 'らんさむうぇあ' },
  { term: '内科', reading: 'ないか' },
  { term: '精神科', reading: 'せいしんか' },
  { term: '整形外科', reading: 'せいけいげか' },
  { term: '皮膚科', reading: 'ひふか' },
  { term: '産婦人科', reading: 'さんふじんか' },
  { term: '耳鼻科', reading: 'じびか' },
  { term: '眼科', reading: 'がんか' },
  { term: '小児科', reading: 'しょうにか' },
  { term: '診療予約', reading: 'しんりょうよやく' },
  { term: '問診', reading: 'もんしん' },
  { term: '待ち時間', reading: 'まちじかん' },
  { term: '薬局', reading: 'やっきょく' },
  { term: 'マイナポータル', reading: 'まいなぽーたる' },
];

/** The readings metadata for a page's text: each contained term's reading, split like a query. */
export function readingsFor(text: string, terms: readonly SearchTerm[] = searchTerms): string {
  const readings = terms.filter(({ term }) => text.includes(term)).map(({ reading }) => segmentLikeQuery(reading));
  return [...new Set(readings)].join(' ');
}

/**
 * Ranking passed to `pagefind.options()`. Titles keep Pagefind's 5× boost; hidden keywords
 * (specialties, synonyms) count almost as much, readings less; display-only metadata
 * (date, status, sample flag) never affects ranking.
 */
export const searchRanking = {
  metaWeights: { title: 5, keywords: 4, readings: 2, type: 1, date: 0, status: 0, sample: 0 },
} as const;

/** Results shown per search: the dialog keeps it short, the page shows more. */
export const resultLimits = { dialog: 6, page: 20 } as const;
