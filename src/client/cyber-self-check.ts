/**
 * Keeps the cybersecurity self-check's ticks in this browser only (localStorage): restored
 * on load, saved on every change, never sent. Without storage (private mode, blocked) the
 * checkboxes still work for the visit.
 */
import { readSavedTicks } from '../lib/support/cybersecurity';
import { startAll } from './start';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function startSelfCheck(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('[data-self-check-form]');
  const progress = root.querySelector<HTMLElement>('[data-self-check-progress]');
  const print = root.querySelector<HTMLButtonElement>('[data-self-check-print]');
  const clear = root.querySelector<HTMLButtonElement>('[data-self-check-clear]');
  const key = root.dataset.storageKey;
  if (!form || !progress || !print || !clear || !key) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const store = storage();

  const update = () => {
    const done = boxes.filter((box) => box.checked).length;
    progress.textContent = `全${boxes.length}項目のうち${done}項目を確認済みです。`;
  };
  const save = () => {
    const ticked = boxes.filter((box) => box.checked).map((box) => box.name);
    try {
      if (ticked.length === 0) store?.removeItem(key);
      else store?.setItem(key, JSON.stringify(ticked));
    } catch {
      // Storage full or blocked: the ticks stay on the page for this visit.
    }
  };

  let saved: string | null = null;
  try {
    saved = store?.getItem(key) ?? null;
  } catch {
    saved = null;
  }
  const ticks = readSavedTicks(saved);
  for (const box of boxes) box.checked = ticks.has(box.name);
  update();

  form.addEventListener('change', () => {
    save();
    update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  clear.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    save();
    update();
  });
  print.addEventListener('click', () => window.print());
  print.hidden = false;
  clear.hidden = false;
}

/** Starts every self-check on the page once. */
export function startCyberSelfChecks() {
  startAll('cyber-self-check', startSelfCheck);
}
