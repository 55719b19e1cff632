export const defaultBudget: Record<string, number>;
export function measuredBytes(measure: { totals: Record<string, { raw: number; gzip: number }>; total: { raw: number; gzip: number } }): Record<string, number>;
export function budgetFailures(template: string, measured: Record<string, number>, budget?: Record<string, number>): string[];
export const defaultPageHtmlBudget: { htmlRaw: number; htmlGzip: number };
export function pageHtmlBudgetFailures(
  pages: { path: string; raw: number; gzip: number }[],
  templates: readonly { name: string; path: string; pages?: RegExp; budget?: Record<string, number> }[],
): string[];
export function htmlPageSizes(dist: string): { path: string; raw: number; gzip: number }[];
