/**
 * 気になるセミナー (SeminarShortlist.astro): sessions marked on their cards, kept in this browser's
 * localStorage only, and saved together as one calendar file. Hidden until this starts.
 */
import { mergeCalendars } from '../lib/seminars/ics-merge';
import { seminarUi } from '../lib/site/ui-strings';
import { startAll } from './start';

const STORAGE_KEY = 'iryo-dx-navi:seminar-shortlist';

const load = (): string[] => {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && /^[a-z0-9-]+$/.test(v)) : [];
  } catch {
    return [];
  }
};
const save = (slugs: string[]) => {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(slugs));
  } catch {
    // Private mode or full storage: the list still works until the page closes.
  }
};

/** Starts the shortlist panel once (safe to call twice). */
export function startSeminarShortlists(): void {
  startAll('seminar-shortlist', startShortlist);
}

function startShortlist(panel: HTMLElement): void {
  // The toggles sit on the session cards, outside the panel.
  const toggles = [...document.querySelectorAll<HTMLButtonElement>('[data-shortlist-toggle]')];
  const list = panel.querySelector<HTMLUListElement>('[data-shortlist-list]')!;
  const emptyNote = panel.querySelector<HTMLElement>('[data-shortlist-empty]')!;
  const actions = panel.querySelector<HTMLElement>('[data-shortlist-actions]')!;
  const error = panel.querySelector<HTMLElement>('[data-shortlist-error]')!;
  const known = new Set(toggles.map((b) => b.dataset.shortlistToggle));
  let slugs = load().filter((slug) => known.has(slug));

  const render = () => {
    list.replaceChildren(
      ...slugs.map((slug) => {
        const source = document.querySelector<HTMLAnchorElement>(`[data-seminar-item="${slug}"] a`);
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = source?.getAttribute('href') ?? `/seminars/${slug}/`;
        a.textContent = source?.textContent ?? slug;
        li.append(a);
        return li;
      }),
    );
    emptyNote.hidden = slugs.length > 0;
    actions.hidden = slugs.length === 0;
    for (const button of toggles) {
      const on = slugs.includes(button.dataset.shortlistToggle ?? '');
      button.setAttribute('aria-pressed', String(on));
      button.textContent = on ? seminarUi.shortlistRemove : seminarUi.shortlistAdd;
    }
  };

  for (const button of toggles) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const slug = button.dataset.shortlistToggle ?? '';
      slugs = slugs.includes(slug) ? slugs.filter((s) => s !== slug) : [...slugs, slug];
      save(slugs);
      render();
    });
  }
  panel.querySelector('[data-shortlist-clear]')?.addEventListener('click', () => {
    slugs = [];
    save(slugs);
    render();
  });
  panel.querySelector('[data-shortlist-export]')?.addEventListener('click', async () => {
    error.textContent = '';
    try {
      const files = await Promise.all(
        slugs.map(async (slug) => {
          const response = await fetch(`/seminars/${slug}.ics`);
          if (!response.ok) throw new Error(`${response.status}`);
          return response.text();
        }),
      );
      const blob = new Blob([mergeCalendars(files, seminarUi.shortlistHeading)], { type: 'text/calendar;charset=utf-8' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'kininaru-seminars.ics';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch {
      error.textContent = seminarUi.shortlistFailed;
    }
  });
  render();
  panel.hidden = false;
}
