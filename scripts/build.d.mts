export function buildSite(root: string, extraArgs?: string[]): { code: number; message?: string };
