export const templates: { name: string; path: string; budget?: Record<string, number> }[];
