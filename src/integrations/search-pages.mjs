// The pages the search index reads: each built page as Pagefind gets it (without furigana, with
// the site's readings and other spellings of its terms and its weight, without the parts of the
// page Pagefind never reads), written to a staging folder that Pagefind walks itself. String
// work on the HTML, shared by the build's indexer (./search-index.mjs) and the unit tests.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { aliasKeywordsFor, rankFilterKey, rankValues, readingsFor } from '../lib/search/search.ts';
import { pageWeight, searchAttributes } from '../lib/search/tags.ts';
import { escapeHtml } from '../lib/site/escape-html.ts';
import { urlPathOf } from './built-pages.mjs';

/** Furigana: ruby readings (`rt`, with their `rp` brackets) and the `<ruby>` tags around their bases. */
const rubyParts = /<(rt|rp)\b[^>]*>[\s\S]*?<\/\1>|<\/?ruby\b[^>]*>/g;

/** Where the page's indexed region (the data-pagefind-body element) starts, or -1. @param {string} html */
function bodyRegionStart(html) {
  // Found by its attribute, then back to its tag's `<`: a regex for "a tag with the attribute"
  // backtracks at every tag of a 30 KB page (≈ 0.15 s at 2,000 sessions).
  const attribute = /\sdata-pagefind-body[\s>=]/.exec(html);
  return attribute ? html.lastIndexOf('<', attribute.index) : -1;
}

/** `tags` inserted before the page's `</body>` (at the end if it has none). @param {string} html @param {string} tags */
function beforeBodyEnd(html, tags) {
  if (!tags) return html;
  const end = html.indexOf('</body>');
  return end < 0 ? html + tags : html.slice(0, end) + tags + html.slice(end);
}

/**
 * The page's indexed text (inside the data-pagefind-body element), without tags or ruby
 * readings, used to decide which readings the page gets.
 * @param {string} html
 */
export function indexedText(html) {
  return regionText(withoutRuby(html));
}

/** The text of the indexed region of a page without furigana (see {@link withoutRuby}). @param {string} html */
function regionText(html) {
  const start = bodyRegionStart(html);
  if (start < 0) return '';
  return html.slice(start).replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
}

/**
 * The hidden `readings` and `aliases` metadata for the site's terms that a page's indexed text
 * names ('' for a page that is not indexed or names none).
 * @param {string} text the page's {@link indexedText} @param {readonly import('../lib/search/search.ts').SiteTerm[]} terms
 */
function readingTags(text, terms) {
  if (!text) return '';
  const readings = readingsFor(text, terms);
  const aliases = aliasKeywordsFor(text, terms);
  return [readings && `<span hidden data-pagefind-meta="readings:${escapeHtml(readings)}"></span>`, aliases && `<span hidden data-pagefind-meta="aliases:${escapeHtml(aliases)}"></span>`].filter(Boolean).join('');
}

/**
 * The page's weight as the hidden `rank` filter (see searchWeights in src/lib/search/search.ts).
 * @param {number} weight
 */
function rankTag(weight) {
  // The UI's plain search asks for every rank value (src/client/search-ui.ts): a page with any
  // other weight would never be found.
  if (!rankValues().includes(String(weight))) throw new Error(`検索の重み ${weight} は rankValues() にありません（src/lib/search/search.ts の searchWeights を確認してください）。`);
  return `<span hidden data-pagefind-filter="${rankFilterKey}:${weight}"></span>`;
}

/**
 * Adds hidden `readings` and `aliases` metadata for the site's terms that the page's indexed
 * text names (no-op for pages that are not indexed or name none).
 * @param {string} html
 * @param {readonly import('../lib/search/search.ts').SiteTerm[]} terms
 */
export function withReadings(html, terms) {
  return beforeBodyEnd(html, readingTags(indexedText(html), terms));
}

/**
 * Adds the page's weight as the hidden `rank` filter.
 * @param {string} html
 * @param {number} weight
 */
export function withRank(html, weight) {
  return beforeBodyEnd(html, rankTag(weight));
}

/**
 * The page's search type and status labels as its SearchTags wrote them.
 * @param {string} html
 */
export function searchLabelsOf(html) {
  return {
    typeLabel: html.match(/data-pagefind-filter="type:([^"]*)"/)?.[1],
    status: html.match(/data-pagefind-meta="status:([^"]*)"/)?.[1],
  };
}

