/**
 * The data the finder downloads, split so the first view never needs all of Tokyo:
 * - /institutions/data/index.json: per 区市町村 its count, centre, bounds and the number of
 *   facilities for every (kind, feature mask) pair — enough to count any kind + feature filter
 *   over all of Tokyo and to draw one marker per 区市町村;
 * - /institutions/data/<slug>.json: that 区市町村's facilities as compact rows, loaded when a
 *   reader picks it, searches by words or uses 現在地から探す.
 * Build and browser share these functions, so the format has one definition.
 */
import { institutionKinds } from '../../schemas/institution-values';
import { featureMask, institutionFeatures, normalizeForSearch, type InstitutionFeature, type InstitutionFilter } from './filter';
import type { InstitutionItem } from './view';
import { municipalityName } from '../../schemas/municipalities';

/** [id, name, kana, kind index, address, tel, lat, lng, feature mask, updated, sample 0|1] */
export type CompactRow = [string, string, string, number, string, string, number, number, number, string, 0 | 1];

const masks = 1 << institutionFeatures.length;

export interface MunicipalitySummary {
  readonly slug: string;
  readonly name: string;
  readonly count: number;
  /** Mean position of its facilities [lat, lng]. */
  readonly center: readonly [number, number];
  /** [[south, west], [north, east]] */
  readonly bounds: readonly [readonly [number, number], readonly [number, number]];
  /** counts[kindIndex * 32 + mask]: facilities of that kind with exactly that feature mask. */
  readonly counts: readonly number[];
}

export interface InstitutionsIndex {
  readonly total: number;
  readonly municipalities: readonly MunicipalitySummary[];
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;

export function toCompactRow(item: InstitutionItem): CompactRow {
  return [item.id, item.name, item.kana, institutionKinds.indexOf(item.kind as never), item.address, item.tel ?? '', round(item.lat), round(item.lng), item.mask, item.updated, item.sample ? 1 : 0];
}

/** A facility as the browser uses it, read from its compact row. */
export interface BrowserInstitution {
  readonly id: string;
  readonly name: string;
  readonly kana: string;
  readonly kind: string;
  readonly municipality: string;
  readonly municipalityName: string;
  readonly address: string;
  readonly tel: string;
  readonly lat: number;
  readonly lng: number;
  readonly mask: number;
  readonly updated: string;
  readonly sample: boolean;
  readonly text: string;
}

export function fromCompactRow(row: CompactRow, municipality: string): BrowserInstitution {
  const [id, name, kana, kind, address, tel, lat, lng, mask, updated, sample] = row;
  return {
    id, name, kana, kind: institutionKinds[kind] ?? 'clinic', municipality, municipalityName: municipalityName(municipality), address, tel, lat, lng, mask, updated,
    sample: sample === 1, text: normalizeForSearch(`${name}${kana}${address}`),
  };
}

export const hasFeature = (item: { mask: number }, feature: InstitutionFeature) => (item.mask & featureMaskOf(feature)) !== 0;
const featureMaskOf = (feature: InstitutionFeature) => featureMask([feature]);

export function summarize(groups: ReadonlyMap<string, readonly InstitutionItem[]>): InstitutionsIndex {
  const municipalities = [...groups].map(([slug, items]): MunicipalitySummary => {
    const counts = new Array<number>(institutionKinds.length * masks).fill(0);
    let south = 90, west = 180, north = -90, east = -180, lat = 0, lng = 0;
    for (const item of items) {
      counts[institutionKinds.indexOf(item.kind as never) * masks + item.mask]! += 1;
      south = Math.min(south, item.lat); north = Math.max(north, item.lat);
      west = Math.min(west, item.lng); east = Math.max(east, item.lng);
      lat += item.lat; lng += item.lng;
    }
    return {
      slug, name: municipalityName(slug), count: items.length,
      center: [round(lat / items.length), round(lng / items.length)],
      bounds: [[round(south), round(west)], [round(north), round(east)]],
      counts,
    };
  });
  return { total: municipalities.reduce((sum, m) => sum + m.count, 0), municipalities };
}

/** How many facilities of one 区市町村 match a filter's kind and features (not its words). */
export function countInSummary(summary: MunicipalitySummary, filter: Pick<InstitutionFilter, 'kind' | 'features'>): number {
  const want = featureMask(filter.features);
  let count = 0;
  institutionKinds.forEach((kind, k) => {
    if (filter.kind && filter.kind !== kind) return;
    for (let mask = 0; mask < masks; mask += 1) if ((mask & want) === want) count += summary.counts[k * masks + mask] ?? 0;
  });
  return count;
}

/** Whether a filter can be answered from the index alone (no words, no single 区市町村). */
export const answeredByIndex = (filter: InstitutionFilter) => !filter.ward && !filter.q.trim();
