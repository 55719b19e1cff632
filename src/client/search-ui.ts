/**
 * The search UI on Pagefind's JS API, used by the header dialog and the /search/ page.
 * Loaded only when someone searches (the header imports it on first open), and it loads
 * Pagefind itself only then, so pages that are not searched ship none of it.
 */
import { hasKatakana, matchTerms, normalizeQuery, rankFilterKey, rankValues, resultLimits, searchWeights, searchFilterKeys, searchRanking, searchTierLabels, toHiragana, type SearchFilterKey, type SiteTerm, type TermMatch } from '../lib/search/search';
import type { BrowserStrings } from '../i18n/browser-strings';
import { fillTemplate, readStrings } from './page-strings';

/** The search UI's words in the page's language, handed over by the page (data-strings). */
type SearchWords = BrowserStrings<'search'>;

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: { url: string; title: string; excerpt: string }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
type PagefindFilters = Record<string, { any: readonly string[] }>;
interface Pagefind {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: { filters?: PagefindFilters }) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let pagefindPromise: Promise<Pagefind> | undefined;

/**
 * Loads /pagefind/pagefind.js once per page (the first caller's choice of worker holds); the URL
 * is built at runtime so Vite leaves it alone.
 * - The header dialog searches on the main thread: Pagefind's web worker would be a second
 *   12 KB (gzip) download in the first search, which must stay within 100 KB.
 * - /search/ uses the worker: the page searches as it opens (?q=, filter counts), and on a slow
 *   phone the WebAssembly work on the main thread blocked it for seconds (Lighthouse TBT).
 */
export function loadPagefind({ worker = false }: { worker?: boolean } = {}): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', window.location.href).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ ranking: searchRanking, excerptLength: 36, noWorker: !worker });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

let termsPromise: Promise<SiteTerm[]> | undefined;

/** The search page in the page's language (/en/search/), as the layout's html data-locale says. */
const searchPath = () => {
  const locale = document.documentElement.dataset['locale'];
  return locale && locale !== 'ja' ? `/${locale}/search/` : '/search/';
};

/** The site's terms (/search/terms.json, built from the glossary); none if it cannot be read. */
export function loadTerms(): Promise<SiteTerm[]> {
  termsPromise ??= fetch(new URL('/search/terms.json', window.location.href))
    .then((response) => (response.ok ? (response.json() as Promise<SiteTerm[]>) : []))
    .catch(() => []);
  return termsPromise;
}

/**
 * One query's results ordered by Pagefind's score times the page's weight (searchWeights in
 * src/lib/search/search.ts). The weight is read from the hidden `rank` filter with one filtered search
 * per weight: those run on the index chunks the plain search has already loaded. Only weights
 * the results have are searched (the plain search counts them), and the commonest needs no
 * search of its own (every result not found under another weight has it): 1–5 searches instead
 * of one per possible weight, each a full scoring pass in WebAssembly.
 *
 * Pagefind counts a filter's values only once that filter's chunk has loaded, and a search
 * loads the chunks of the filters it names. So the plain search names `rank` with every value
 * (every indexed page has one, see withRank in src/integrations/search-index.mjs): same results,
 * and the counts are there on the first search, not only after the filter panel loaded them.
 */
