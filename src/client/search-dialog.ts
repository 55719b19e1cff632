/**
 * The header's search dialog (SearchDialog.astro): opened by the header's search button, 「/」 or
 * Ctrl/⌘+K; the search UI and Pagefind load only when it first opens. Without JavaScript (or
 * without <dialog>) the header's link to /search/ is the way in.
 */
import { startAll } from './start';

/** Starts the dialog once per page (safe to call twice). */
export function startSearchDialogs(): void {
  startAll<HTMLDialogElement>('search-dialog', startSearchDialog);
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

function startSearchDialog(dialog: HTMLDialogElement): void {
  const root = dialog.querySelector<HTMLElement>('[data-search-root]');
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  if (!root || !input || typeof dialog.showModal !== 'function') return;
  let started = false;
  const open = () => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    if (!started) {
      started = true;
      // Only now: the search UI chunk, then Pagefind (see search-ui.ts).
      void import('./search-ui').then(({ startSearch, loadPagefind }) => {
        startSearch(root, { mode: 'dialog' });
        void loadPagefind().catch(() => undefined);
      });
    }
  };
  for (const button of document.querySelectorAll('[data-search-open]')) button.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === '/' && !typing(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k');
    if (shortcut && !dialog.open) {
      event.preventDefault();
      open();
    }
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // Esc closes at once: in a filled type=search box the browser would only clear the text.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  // A click on the backdrop (the dialog box itself, outside the inner panel) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
