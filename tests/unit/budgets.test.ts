import { describe, expect, it } from 'vitest';
import { budgetFailures, defaultBudget } from '../../tools/budgets.mjs';

describe('byte budgets', () => {
  it('passes a page within every budget', () => {
    expect(budgetFailures('home', { htmlGzip: 3000, cssGzip: 2500, jsGzip: 0, totalGzip: 6000 })).toEqual([]);
  });
  it('fails a page over budget with the numbers', () => {
    expect(budgetFailures('home', { htmlGzip: 3000, cssGzip: 2500, jsGzip: 16 * 1024 })).toEqual([
      `home: JS 16384 B gzip > budget ${defaultBudget.jsGzip} B (1.0 KB over)`,
    ]);
  });
  it('lets a template raise or add a budget', () => {
    expect(budgetFailures('reader', { jsGzip: 50 * 1024 }, { jsGzip: 60 * 1024 })).toEqual([]);
    expect(budgetFailures('video', { totalGzip: 101 * 1024 }, { totalGzip: 100 * 1024 })).toHaveLength(1);
  });
});