async function rankedSearch(pagefind: Pagefind, query: string, filters: PagefindFilters): Promise<PagefindSearch | null> {
  const plain = await pagefind.search(query, { filters: { ...filters, [rankFilterKey]: { any: rankValues() } } });
  if (!plain) return plain;
  // A filter whose chunk failed to load is missing from the counts, and a search naming it finds
  // nothing. Without the weights the results still come, in Pagefind's own order; a filter the
  // person chose cannot be honoured, so that reads as the load failure it is, not as "no results".
  if (Object.keys(filters).some((key) => !(key in plain.filters))) throw new Error('a filter chunk of the index did not load');
  if (!(rankFilterKey in plain.filters)) return pagefind.search(query, { filters });
  if (!plain.results.length) return plain;
  const present = Object.entries(plain.filters[rankFilterKey] ?? {}).filter(([value, count]) => count > 0 && rankValues().includes(value));
  const commonest = present.reduce<[string, number] | undefined>((best, entry) => (!best || entry[1] > best[1] ? entry : best), undefined)?.[0];
  const weights = new Map<string, number>();
  await Promise.all(
    present
      .filter(([value]) => value !== commonest)
      .map(async ([value]) => {
        const ranked = await pagefind.search(query, { filters: { ...filters, [rankFilterKey]: { any: [value] } } });
        for (const result of ranked?.results ?? []) weights.set(result.id, Number(value));
      }),
  );
  const fallback = commonest === undefined ? 1 : Number(commonest);
  const score = (result: PagefindResult) => result.score * (weights.get(result.id) ?? fallback) ** searchWeights.exponent;
  return { ...plain, results: [...plain.results].sort((a, b) => score(b) - score(a)) };
}

/** What one typed query becomes: the searches to run, in order of preference, and why. */
export interface SearchPlan {
  /** The site terms the query names (distance 0) or nearly names (a typo). */
  matches: TermMatch[];
  /** Queries to run: named terms first (in their own spelling), then the query, then its hiragana form. */
  queries: string[];
  /** A term the query seems to be a typo of, when it names none. */
  correction?: SiteTerm | undefined;
}

export function planSearch(query: string, terms: readonly SiteTerm[]): SearchPlan {
  const matches = matchTerms(query, terms);
  const named = matches.filter((match) => match.distance === 0);
  const correction = named.length ? undefined : matches[0]?.term;
  const queries = [...(named.length ? named.map((match) => match.term.term) : correction ? [correction.term] : []), query];
  if (hasKatakana(query)) queries.push(toHiragana(query));
  return { matches, queries: [...new Set(queries)], correction };
}

/**
 * Text from Pagefind (entities encoded), as plain text: never parsed as markup into the page. A
 * detached <textarea> decodes character references only (its content is RCDATA, so no element
 * is ever made) and is reused: a DOMParser document per string cost a 20-result list hundreds of
 * milliseconds of main thread on a slow phone.
 */
let decoder: HTMLTextAreaElement | undefined;
function decode(text: string): string {
  if (!text.includes('&')) return text;
  decoder ??= document.createElement('textarea');
  decoder.innerHTML = text;
  return decoder.value;
}

/** Pagefind's excerpt with only its <mark> highlights kept; everything else becomes text. */
function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = document.createTextNode(decode(part));
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        nodes.push(mark);
      } else nodes.push(text);
    }
  }
  return nodes;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A type as the page's language names it; the index stores the Japanese label. */
const typeLabel = (words: SearchWords, value: string) => words.types.find((type) => type.value === value)?.label ?? value;

