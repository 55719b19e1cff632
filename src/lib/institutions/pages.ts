/**
 * What the pre-rendered institutions pages need, worked out once per build from the items:
 * per 区市町村 its facilities, their count with each feature, and the paths of its lists.
 */
import { filterInstitutions, institutionFeatures, type InstitutionFeature } from './filter';
import { groupByWard, type InstitutionItem } from './view';
import { municipalityName } from '../../schemas/municipalities';

export interface WardLists {
  readonly ward: string;
  readonly wardName: string;
  readonly items: readonly InstitutionItem[];
  readonly featureCounts: Readonly<Record<InstitutionFeature, number>>;
  readonly byFeature: Readonly<Record<InstitutionFeature, readonly InstitutionItem[]>>;
}

const listsOf = new WeakMap<readonly InstitutionItem[], readonly WardLists[]>();

/** Kept per items array: three page files ask for the lists of the same (memoised) items. */
export function wardLists(items: readonly InstitutionItem[]): readonly WardLists[] {
  const known = listsOf.get(items);
  if (known) return known;
  const lists = [...groupByWard(items)].map(([ward, list]) => {
    const byFeature = Object.fromEntries(institutionFeatures.map((feature) => [feature, filterInstitutions(list, { ward: '', kind: '', features: [feature], q: '' })])) as Record<InstitutionFeature, InstitutionItem[]>;
    const featureCounts = Object.fromEntries(institutionFeatures.map((feature) => [feature, byFeature[feature].length])) as Record<InstitutionFeature, number>;
    return { ward, wardName: municipalityName(ward), items: list, featureCounts, byFeature };
  });
  listsOf.set(items, lists);
  return lists;
}
