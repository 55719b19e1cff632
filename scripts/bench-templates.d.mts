export const templates: { name: string; path: string; pages?: RegExp; budget?: Record<string, number> }[];
