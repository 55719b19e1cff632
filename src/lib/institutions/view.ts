/**
 * Shapes the institutions collection for the pages: one item per facility with its 区市町村
 * slug and feature mask, the 区市町村 that have facilities (each gets its pre-rendered lists),
 * and the national medical information network's page for a facility.
 */
import { featureMask, institutionFeatures, normalizeForSearch, type InstitutionFeature, type SearchableInstitution } from './filter';
import { municipalityByCode, municipalityName, municipalityOrder } from '../../schemas/municipalities';

export interface InstitutionData {
  readonly id: string;
  readonly name: string;
  readonly kana: string;
  readonly kind: string;
  readonly municipalityCode: string;
  readonly address: string;
  readonly tel?: string | undefined;
  readonly lat: number;
  readonly lng: number;
  readonly ehr: boolean;
  readonly myna: boolean;
  readonly eprescription: boolean;
  readonly online: boolean;
  readonly pmh: boolean;
  readonly updated: string;
  readonly sample: boolean;
}

export interface InstitutionItem extends InstitutionData, SearchableInstitution {
  readonly municipality: string;
  readonly municipalityName: string;
  readonly features: Readonly<Record<InstitutionFeature, boolean>>;
}

export function toInstitutionItem(data: InstitutionData): InstitutionItem {
  const municipality = municipalityByCode(data.municipalityCode);
  if (!municipality) throw new Error(`${data.id}: unknown municipality code ${data.municipalityCode}`);
  const features = Object.fromEntries(institutionFeatures.map((feature) => [feature, data[feature]])) as Record<InstitutionFeature, boolean>;
  return {
    ...data,
    municipality,
    municipalityName: municipalityName(municipality),
    features,
    mask: featureMask(features),
    text: normalizeForSearch(`${data.name}${data.kana}${data.address}`),
  };
}

let lastItems: { data: readonly InstitutionData[]; items: readonly InstitutionItem[] } | undefined;

/**
 * Items in Tokyo's official 区市町村 order, then by ふりがな (how a reader looks a name up).
 * Seven page files ask for them, some once per page, and at Tokyo scale (15,000 facilities) the
 * collated sort is about a second each time: the last result is kept while the collection
 * hands out the same entry objects (it does for a whole build; an edit in dev gives new ones).
 */
export function toInstitutionItems(entries: readonly { data: InstitutionData }[]): readonly InstitutionItem[] {
  const previous = lastItems;
  if (previous && previous.data.length === entries.length && entries.every((entry, i) => entry.data === previous.data[i])) return previous.items;
  const items = entries
    .map(({ data }) => toInstitutionItem(data))
    .sort((a, b) => municipalityOrder(a.municipality) - municipalityOrder(b.municipality) || compareKana(a, b));
  lastItems = { data: entries.map((entry) => entry.data), items };
  return items;
}

const collator = new Intl.Collator('ja');
const compareKana = (a: InstitutionItem, b: InstitutionItem) => collator.compare(a.kana, b.kana) || a.id.localeCompare(b.id);

export interface WardCount {
  readonly slug: string;
  readonly name: string;
  readonly count: number;
}

/** 区市町村 that have at least one institution, in official order, with counts. */
export function wardsWithInstitutions(items: readonly InstitutionItem[]): WardCount[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.municipality, (counts.get(item.municipality) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => municipalityOrder(a) - municipalityOrder(b))
    .map(([slug, count]) => ({ slug, name: municipalityName(slug), count }));
}

/** Items grouped by 区市町村 slug, keeping their order. */
export function groupByWard<T extends { municipality: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.municipality);
    if (group) group.push(item);
    else groups.set(item.municipality, [item]);
  }
  return groups;
}

/** Facilities on one page of a no-JavaScript list. */
export const listPageSize = 50;

/**
 * 医療情報ネット（ナビイ）, the national medical information network. Its facility pages are
 * reached through its own search, so the card links the service's top page and names the
 * facility's ID to look up there.
 */
export const nationalNetworkUrl = 'https://www.iryou.teikyouseido.mhlw.go.jp/znk-web/juminkanja/S2300/initialize';

/** The latest update date in the data (YYYY-MM-DD), or undefined when there is none. */
export function latestUpdate(items: readonly { updated: string }[]): string | undefined {
  return items.reduce<string | undefined>((latest, item) => (!latest || item.updated > latest ? item.updated : latest), undefined);
}
