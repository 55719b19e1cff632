import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { htmlFilesIn, urlPathOf } from '../src/integrations/built-pages.mjs';

// Byte budgets per page template (gzip bytes, as a phone downloads them on first load).
// Defaults apply to every template; a template's own `budget` overrides them.
export const defaultBudget = { htmlGzip: 40 * 1024, cssGzip: 20 * 1024, jsGzip: 15 * 1024 };

/** @type {Record<string, string>} */
const labels = { htmlGzip: 'HTML', cssGzip: 'CSS', jsGzip: 'JS', imgGzip: 'images', totalGzip: 'total' };

/**
 * @param {{ totals: Record<'html' | 'css' | 'js' | 'img', { raw: number, gzip: number }>, total: { raw: number, gzip: number } }} measure
 * @returns {Record<string, number>} the measured gzip bytes by budget key
 */
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
    .map(([key, limit]) => `${template}: ${labels[key] ?? key} ${measured[key]} B gzip > budget ${limit} B (${(((measured[key] ?? 0) - limit) / 1024).toFixed(1)} KB over)`);
}

/**
 * HTML budgets for every built page, not only the sample page the benchmark opens: a page is
 * checked against the first template whose `pages` pattern (or `path`) matches it, else the
 * defaults. Raw bytes matter as well as gzip: a 1 MB definition of repeated text gzips to a few
 * KB but a phone still parses 1 MB.
 */
export const defaultPageHtmlBudget = { htmlRaw: 256 * 1024, htmlGzip: defaultBudget.htmlGzip };

/**
 * @param {{ path: string, raw: number, gzip: number }[]} pages every built page's HTML size
 * @param {{ name: string, path: string, pages?: RegExp, budget?: Record<string, number> }[]} templates
 * @returns {string[]} one message per page over its HTML budget, naming the page and template
 */
export function pageHtmlBudgetFailures(pages, templates) {
  const failures = [];
  for (const page of pages) {
    const template = templates.find((t) => (t.pages ? t.pages.test(page.path) : t.path === page.path));
    const limits = { ...defaultPageHtmlBudget, ...pick(template?.budget, ['htmlRaw', 'htmlGzip']) };
    const name = template ? `${template.name} ${page.path}` : page.path;
    if (page.raw > limits.htmlRaw) failures.push(`${name}: HTML ${page.raw} B > budget ${limits.htmlRaw} B (${((page.raw - limits.htmlRaw) / 1024).toFixed(1)} KB over)`);
    if (page.gzip > limits.htmlGzip) failures.push(`${name}: HTML ${page.gzip} B gzip > budget ${limits.htmlGzip} B (${((page.gzip - limits.htmlGzip) / 1024).toFixed(1)} KB over)`);
  }
  return failures;
}

/**
 * Raw and gzip size of every built page's HTML.
 * @param {string} dist @returns {{ path: string, raw: number, gzip: number }[]}
 */
export function htmlPageSizes(dist) {
  return htmlFilesIn(dist).map((file) => {
    const bytes = readFileSync(file);
    return { path: urlPathOf(dist, file), raw: bytes.length, gzip: gzipSync(bytes).length };
  });
}

/** @param {Record<string, number> | undefined} budget @param {string[]} keys */
function pick(budget, keys) {
  return Object.fromEntries(Object.entries(budget ?? {}).filter(([key]) => keys.includes(key)));
}
