/**
 * Which institutions match a filter (区市町村, 種別, DX features, words of the name, ふりがな or
 * address). The same functions decide the pre-rendered lists at build time and the live finder
 * in the browser, so the two can never disagree. Features are a bit mask so that filtering
 * fifteen thousand facilities is a few integer tests each.
 */

export const institutionFeatures = ['ehr', 'myna', 'eprescription', 'online', 'pmh'] as const;
export type InstitutionFeature = (typeof institutionFeatures)[number];

/** What a facility with the feature does, before 「医療機関」 in headings (「電子処方箋に対応している医療機関」). */
export const featureTitles: Record<InstitutionFeature, string> = {
  ehr: '電子カルテを導入している',
  myna: 'マイナ保険証が使える',
  eprescription: '電子処方箋に対応している',
  online: 'オンライン診療に対応している',
  pmh: 'PMHに接続している',
};

export const featureBit = (feature: InstitutionFeature): number => 1 << institutionFeatures.indexOf(feature);

export function featureMask(features: Readonly<Partial<Record<InstitutionFeature, boolean>>> | readonly InstitutionFeature[]): number {
  const list = Array.isArray(features) ? (features as readonly InstitutionFeature[]) : institutionFeatures.filter((f) => (features as Partial<Record<InstitutionFeature, boolean>>)[f]);
  return list.reduce((mask, feature) => mask | featureBit(feature), 0);
}

export const isFeature = (value: string): value is InstitutionFeature => (institutionFeatures as readonly string[]).includes(value);

/**
 * Text made comparable: full-width → half-width (NFKC), lower case, katakana → hiragana,
 * no spaces. 「ｾﾀｶﾞﾔ」「セタガヤ」 and 「せたがや」 all find 「さんぷるせたがや…」.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/[\s\u3000]+/g, '');
}

/** The words of a query; each must occur in the facility's name, ふりがな or address. */
export function queryTerms(query: string): string[] {
  return query
    .normalize('NFKC')
    .split(/[\s\u3000]+/)
    .map(normalizeForSearch)
    .filter(Boolean);
}

export interface SearchableInstitution {
  readonly municipality: string;
  readonly kind: string;
  /** featureMask of the facility */
  readonly mask: number;
  /** normalizeForSearch(name + kana + address) */
  readonly text: string;
}

export interface InstitutionFilter {
  /** Municipality slug; empty means all of Tokyo. */
  readonly ward: string;
  /** Kind slug (hospital, clinic, …); empty means every kind. */
  readonly kind: string;
  /** Every listed feature must be present. */
  readonly features: readonly InstitutionFeature[];
  /** Words to find in the name, ふりがな or address. */
  readonly q: string;
}

export const noFilter: InstitutionFilter = { ward: '', kind: '', features: [], q: '' };

/** A test for one filter, with its mask and words worked out once rather than per facility. */
export function matcher(filter: InstitutionFilter): (item: SearchableInstitution) => boolean {
  const mask = featureMask(filter.features);
  const terms = queryTerms(filter.q);
  return (item) =>
    (!filter.ward || item.municipality === filter.ward) &&
    (!filter.kind || item.kind === filter.kind) &&
    (item.mask & mask) === mask &&
    terms.every((term) => item.text.includes(term));
}

export function filterInstitutions<T extends SearchableInstitution>(items: readonly T[], filter: InstitutionFilter): T[] {
  return items.filter(matcher(filter));
}

/** Reads `?ward=setagaya&kind=clinic&feature=eprescription&q=内科`; unknown values are dropped, not trusted. */
export function filterFromQuery(search: string, knownWards: readonly string[], knownKinds: readonly string[]): InstitutionFilter {
  const params = new URLSearchParams(search);
  const ward = params.get('ward') ?? '';
  const kind = params.get('kind') ?? '';
  const features = institutionFeatures.filter((feature) => params.getAll('feature').includes(feature));
  return {
    ward: knownWards.includes(ward) ? ward : '',
    kind: knownKinds.includes(kind) ? kind : '',
    features,
    q: (params.get('q') ?? '').trim().slice(0, 100),
  };
}

/** The query string that reproduces a filter, so a filtered list can be bookmarked and shared. */
export function filterToQuery(filter: InstitutionFilter): string {
  const params = new URLSearchParams();
  if (filter.q.trim()) params.set('q', filter.q.trim());
  if (filter.ward) params.set('ward', filter.ward);
  if (filter.kind) params.set('kind', filter.kind);
  for (const feature of institutionFeatures) if (filter.features.includes(feature)) params.append('feature', feature);
  const text = params.toString();
  return text ? `?${text}` : '';
}