/** One result card: type badge, sample label, session date/status, title link, excerpt. */
function resultCard(data: PagefindResultData, headingLevel: 'h2' | 'h3', words: SearchWords): HTMLLIElement {
  const item = element('li', 'search-result');
  const meta = element('p', 'search-result__meta');
  if (data.meta['type']) meta.append(element('span', 'search-badge', typeLabel(words, decode(data.meta['type']))));
  if (data.meta['sample']) meta.append(element('span', 'search-sample', words.sampleLabel));
  if (data.meta['date']) meta.append(element('span', 'search-result__date', decode(data.meta['date'])));
  if (data.meta['status']) meta.append(element('span', 'search-result__status', decode(data.meta['status'])));
  const heading = element(headingLevel, 'search-result__title');
  const link = element('a', 'search-result__link', decode(data.meta['title'] ?? data.url));
  link.href = data.url;
  heading.append(link);
  const excerpt = element('p', 'search-result__excerpt');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, meta, excerpt);
  // Sections with their own heading (e.g. a glossary entry) are linked directly.
  const title = data.meta['title'];
  const sections = data.sub_results.filter((sub) => sub.url.includes('#') && sub.title !== title && sub.excerpt.includes('<mark>')).slice(0, 3);
  if (sections.length) {
    const list = element('ul', 'search-result__sections');
    list.setAttribute('aria-label', words.inPage);
    for (const sub of sections) {
      const li = document.createElement('li');
      const a = element('a', '', decode(sub.title));
      a.href = sub.url;
      li.append(a);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

export interface SearchUiOptions {
  /** 'dialog' shows a short list and a link to /search/; 'page' adds filters and keeps ?q= in the URL. */
  mode: 'dialog' | 'page';
}

/** Wires a search root (elements found by data-search-* attributes); does nothing twice. */
export function startSearch(root: HTMLElement, { mode }: SearchUiOptions): void {
  if (root.dataset['searchStarted']) return;
  root.dataset['searchStarted'] = 'true';
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLAnchorElement>('[data-search-more]');
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]');
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  // The page's words (data-strings, the 'search' group of src/i18n/browser-strings.ts).
  const words = readStrings<SearchWords>(root);
  if (!input || !status || !list) return;

  const selected = new Map<SearchFilterKey, Set<string>>(searchFilterKeys.map((key) => [key, new Set<string>()]));
  if (mode === 'page') {
    const params = new URLSearchParams(window.location.search);
    input.value = params.get('q') ?? input.value;
    for (const key of searchFilterKeys) for (const value of params.getAll(key)) selected.get(key)?.add(value);
  }

  /** Types and tiers in the site's order; other filter values in Japanese collation order. */
  const fixedOrder: Partial<Record<SearchFilterKey, readonly string[]>> = { type: words.types.map((type) => type.value), tier: Object.values(searchTierLabels) };
  const ordered = (key: SearchFilterKey, values: string[]) => {
    const order = fixedOrder[key];
    return order ? values.sort((a, b) => order.indexOf(a) - order.indexOf(b)) : values.sort((a, b) => a.localeCompare(b, 'ja'));
  };

  const pageSize = mode === 'dialog' ? resultLimits.dialog : resultLimits.page;
  let limit = pageSize;
  const moreButton = root.querySelector<HTMLButtonElement>('[data-search-more-results]');
  moreButton?.addEventListener('click', () => {
    limit += pageSize;
    const shown = list.querySelectorAll('.search-result').length;
    void run(false).then(() => list.querySelectorAll<HTMLAnchorElement>('a.search-result__link')[shown]?.focus());
  });

  let generation = 0;
  /** The filter counts of the last search, for options built after it ran. */
  let lastCounts: Record<string, Record<string, number>> | undefined;
  // Every filter's values, with each filter's chunk loaded. Pagefind counts a filter in a search's
  // results only once that filter's chunk is in, so the search whose counts fill the panel waits
  // for this: on a slow line a chunk that arrived after the search left its options at 0, hidden.
  const allFilters = mode === 'page' && filterBox ? loadPagefind({ worker: true }).then((pagefind) => pagefind.filters()) : undefined;
  const run = async (fresh = true) => {
    if (fresh) limit = pageSize;
    const current = ++generation;
    const query = normalizeQuery(input.value);
    // Values of one key widen (any); different keys narrow (Pagefind ANDs keys).
    const filters = Object.fromEntries([...selected].filter(([, values]) => values.size).map(([key, values]) => [key, { any: [...values] }]));
    if (mode === 'page') {
      const params = new URLSearchParams();
      if (query) params.set('q', query);
      for (const [key, values] of Object.entries(filters)) for (const value of values.any) params.append(key, value);
      const search = params.toString();
      history.replaceState(null, '', search ? `?${search}` : window.location.pathname);
    }
    if (more) more.href = query ? `${searchPath()}?q=${encodeURIComponent(query)}` : searchPath();
    if (!query) {
      if (moreButton) moreButton.hidden = true;
      list.replaceChildren();
      status.textContent = '';
      showSuggestions('', 0, { matches: [], queries: [] }, []);
      return;
    }
    let terms: SiteTerm[];
    let plan: SearchPlan;
    let searches: PagefindSearch[];
    // Pagefind, the terms or a filter the search needs could not be loaded (rankedSearch).
    try {
      let pagefind: Pagefind;
      [pagefind, terms] = await Promise.all([loadPagefind({ worker: mode === 'page' }), loadTerms(), allFilters]);
      plan = planSearch(query, terms);
      searches = (await Promise.all(plan.queries.map((q) => rankedSearch(pagefind, q, filters)))).filter((s): s is PagefindSearch => s !== null);
    } catch {
      if (current === generation) status.textContent = words.loadFailed;
      return;
    }
    if (!searches.length || current !== generation) return;
    // One list: each search's results in order, once each (a term named by the query first).
    const seen = new Set<string>();
    const results = searches.flatMap((search) => search.results).filter((result) => !seen.has(result.id) && seen.add(result.id));
    const loaded = await Promise.all(results.slice(0, limit).map((result) => result.data()));
    if (current !== generation) return;
    // The answer for a named term (its glossary entry) leads, wherever Pagefind ranked it.
    const answerUrls = plan.matches.map((match) => match.term.url);
    const rank = (d: PagefindResultData) => (answerUrls.includes(d.url) ? answerUrls.indexOf(d.url) : answerUrls.length);
    const data = loaded.map((d, i) => ({ d, i })).sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i).map(({ d }) => d);
    list.replaceChildren(...data.map((d) => resultCard(d, mode === 'page' ? 'h2' : 'h3', words)));
    if (moreButton) moreButton.hidden = results.length <= limit;
    if (fresh) {
      if (!results.length) status.textContent = fillTemplate(words.noResults, query);
      else if (plan.correction) status.textContent = fillTemplate(words.includingCorrection, query, plan.correction.term, results.length);
      else status.textContent = fillTemplate(words.resultCount, query, results.length);
    }
    showSuggestions(query, results.length, plan, terms);
    lastCounts = searches.reduce((best, search) => (search.results.length > best.results.length ? search : best)).filters;
    if (mode === 'page') updateCounts(lastCounts);
  };

  const empty = root.querySelector<HTMLElement>('[data-search-empty]');
  const suggest = root.querySelector<HTMLElement>('[data-search-suggest]');
  const suggestLead = root.querySelector<HTMLElement>('[data-search-suggest-lead]');
  const suggestTerms = root.querySelector<HTMLElement>('[data-search-suggest-terms]');
  /** Few or no results: nearby site terms (or the nearest ones), popular words and the FAQ. */
  const showSuggestions = (query: string, count: number, plan: SearchPlan, terms: readonly SiteTerm[]) => {
    if (empty) empty.hidden = query !== '';
    if (!suggest || !suggestLead || !suggestTerms) return;
    const weak = query !== '' && count < 3;
    suggest.hidden = !weak && !plan.correction;
    if (suggest.hidden) return;
    const finder = suggest.querySelector<HTMLAnchorElement>('a[data-search-institutions]');
    if (finder) finder.href = `/institutions/?q=${encodeURIComponent(query)}`;
    const near = plan.matches.filter((match) => match.distance > 0).map((match) => match.term);
    const offered = near.length ? near : count === 0 ? matchTerms(query, terms, 3).map((m) => m.term) : [];
    suggestLead.textContent = offered.length ? (near.length ? words.didYouMean : words.tryTerms) : '';
    suggestLead.hidden = !offered.length;
    suggestTerms.replaceChildren(
      ...offered.map((term) => {
        const li = document.createElement('li');
        const a = element('a', '', term.term);
        a.href = `${searchPath()}?q=${encodeURIComponent(term.term)}`;
        a.dataset['searchSuggestion'] = term.term;
        li.append(a);
        return li;
      }),
    );
  };

  // A suggested word runs in place (the link's /search/?q= works without JavaScript).
  root.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-search-suggestion]') : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    input.value = link.dataset['searchSuggestion'] ?? '';
    input.focus();
    window.clearTimeout(timer);
    void run();
  });

  let timer: number | undefined;
  const schedule = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 250);
  };
  input.addEventListener('input', schedule);
  // Checkbox changes and submits run at once; typing waits for a pause.
  form?.addEventListener('submit', (event) => {
    // The page searches in place; the dialog's form goes on to /search/ like the no-JS form.
    if (mode === 'page') {
      event.preventDefault();
      window.clearTimeout(timer);
      void run();
    }
  });

  // Arrow keys move between the box and the result links; Tab keeps working as usual.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-result__link')];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && at < 0) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') (at < 0 ? links[0] : links[Math.min(at + 1, links.length - 1)])?.focus();
    else if (at <= 0) input.focus();
    else links[at - 1]?.focus();
  });

  /** Each option's label and count; options with no result are hidden (a checked one stays). */
  const options = new Map<string, { label: HTMLElement; count: HTMLElement; box: HTMLInputElement }>();
  const filterSummary = filterBox?.querySelector<HTMLElement>('[data-search-filter-selected]');
  const updateCounts = (counts: Record<string, Record<string, number>>) => {
    for (const [id, option] of options) {
      const [key, value] = JSON.parse(id) as [string, string];
      const count = counts[key]?.[value] ?? 0;
      option.count.textContent = fillTemplate(words.filterCount, count);
      option.label.hidden = count === 0 && !option.box.checked;
    }
    for (const fieldset of filterBox?.querySelectorAll<HTMLFieldSetElement>('fieldset') ?? []) {
      fieldset.hidden = ![...fieldset.querySelectorAll<HTMLElement>('label')].some((label) => !label.hidden);
    }
    const chosen = [...selected.values()].reduce((total, values) => total + values.size, 0);
    if (filterSummary) filterSummary.textContent = chosen ? fillTemplate(words.filterSelected, chosen) : '';
  };

  if (allFilters && filterBox) {
    const body = filterBox.querySelector<HTMLElement>('[data-search-filter-body]') ?? filterBox;
    void allFilters
      .then((available) => {
        for (const key of searchFilterKeys) {
          const values = ordered(key, Object.keys(available[key] ?? {}));
          if (!values.length) continue;
          const fieldset = element('fieldset', 'search-filter');
          fieldset.append(element('legend', 'search-filter__legend', words.filterLabels[key]));
          for (const value of values) {
            const label = element('label', 'search-filter__option');
            const box = document.createElement('input');
            box.type = 'checkbox';
            box.name = key;
            box.value = value;
            box.checked = selected.get(key)?.has(value) ?? false;
            box.addEventListener('change', () => {
              if (box.checked) selected.get(key)?.add(value);
              else selected.get(key)?.delete(value);
              void run();
            });
            const count = element('span', 'search-filter__count', fillTemplate(words.filterCount, available[key]?.[value] ?? 0));
            options.set(JSON.stringify([key, value]), { label, count, box });
            label.append(box, ` ${key === 'type' ? typeLabel(words, value) : value}`, count);
            fieldset.append(label);
          }
          body.append(fieldset);
        }
        // Until a search has run, the counts are the whole site's.
        updateCounts(lastCounts ?? available);
        // Selected filters (from the URL) open the panel so people see what narrows the list.
        if ([...selected.values()].some((values) => values.size)) filterBox.setAttribute('open', '');
        filterBox.hidden = false;
      })
      .catch(() => {
        status.textContent = words.loadFailed;
      });
  }

  if (input.value) void run();
  else showSuggestions('', 0, { matches: [], queries: [] }, []);
}
