/** Zod-free vocabulary of the institutions collection, shared by the schema, lib and browser code. */
import { labels } from '../i18n/ja.ts';
export const institutionKinds = ['hospital', 'clinic', 'dental', 'pharmacy'] as const;
export type InstitutionKind = (typeof institutionKinds)[number];
export const institutionKindLabels: Record<InstitutionKind, string> = labels.institutionKinds;
