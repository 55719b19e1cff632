/** Zod-free vocabulary of the institutions collection, shared by the schema, lib and browser code. */
export const institutionKinds = ['hospital', 'clinic', 'dental', 'pharmacy'] as const;
export type InstitutionKind = (typeof institutionKinds)[number];
export const institutionKindLabels: Record<InstitutionKind, string> = {
  hospital: '病院',
  clinic: '診療所',
  dental: '歯科診療所',
  pharmacy: '薬局',
};
