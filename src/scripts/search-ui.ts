/**
 * The search UI on Pagefind's JS API, used by the header dialog and the /search/ page.
 * Loaded only when someone searches (the header imports it on first open), and it loads
 * Pagefind itself only then, so pages that are not searched ship none of it.
 */
import { normalizeQuery, resultLimits, searchFilterKeys, searchRanking, searchTierLabels, searchTypeLabels, type SearchFilterKey } from '../lib/search';
import { ui } from '../lib/ui-strings';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: { url: string; title: string; excerpt: string }[];
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, { any: string[] }> }) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let pagefindPromise: Promise<Pagefind> | undefined;

/** Loads /pagefind/pagefind.js once per page; the URL is built at runtime so Vite leaves it alone. */
export function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', window.location.href).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ ranking: searchRanking, excerptLength: 36 });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

/** Text from Pagefind (entities encoded), as plain text: never parsed as markup into the page. */
function decode(text: string): string {
  return new DOMParser().parseFromString(text, 'text/html').body.textContent ?? '';
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

/** One result card: type badge, sample label, session date/status, title link, excerpt. */
function resultCard(data: PagefindResultData, headingLevel: 'h2' | 'h3'): HTMLLIElement {
  const item = element('li', 'search-result');
  const meta = element('p', 'search-result__meta');
  if (data.meta['type']) meta.append(element('span', 'search-badge', decode(data.meta['type'])));
  if (data.meta['sample']) meta.append(element('span', 'search-sample', ui.sampleLabel));
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
    list.setAttribute('aria-label', ui.searchInPage);
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
  if (!input || !status || !list) return;

  const selected = new Map<SearchFilterKey, Set<string>>(searchFilterKeys.map((key) => [key, new Set<string>()]));
  if (mode === 'page') {
    const params = new URLSearchParams(window.location.search);
    input.value = params.get('q') ?? input.value;
    for (const key of searchFilterKeys) for (const value of params.getAll(key)) selected.get(key)?.add(value);
  }

  /** Types and tiers in the site's order; other filter values in Japanese collation order. */
  const fixedOrder: Partial<Record<SearchFilterKey, readonly string[]>> = { type: Object.values(searchTypeLabels), tier: Object.values(searchTierLabels) };
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
    if (more) more.href = query ? `/search/?q=${encodeURIComponent(query)}` : '/search/';
    if (!query) {
      if (moreButton) moreButton.hidden = true;
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      status.textContent = ui.searchLoadFailed;
      return;
    }
    const search = await pagefind.search(query, Object.keys(filters).length ? { filters } : {});
    if (!search || current !== generation) return;
    const data = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
    if (current !== generation) return;
    list.replaceChildren(...data.map((d) => resultCard(d, mode === 'page' ? 'h2' : 'h3')));
    if (moreButton) moreButton.hidden = search.results.length <= limit;
    if (fresh) status.textContent = search.results.length ? ui.searchResultCount(query, search.results.length) : ui.searchNoResults(query);
    if (mode === 'page') updateCounts(search.filters);
  };

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

  const countNodes = new Map<string, HTMLElement>();
  const updateCounts = (counts: Record<string, Record<string, number>>) => {
    for (const [id, node] of countNodes) {
      const [key, value] = JSON.parse(id) as [string, string];
      node.textContent = `（${counts[key]?.[value] ?? 0}件）`;
    }
  };

  if (mode === 'page' && filterBox) {
    void loadPagefind()
      .then(async (pagefind) => {
        const available = await pagefind.filters();
        for (const key of searchFilterKeys) {
          const values = ordered(key, Object.keys(available[key] ?? {}));
          if (!values.length) continue;
          const fieldset = element('fieldset', 'search-filter');
          fieldset.append(element('legend', 'search-filter__legend', ui.searchFilterLabels[key]));
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
            const count = element('span', 'search-filter__count', `（${available[key]?.[value] ?? 0}件）`);
            countNodes.set(JSON.stringify([key, value]), count);
            label.append(box, ` ${value}`, count);
            fieldset.append(label);
          }
          filterBox.append(fieldset);
        }
        filterBox.hidden = false;
      })
      .catch(() => {
        status.textContent = ui.searchLoadFailed;
      });
  }

  if (input.value) void run();
}
