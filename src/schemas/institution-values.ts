/**
 * Zod-free vocabulary of the institutions collection, shared by the schema, lib and browser code.
 * No labels here: the finder imports this in the browser, and the labels would bring the whole
 * Japanese strings module with them (they are in institution.ts).
 */
export const institutionKinds = ['hospital', 'clinic', 'dental', 'pharmacy'] as const;
export type InstitutionKind = (typeof institutionKinds)[number];
