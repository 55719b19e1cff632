/**
 * The one start-up for browser code, in the govuk-frontend manner: a component's root element
 * carries data-module="<name>", and startAll(name, init) runs init once per such element,
 * marking it data-<name>-init. So it is safe to call twice (two scripts on one page, a script
 * re-run after navigation) and starts elements added later on the next call. One component
 * that fails to start is reported and does not stop the others.
 */
export function startAll<E extends HTMLElement = HTMLElement>(name: string, init: (root: E) => void, scope: ParentNode = document): E[] {
  const marker = `data-${name}-init`;
  const started: E[] = [];
  for (const root of scope.querySelectorAll<E>(`[data-module="${name}"]`)) {
    if (root.hasAttribute(marker)) continue;
    root.setAttribute(marker, '');
    try {
      init(root);
      started.push(root);
    } catch (error) {
      // Unmarked again, so a later call can retry; the page keeps its no-JavaScript content.
      root.removeAttribute(marker);
      console.error(`${name}: could not start`, error);
    }
  }
  return started;
}
