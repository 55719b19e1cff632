/**
 * Shapes the institutions collection for the list pages: which wards have entries (they get
 * a pre-rendered page each), and each item's features keyed as the filter expects.
 */
import type { InstitutionFeature } from './institution-filter';
import { municipalityName, municipalityOrder } from './municipalities';

export interface InstitutionData {
  readonly name: string;
  readonly kind: string;
  readonly municipality: string;
  readonly address: string;
  readonly lat: number;
  readonly lng: number;
  readonly ehr: boolean;
  readonly pmh: boolean;
  readonly onlineConsultation: boolean;
  readonly sample: boolean;
}

export interface InstitutionItem extends InstitutionData {
  readonly id: string;
  readonly municipalityName: string;
  readonly features: Record<InstitutionFeature, boolean>;
}

export function toInstitutionItems(entries: readonly { id: string; data: InstitutionData }[]): InstitutionItem[] {
  return entries
    .map(({ id, data }) => ({
      ...data,
      id,
      municipalityName: municipalityName(data.municipality),
      features: { ehr: data.ehr, pmh: data.pmh, online: data.onlineConsultation },
    }))
    .sort((a, b) => municipalityOrder(a.municipality) - municipalityOrder(b.municipality) || a.name.localeCompare(b.name, 'ja'));
}

/** Wards that have at least one institution, in official order, with counts. */
export function wardsWithInstitutions(items: readonly InstitutionItem[]): { slug: string; name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.municipality, (counts.get(item.municipality) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => municipalityOrder(a) - municipalityOrder(b))
    .map(([slug, count]) => ({ slug, name: municipalityName(slug), count }));
}
