export interface BrokenLink { page: string; element: string; url: string; reason: string }
export function collectReferences(html: string): { refs: { element: string; url: string }[]; ids: Set<string> };
export function checkInternalLinks(dist: string, origin?: string): { pages: number; broken: BrokenLink[] };
