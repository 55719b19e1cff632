/**
 * 「リンクをコピー」 on the share component: copies the page URL (with the campaign's utm_*) to
 * the clipboard and says so in a live region. The button is `hidden` in the HTML and shown only
 * here, so without JavaScript or the Clipboard API nobody meets a button that does nothing.
 */
function startCopyLink(root: HTMLElement) {
  const button = root.querySelector<HTMLButtonElement>('[data-copy-link]');
  const status = root.querySelector<HTMLElement>('[data-copy-status]');
  const { url, copied, failed } = button?.dataset ?? {};
  if (!button || !status || !url || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = copied ?? '';
    } catch {
      status.textContent = failed ?? '';
    }
  });
}

/** Starts every share component on the page once (govuk-frontend's createAll pattern). */
export function startCopyLinks() {
  for (const root of document.querySelectorAll<HTMLElement>('[data-module="share-links"]')) {
    if (root.dataset.started) continue;
    root.dataset.started = 'true';
    startCopyLink(root);
  }
}
