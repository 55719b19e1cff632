/**
 * Which institutions match a ward and feature filter. The same function decides the
 * pre-rendered per-ward / per-feature pages at build time and the live filter in the
 * browser, so the two can never disagree.
 */

export const institutionFeatures = ['ehr', 'pmh', 'online'] as const;
export type InstitutionFeature = (typeof institutionFeatures)[number];

export const featureLabels: Record<InstitutionFeature, string> = {
  ehr: '電子カルテ導入済み',
  pmh: 'PMH接続',
  online: 'オンライン診療対応',
};

export interface FilterableInstitution {
  readonly municipality: string;
  readonly features: Readonly<Record<InstitutionFeature, boolean>>;
}

export interface InstitutionFilter {
  /** Municipality slug; empty or absent means all of Tokyo. */
  readonly ward?: string;
  /** Every listed feature must be present. */
  readonly features: readonly InstitutionFeature[];
}

export function matchesFilter(item: FilterableInstitution, filter: InstitutionFilter): boolean {
  if (filter.ward && item.municipality !== filter.ward) return false;
  return filter.features.every((feature) => item.features[feature]);
}

export function filterInstitutions<T extends FilterableInstitution>(items: readonly T[], filter: InstitutionFilter): T[] {
  return items.filter((item) => matchesFilter(item, filter));
}

const isFeature = (value: string): value is InstitutionFeature => (institutionFeatures as readonly string[]).includes(value);

/** Reads `?ward=shinjuku&feature=ehr&feature=pmh`; unknown values are dropped, not trusted. */
export function filterFromQuery(search: string, knownWards: readonly string[]): InstitutionFilter {
  const params = new URLSearchParams(search);
  const ward = params.get('ward') ?? '';
  const features = [...new Set(params.getAll('feature').filter(isFeature))];
  return { ward: knownWards.includes(ward) ? ward : '', features };
}

/** The query string that reproduces a filter, so a filtered list can be bookmarked and shared. */
export function filterToQuery(filter: InstitutionFilter): string {
  const params = new URLSearchParams();
  if (filter.ward) params.set('ward', filter.ward);
  for (const feature of filter.features) params.append('feature', feature);
  const text = params.toString();
  return text ? `?${text}` : '';
}
