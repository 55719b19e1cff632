/**
 * The furigana switch: a toggle button (aria-pressed) that shows or hides every page's ruby
 * readings by a class on <html>, and remembers the choice in localStorage (nothing leaves the
 * browser). Other tabs of the site follow the change through the storage event.
 */
import { rubyPreferenceKey } from './ruby-preference';

const root = document.documentElement;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function show(on: boolean, buttons: readonly HTMLButtonElement[]) {
  root.classList.toggle('ruby-on', on);
  for (const button of buttons) button.setAttribute('aria-pressed', String(on));
}

export function startRubyToggles(buttons: readonly HTMLButtonElement[]) {
  if (buttons.length === 0) return;
  show(root.classList.contains('ruby-on'), buttons);
  for (const button of buttons) {
    if (button.dataset.rubyStarted) continue;
    button.dataset.rubyStarted = '';
    button.addEventListener('click', () => {
      const on = !root.classList.contains('ruby-on');
      show(on, buttons);
      try {
        if (on) storage()?.setItem(rubyPreferenceKey, 'on');
        else storage()?.removeItem(rubyPreferenceKey);
      } catch {
        // Storage full or blocked: the choice holds for this page.
      }
    });
  }
  window.addEventListener('storage', (event) => {
    if (event.key === rubyPreferenceKey || event.key === null) show(event.newValue === 'on', buttons);
  });
}
