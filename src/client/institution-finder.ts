/**
 * The institutions finder on /institutions/: a form (words, 区市町村, 種別, features,
 * 現在地から探す) that filters the facilities with the same functions the pre-rendered lists use,
 * a result list that opens each facility's card in a dialog, and the map, kept in sync with the
 * list. Data comes in pieces: the per-区市町村 index first, a 区市町村's facilities only when a
 * filter needs them. The filter lives in the query string (never the reader's position).
 */
import { answeredByIndex, countInSummary, fromCompactRow, type BrowserInstitution, type CompactRow, type InstitutionsIndex, type MunicipalitySummary } from '../lib/institutions/data';
import { featureBit, filterFromQuery, filterToQuery, institutionFeatures, isFeature, matcher, noFilter, type InstitutionFilter } from '../lib/institutions/filter';
import { formatDateWithEra } from '../lib/site/dates';
import type { BrowserStrings } from '../i18n/browser-strings';
import { institutionKinds, type InstitutionKind } from '../schemas/institution-values';
import { fillTemplate, readStrings } from './page-strings';
import type { MapView } from './institution-map';

/** The finder's and the map's words, in the page's language (InstitutionFinder.astro hands them over). */
export type FinderStrings = BrowserStrings<'institutionFinder'>;

const pageSize = 50;

interface Near {
  readonly lat: number;
  readonly lng: number;
}

