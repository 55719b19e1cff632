/**
 * What a page tells the search index about itself, as the build writes it: its tags, their
 * Pagefind attributes and the weight of its words. The index stores the Japanese type labels
 * as its filter and meta values in every language's index, so this module reads the Japanese
 * strings; only the build loads it (SearchTags.astro, src/integrations/search-index.mjs), never the
 * browser (tests/unit/structure.test.ts: no browser module reaches a locale string module).
 */
import { labels } from '../../i18n/ja.ts';
import { searchTierLabels, searchWeights, type SearchTier, type SearchType } from './search.ts';

/** A type's label as the index stores it (and the Japanese page shows it). */
export const searchTypeLabels = labels.searchTypes satisfies Record<SearchType, string>;

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

/** The weight of a page's words, from its path, its type label (as indexed) and its status label. */
export function pageWeight({ url, typeLabel, status }: { url: string; typeLabel?: string | undefined; status?: string | undefined }): number {
  const path = url.split('#')[0] ?? url;
  const type: SearchType = (Object.keys(searchTypeLabels) as SearchType[]).find((key) => searchTypeLabels[key] === typeLabel) ?? 'page';
  let weight: number = searchWeights.type[type];
  if (type === 'page') weight = searchWeights.pages.find(([pattern]) => pattern.test(path))?.[1] ?? weight;
  if (status && (searchWeights.unreleased.statuses as readonly string[]).includes(status)) weight *= searchWeights.unreleased.factor;
  return Math.round(weight * 100) / 100;
}
