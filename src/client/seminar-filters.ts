/**
 * The filters on /seminars/ (SeminarFilters.astro), hidden until this starts. The state lives in
 * the URL query, pushed as a history entry per change so Back undoes it; each option shows how
 * many sessions it would give, and an option that would give none is disabled.
 */
import { filterKeys, filterQuery, matchesFilter, optionCounts, parseFilterQuery, upcomingMonths, type FilterableSession, type FilterState } from '../lib/seminars/filter';
import { refreshStatuses } from './seminar-status';
import { registrationStatuses } from '../lib/seminars/status';
import { tokyoMonthKey } from '../lib/seminars/sessions';
import { startAll } from './start';

/** Starts the filter panel once (safe to call twice). */
export function startSeminarFilters(): void {
  startAll('seminar-filters', startSeminarFilter);
}

function startSeminarFilter(panel: HTMLElement): void {
  const form = panel.querySelector('form');
  if (!form) return;
  const selects = Object.fromEntries(filterKeys.map((key) => [key, form.elements.namedItem(key) as HTMLSelectElement])) as Record<(typeof filterKeys)[number], HTMLSelectElement>;
  const openOnly = form.elements.namedItem('open') as HTMLInputElement;
  const items = [...document.querySelectorAll<HTMLElement>('[data-seminar-item]')];
  const count = panel.querySelector<HTMLElement>('[data-filter-count]')!;
  const empty = panel.querySelector<HTMLElement>('[data-filter-empty]')!;
  const archiveList = document.querySelector('[data-seminar-archive] ul');

  // Options keep their plain label so the count can be rewritten on every change.
  for (const select of Object.values(selects)) for (const option of select.options) option.dataset.label = option.textContent ?? '';
  // Past months are not offered.
  const thisMonth = tokyoMonthKey(new Date());
  for (const option of [...selects.month.options]) if (option.value && !upcomingMonths([option.value], thisMonth).length) option.remove();

  const readForm = (): FilterState => ({
    kind: selects.kind.value,
    format: selects.format.value,
    topic: selects.topic.value,
    month: selects.month.value,
    audience: selects.audience.value,
    openOnly: openOnly.checked,
  });
  const writeForm = (state: FilterState) => {
    for (const key of filterKeys) {
      const select = selects[key];
      // A value from a shared URL that this build no longer offers falls back to すべて.
      select.value = [...select.options].some((o) => o.value === state[key]) ? state[key] : '';
    }
    openOnly.checked = state.openOnly;
  };
  const sessionOf = (item: HTMLElement): FilterableSession => ({
    kind: item.dataset.kind ?? '',
    format: item.dataset.format ?? '',
    topic: item.dataset.topic ?? '',
    months: (item.dataset.months ?? '').split(' ').filter(Boolean),
    audiences: (item.dataset.audiences ?? '').split(' ').filter(Boolean),
    status: registrationStatuses.find((s) => s === item.dataset.status) ?? 'closed',
  });

  const apply = (state: FilterState) => {
    refreshStatuses(document, new Date());
    // A session that ended after the build moves to the archive (newest first), as the build would have put it.
    for (const item of items) {
      if (item.dataset.status === 'ended' && archiveList && !archiveList.contains(item)) {
        archiveList.prepend(item);
        archiveList.closest<HTMLElement>('[data-seminar-archive]')!.hidden = false;
      }
    }
    const sessions = items.map(sessionOf);
    let shown = 0;
    items.forEach((item, i) => {
      const match = matchesFilter(sessions[i]!, state);
      item.hidden = !match;
      if (match) shown += 1;
    });
    for (const key of filterKeys) {
      const select = selects[key];
      const counts = optionCounts(sessions, state, key, [...select.options].map((o) => o.value).filter(Boolean));
      for (const option of select.options) {
        if (!option.value) continue;
        const n = counts.get(option.value) ?? 0;
        option.textContent = `${option.dataset.label}（${n}件）`;
        // An option that would show nothing cannot be chosen, unless it is the current choice.
        option.disabled = n === 0 && select.value !== option.value;
      }
    }
    // Hide a group whose sessions are all filtered out, so headings never introduce nothing.
    for (const group of document.querySelectorAll<HTMLElement>('[data-seminar-group]')) {
      group.hidden = !group.querySelector('[data-seminar-item]:not([hidden])');
    }
    count.textContent = (count.dataset.template ?? '{n}').replace('{n}', String(shown));
    empty.hidden = shown > 0;
  };
  const update = () => {
    const state = readForm();
    const url = `${location.pathname}${filterQuery(state)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
    apply(state);
  };

  writeForm(parseFilterQuery(location.search));
  apply(readForm());
  panel.hidden = false;
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  // The reset event fires before the controls change; read them once they have.
  form.addEventListener('reset', () => setTimeout(update));
  // Back and Forward restore the filters of that history entry.
  window.addEventListener('popstate', () => {
    writeForm(parseFilterQuery(location.search));
    apply(readForm());
  });
}
