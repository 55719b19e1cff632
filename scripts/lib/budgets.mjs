// Byte budgets per page template (gzip bytes, as a phone downloads them on first load).
// Defaults apply to every template; a template's own `budget` overrides them.
export const defaultBudget = { htmlGzip: 40 * 1024, cssGzip: 20 * 1024, jsGzip: 15 * 1024 };

const labels = { htmlGzip: 'HTML', cssGzip: 'CSS', jsGzip: 'JS', imgGzip: 'images', totalGzip: 'total' };

/** @returns {Record<string, number>} the measured gzip bytes by budget key */
export function measuredBytes({ totals, total }) {
  return { htmlGzip: totals.html.gzip, cssGzip: totals.css.gzip, jsGzip: totals.js.gzip, imgGzip: totals.img.gzip, totalGzip: total.gzip };
}

/**
 * @param {string} template
 * @param {Record<string, number>} measured gzip bytes by key
 * @param {Record<string, number>} [budget]
 * @returns {string[]} one message per exceeded budget, with the numbers
 */
export function budgetFailures(template, measured, budget = {}) {
  const limits = { ...defaultBudget, ...budget };
  return Object.entries(limits)
    .filter(([key, limit]) => (measured[key] ?? 0) > limit)
    .map(([key, limit]) => `${template}: ${labels[key] ?? key} ${measured[key]} B gzip > budget ${limit} B (${((measured[key] - limit) / 1024).toFixed(1)} KB over)`);
}