/**
 * A record (glossary entry, FAQ answer) as the HTML Pagefind indexes for it: heading, text and
 * the same hidden filter and meta elements a page's SearchTags renders.
 * @param {import('../lib/search/search.ts').SearchRecord} record
 */
export function recordHtml(record) {
  const attributes = searchAttributes(record.tags)
    .map((attribute) => `<span data-pagefind-${attribute.kind}="${escapeHtml(attribute.value)}"></span>`)
    .join('');
  const paragraphs = record.text.split(/\n+/).map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  return `<!doctype html><html lang="ja"><head><title>${escapeHtml(record.title)}</title></head><body><main data-pagefind-body><h1>${escapeHtml(record.title)}</h1>${paragraphs}<div hidden data-pagefind-ignore>${attributes}</div></main></body></html>`;
}

/**
 * The HTML the index receives for a built page or a record: with the site's readings and
 * aliases, and its weight, inserted once.
 * @param {string} html
 * @param {string} url
 * @param {readonly import('../lib/search/search.ts').SiteTerm[]} terms
 */
export function prepareForIndex(html, url, terms) {
  const text = withoutRuby(html);
  return beforeBodyEnd(text, readingTags(regionText(text), terms) + rankTag(pageWeight({ url, ...searchLabelsOf(text) })));
}

/**
 * The page as it reads without furigana (src/integrations/furigana.ts): `excludeSelectors` keeps
 * `rt` out of the page's text, but Pagefind drops a heading's `<ruby>` bases with it, so
 * sub-result titles lost their kanji (この端末の… → この の…). The index gets plain text instead.
 * `data-pagefind-ignore` on `<rt>` does not help (Pagefind 1.6 drops the whole `<ruby>` from a
 * heading's title; a `<span>` with an ignored child keeps its text), so pages cannot yet be
 * indexed from dist/ as built, without this copy (tests/unit/search.test.ts, furigana in headings).
 * @param {string} html
 */
export function withoutRuby(html) {
  return html.replace(rubyParts, '');
}

/**
 * The page without what Pagefind never reads from it: the `<head>` but its `<title>` (the
 * stylesheet, CSP, scripts and link tags, a third of a session page), and everything between
 * `<body>` and the indexed region (the header, menus and search dialog, which carry no
 * data-pagefind attribute, heading or image). Pages without an indexed region are left whole.
 * The index built from these pages is byte for byte the one built from the whole pages
 * (tests/build/search-staging.test.ts); Pagefind then parses a third of the bytes.
 * @param {string} html
 */
export function withoutUnindexedParts(html) {
  const headStart = html.indexOf('<head>');
  const headEnd = html.indexOf('</head>');
  const bodyStart = bodyRegionStart(html);
  if (headStart < 0 || headEnd < headStart || bodyStart < headEnd) return html;
  const between = html.slice(headEnd, bodyStart);
  // Anything Pagefind could take from the skipped part keeps the page whole.
  if (/data-pagefind-|<h1\b|<img\b/.test(between)) return html;
  const title = /<title>[\s\S]*?<\/title>/.exec(html.slice(headStart, headEnd))?.[0] ?? '';
  const bodyTag = /<body\b[^>]*>/.exec(between)?.[0] ?? '<body>';
  return `${html.slice(0, headStart)}<head>${title}</head>${bodyTag}${html.slice(bodyStart)}`;
}

/**
 * Writes each of `files` (built pages under `dist`) that has an indexed region into `staging`, at
 * the same relative path, as the index reads it, one after another in the order given: Pagefind
 * numbers pages in the order its walk finds them, which follows the order the files were made,
 * so the same pages written in another order (e.g. by two threads) give another index. Returns
 * how many were written.
 * @param {string} dist @param {string} staging @param {readonly string[]} files
 * @param {readonly import('../lib/search/search.ts').SiteTerm[]} terms
 * @param {(html: string) => string} [trim] what is left out of each prepared page (the test that
 *   the index is unchanged by it stages the whole pages too)
 */
export function stagePages(dist, staging, files, terms, trim = withoutUnindexedParts) {
  const folders = new Set();
  let written = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const target = path.join(staging, path.relative(dist, file));
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, trim(prepareForIndex(html, urlPathOf(dist, file), terms)));
    written += 1;
  }
  return written;
}