export function startFinder(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-finder-form]')!;
  const status = root.querySelector<HTMLElement>('[data-finder-status]')!;
  const results = root.querySelector<HTMLOListElement>('[data-finder-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-finder-more]')!;
  const listed = root.querySelector<HTMLElement>('[data-finder-listed]')!;
  const dialog = root.querySelector<HTMLDialogElement>('[data-finder-dialog]')!;
  const nearButton = root.querySelector<HTMLButtonElement>('[data-finder-near]')!;
  const nearStatus = root.querySelector<HTMLElement>('[data-finder-near-status]')!;
  const mapRoot = root.querySelector<HTMLElement>('[data-module="institution-map"]');
  const dataBase = root.dataset.dataBase ?? '/institutions/data/';
  const words = readStrings<FinderStrings>(root);

  let index: InstitutionsIndex | undefined;
  const chunks = new Map<string, Promise<BrowserInstitution[]>>();
  const loaded = new Map<string, BrowserInstitution[]>();
  let filter: InstitutionFilter = noFilter;
  let near: Near | undefined;
  let matches: BrowserInstitution[] = [];
  let shown = 0;
  let map: MapView | undefined;
  let run = 0;

  const wards = () => index?.municipalities.map((m) => m.slug) ?? [];
  const summaryOf = (slug: string) => index?.municipalities.find((m) => m.slug === slug);

  const loadWard = (slug: string): Promise<BrowserInstitution[]> => {
    let chunk = chunks.get(slug);
    if (!chunk) {
      chunk = fetch(`${dataBase}${slug}.json`)
        .then((response) => {
          if (!response.ok) throw new Error(`${response.status} ${slug}`);
          return response.json() as Promise<CompactRow[]>;
        })
        .then((rows) => {
          const items = rows.map((row) => fromCompactRow(row, slug));
          loaded.set(slug, items);
          return items;
        });
      chunk.catch(() => chunks.delete(slug));
      chunks.set(slug, chunk);
    }
    return chunk;
  };

  const readForm = (): InstitutionFilter => {
    const data = new FormData(form);
    return {
      q: String(data.get('q') ?? '').trim(),
      ward: String(data.get('ward') ?? ''),
      kind: String(data.get('kind') ?? ''),
      features: data.getAll('feature').map(String).filter(isFeature),
    };
  };
  const writeForm = (next: InstitutionFilter) => {
    (form.elements.namedItem('q') as HTMLInputElement).value = next.q;
    (form.elements.namedItem('ward') as HTMLSelectElement).value = next.ward;
    (form.elements.namedItem('kind') as HTMLSelectElement).value = next.kind;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="feature"]')) box.checked = next.features.includes(box.value as never);
  };

  const distance = (item: { lat: number; lng: number }, from: Near) => {
    const dLat = item.lat - from.lat;
    const dLng = (item.lng - from.lng) * Math.cos((from.lat * Math.PI) / 180);
    return dLat * dLat + dLng * dLng;
  };

  const featureText = (item: BrowserInstitution) =>
    institutionFeatures.filter((feature) => item.mask & featureBit(feature)).map((feature) => words.features[feature]).join(words.featureSeparator);

  const renderRows = () => {
    const next = matches.slice(shown, shown + pageSize);
    const fragment = document.createDocumentFragment();
    for (const item of next) {
      const li = document.createElement('li');
      li.className = 'finder-result';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'finder-result__name';
      button.dataset.id = item.id;
      button.textContent = item.name;
      const hint = document.createElement('span');
      hint.className = 'visually-hidden';
      hint.textContent = words.openDetails;
      button.append(hint);
      const meta = document.createElement('p');
      meta.className = 'finder-result__meta';
      meta.textContent = `${words.kinds[item.kind as InstitutionKind] ?? ''}・${item.address}`;
      const features = document.createElement('p');
      features.className = 'finder-result__features';
      features.textContent = featureText(item) || words.noFeatures;
      li.append(button, meta, features);
      fragment.append(li);
    }
    results.append(fragment);
    shown += next.length;
    more.hidden = shown >= matches.length;
    listed.textContent = matches.length > pageSize ? fillTemplate(words.listed, shown, matches.length) : '';
  };

  const setStatus = (text: string) => {
    status.textContent = text;
  };

  /** The synchronous part of a filter: match, sort, draw the first rows and the map. */
  const show = (items: readonly BrowserInstitution[]) => {
    performance.mark('institutions-filter-start');
    const test = matcher(filter);
    matches = items.filter(test);
    if (near) {
      const from = near;
      matches.sort((a, b) => distance(a, from) - distance(b, from));
    }
    results.replaceChildren();
    shown = 0;
    renderRows();
    setStatus(matches.length > 0 ? fillTemplate(words.count, matches.length) : words.none);
    // Measured apart (npm run bench): the filter and list, then the map's re-clustering.
    performance.measure('institutions-filter', 'institutions-filter-start');
    performance.mark('institutions-map-start');
    map?.showFacilities(matches, filter.ward ? summaryOf(filter.ward)?.bounds : undefined, near);
    performance.measure('institutions-map', 'institutions-map-start');
    root.dataset.state = 'list';
  };

  const showSummary = () => {
    if (!index) return;
    const counts = index.municipalities.map((m) => ({ summary: m, count: countInSummary(m, filter) }));
    const total = counts.reduce((sum, c) => sum + c.count, 0);
    matches = [];
    results.replaceChildren();
    more.hidden = true;
    listed.textContent = '';
    setStatus(`${total > 0 ? fillTemplate(words.count, total) : words.none}${words.statusSeparator}${words.pickWard}`);
    map?.showWards(counts, pickWard);
    root.dataset.state = 'summary';
  };

  const apply = async (next: InstitutionFilter, options: { keepNear?: boolean } = {}) => {
    filter = next;
    if (!options.keepNear) near = undefined;
    history.replaceState(null, '', `${location.pathname}${filterToQuery(filter)}${location.hash}`);
    const mine = ++run;
    if (!index) return;
    if (answeredByIndex(filter)) return showSummary();
    const needed = filter.ward ? [filter.ward] : wards();
    const ready = needed.every((slug) => loaded.has(slug));
    if (!ready) {
      setStatus(words.loading);
      try {
        await Promise.all(needed.map(loadWard));
      } catch {
        if (mine === run) setStatus(words.loadFailed);
        return;
      }
      if (mine !== run) return;
    }
    show(needed.flatMap((slug) => loaded.get(slug) ?? []));
  };

  const pickWard = (slug: string) => {
    writeForm({ ...readForm(), ward: slug });
    void apply(readForm());
  };

  const openCard = (item: BrowserInstitution) => {
    const card = dialog.querySelector<HTMLElement>('.institution-card')!;
    const field = (name: string) => card.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
    field('name').textContent = item.name;
    field('sample').hidden = !item.sample;
    field('kind').textContent = words.kinds[item.kind as InstitutionKind] ?? '';
    field('ward').textContent = item.municipalityName;
    field('address').textContent = item.address;
    field('tel-row').hidden = !item.tel;
    const tel = field('tel') as HTMLAnchorElement;
    tel.textContent = item.tel;
    tel.href = `tel:${item.tel.replace(/[^0-9+]/g, '')}`;
    const updated = field('updated') as HTMLTimeElement;
    updated.dateTime = item.updated;
    updated.textContent = formatDateWithEra(new Date(`${item.updated}T00:00:00+09:00`));
    field('id').textContent = fillTemplate(words.networkId, item.id);
    for (const li of card.querySelectorAll<HTMLElement>('[data-feature]')) {
      const yes = (item.mask & featureBit(li.dataset.feature as never)) !== 0;
      li.dataset.state = yes ? 'yes' : 'no';
      li.querySelector('use')?.setAttribute('href', yes ? '#dx-yes' : '#dx-no');
      li.querySelector('[data-field="state"]')!.textContent = yes ? words.supported : words.unsupported;
    }
    dialog.showModal();
  };

  const findById = (id: string) => matches.find((item) => item.id === id) ?? [...loaded.values()].flat().find((item) => item.id === id);

  results.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-id]');
    const item = button && findById(button.dataset.id ?? '');
    if (item) openCard(item);
  });
  more.addEventListener('click', () => {
    const first = shown;
    renderRows();
    results.children[first]?.querySelector('button')?.focus();
  });
  dialog.querySelector('[data-finder-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the card) closes the dialog too.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="search"]')) return;
    void apply(readForm());
  });
  let typing: number | undefined;
  form.addEventListener('input', (event) => {
    if (!(event.target as HTMLElement).matches('input[type="search"]')) return;
    clearTimeout(typing);
    typing = window.setTimeout(() => void apply(readForm()), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void apply(readForm()).then(() => status.focus());
  });
  // 'reset' fires before the controls are cleared, so read them on the next task.
  form.addEventListener('reset', () => setTimeout(() => void apply(readForm())));

  nearButton.addEventListener('click', () => {
    if (!('geolocation' in navigator) || !index) {
      nearStatus.textContent = words.nearMeFailed;
      return;
    }
    nearStatus.textContent = words.nearMeBusy;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const here = { lat: position.coords.latitude, lng: position.coords.longitude };
        const ward = nearestWard(index!.municipalities, here);
        if (!ward) {
          nearStatus.textContent = words.nearMeFailed;
          return;
        }
        near = here;
        writeForm({ ...readForm(), ward: ward.slug });
        nearStatus.textContent = fillTemplate(words.nearMeFound, ward.name);
        void apply(readForm(), { keepNear: true });
      },
      () => {
        nearStatus.textContent = words.nearMeFailed;
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  });

  if (mapRoot) {
    const button = mapRoot.querySelector<HTMLButtonElement>('[data-map-show]')!;
    const canvas = mapRoot.querySelector<HTMLElement>('[data-map-canvas]')!;
    mapRoot.classList.add('interactive-map--ready');
    button.addEventListener(
      'click',
      async () => {
        button.hidden = true;
        canvas.hidden = false;
        try {
          const { createMapView } = await import('./institution-map');
          map = await createMapView(canvas, {
            url: mapRoot.dataset.tilesUrl ?? '',
            attribution: mapRoot.dataset.attribution ?? '',
            maxZoom: Number(mapRoot.dataset.maxZoom ?? 18),
            words,
            onOpen: (id) => {
              const item = findById(id);
              if (item) openCard(item);
            },
          });
          if (root.dataset.state === 'list') map.showFacilities(matches, filter.ward ? summaryOf(filter.ward)?.bounds : undefined, near);
          else showSummary();
          canvas.focus();
        } catch {
          canvas.hidden = true;
          mapRoot.querySelector<HTMLElement>('[data-map-failed]')!.hidden = false;
        }
      },
      { once: true },
    );
  }

  root.classList.add('finder--live');
  fetch(`${dataBase}index.json`)
    .then((response) => (response.ok ? (response.json() as Promise<InstitutionsIndex>) : Promise.reject(new Error(String(response.status)))))
    .then((data) => {
      index = data;
      const initial = filterFromQuery(location.search, wards(), institutionKinds);
      writeForm(initial);
      return apply(initial);
    })
    .catch(() => setStatus(words.loadFailed));
}

/** The 区市町村 whose facilities lie around a point: inside its bounds, nearest centre first; none farther than ≈20 km. */
export function nearestWard(municipalities: readonly MunicipalitySummary[], here: Near): MunicipalitySummary | undefined {
  const inside = (m: MunicipalitySummary) => here.lat >= m.bounds[0][0] && here.lat <= m.bounds[1][0] && here.lng >= m.bounds[0][1] && here.lng <= m.bounds[1][1];
  const d = (m: MunicipalitySummary) => (m.center[0] - here.lat) ** 2 + ((m.center[1] - here.lng) * Math.cos((here.lat * Math.PI) / 180)) ** 2;
  const sorted = [...municipalities].sort((a, b) => Number(inside(b)) - Number(inside(a)) || d(a) - d(b));
  const best = sorted[0];
  return best && (inside(best) || d(best) < 0.18 ** 2) ? best : undefined;
}
