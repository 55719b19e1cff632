export const defaultBudget: Record<string, number>;
export function measuredBytes(measure: { totals: Record<string, { raw: number; gzip: number }>; total: { raw: number; gzip: number } }): Record<string, number>;
export function budgetFailures(template: string, measured: Record<string, number>, budget?: Record<string, number>): string[];
