/**
 * The video facade (VideoPlayer.astro): a link to YouTube until pressed, then the privacy-enhanced
 * player in its place. Nothing from YouTube loads before the press (third-party content only after a click).
 */
import { startAll } from './start';

/** Starts every facade on the page once (safe to call twice). */
export function startVideoFacades(): void {
  startAll('video-facade', startVideoFacade);
}

/**
 * Swaps the link for a real button (so Space works and screen readers hear "button"), and on
 * press puts the youtube-nocookie player in its place, playing.
 */
function startVideoFacade(root: HTMLElement): void {
  const link = root.querySelector<HTMLAnchorElement>('.player__facade');
  const { embedUrl, playerTitle, playLabel } = root.dataset;
  if (!link || !embedUrl) return;

  const button = document.createElement('button');
  // Copy class, aria-describedby and Astro's scoping attribute, so the scoped styles apply.
  for (const { name, value } of link.attributes) if (name !== 'href') button.setAttribute(name, value);
  button.type = 'button';
  button.append(...link.childNodes);
  const label = button.querySelector<HTMLElement>('[data-facade-label]');
  if (label && playLabel) label.textContent = playLabel;
  link.replaceWith(button);

  button.addEventListener('click', () => {
    const iframe = document.createElement('iframe');
    iframe.className = 'player__frame';
    iframe.src = embedUrl;
    if (playerTitle) iframe.title = playerTitle;
    iframe.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
    iframe.allowFullscreen = true;
    // YouTube refuses to play embeds that send no referrer.
    iframe.referrerPolicy = 'strict-origin-when-cross-origin';
    button.replaceWith(iframe);
    iframe.focus();
  }, { once: true });
}
