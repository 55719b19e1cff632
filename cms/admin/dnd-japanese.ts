/**
 * Japanese for the screen-reader text of Decap's drag-and-drop lists. Decap renders dnd-kit's
 * DndContext without its `announcements` / `screenReaderInstructions` props, so the English
 * defaults ("To pick up a draggable item, press the space bar…", "Picked up draggable item 3.")
 * cannot be configured; they are translated in place as dnd-kit writes them into its hidden
 * elements (#DndDescribedBy-N, #DndLiveRegion-N). The same watcher words react-select's
 * "Remove <value>" buttons.
 */
const phrases: [RegExp, (...groups: string[]) => string][] = [
  [/^\s*To pick up a draggable item/, () => 'スペースキーで項目をつかみ、上下の矢印キーで動かし、もう一度スペースキーで置きます。Esc キーで取り消します。'],
  [/^Picked up draggable item (.+)\.$/, (item) => `項目 ${item} をつかみました。`],
  [/^Draggable item (.+) was moved over droppable area (.+)\.$/, (item, over) => `項目 ${item} を ${over} の位置へ動かしました。`],
  [/^Draggable item (.+) is no longer over a droppable area\.$/, (item) => `項目 ${item} は置ける位置から外れています。`],
  [/^Draggable item (.+) was dropped over droppable area (.+)$/, (item, over) => `項目 ${item} を ${over} の位置に置きました。`],
  [/^Dragging was cancelled\. Draggable item (.+) was dropped\.$/, (item) => `移動を取り消しました。項目 ${item} を元の位置に戻しました。`],
  [/^Draggable item (.+) was dropped\.$/, (item) => `項目 ${item} を置きました。`],
];

export function japaneseDndText(text: string): string | undefined {
  for (const [pattern, wording] of phrases) {
    const match = pattern.exec(text);
    if (match) return wording(...match.slice(1));
  }
  return undefined;
}

/**
 * react-select (Decap's select widget) labels the × of each chosen value of a multiple select
 * "Remove <value>", with no option to word it: translated in place like dnd-kit's text.
 */
export function japaneseAriaLabel(label: string): string | undefined {
  const remove = /^Remove (.+)$/.exec(label);
  return remove ? `「${remove[1]}」を外す` : undefined;
}

const labelled = '[aria-label^="Remove "]';

function translateLabel(element: Element) {
  const japanese = japaneseAriaLabel(element.getAttribute('aria-label') ?? '');
  if (japanese !== undefined) element.setAttribute('aria-label', japanese);
}

function translate(element: Element) {
  const japanese = japaneseDndText(element.textContent ?? '');
  if (japanese !== undefined && japanese !== element.textContent) element.textContent = japanese;
}

/** Watches the page for dnd-kit's hidden elements and keeps their text Japanese. */
export function translateDndAnnouncements(root: Node = document.body) {
  const selector = '[id^="DndDescribedBy"], [id^="DndLiveRegion"]';
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') {
        if (mutation.target instanceof Element) translateLabel(mutation.target);
        continue;
      }
      for (const node of mutation.addedNodes) {
        if (node instanceof Element) (node.matches(labelled) ? [node] : [...node.querySelectorAll(labelled)]).forEach(translateLabel);
      }
      const target = mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
      const region = target?.closest(selector);
      if (region) translate(region);
      for (const node of mutation.addedNodes) {
        if (node instanceof Element) (node.matches(selector) ? [node] : [...node.querySelectorAll(selector)]).forEach(translate);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label'] });
  document.querySelectorAll(selector).forEach(translate);
  document.querySelectorAll(labelled).forEach(translateLabel);
}
