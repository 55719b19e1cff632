/**
 * The few scripts that must run inline (before first paint, to set the `js` class) are
 * allowed by their hash in the page's CSP, never by 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';

/** CSP source expression for an inline script, e.g. `sha256-…=`. */
export function cspScriptHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

/** Adds the `js` class that CSS uses to style the enhanced state (GOV.UK's js-enabled pattern). */
export const markJsEnabled = "document.documentElement.classList.add('js')";

/**
 * Swiper 14 needs Safari 16.4+/Chrome 110+: older browsers drop the `js` class again and
 * keep the readable no-JavaScript page list.
 */
export const requireModernBrowser =
  "if(!('toSorted'in Array.prototype&&CSS.supports('width','1lh')))document.documentElement.classList.remove('js')";
