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

/** localStorage key of the furigana switch; the value is 'on' or absent (the preference stays in this browser). */
export const rubyPreferenceKey = 'iryo-dx-navi:ruby';

/**
 * Runs before <main> is parsed, so furigana that was switched on is there on first paint (no
 * jump): marks that the switch can work (`ruby-switch`) and restores the choice (`ruby-on`).
 * Storage may be blocked; then the switch still works for the visit.
 */
export const applyRubyPreference = `(function(d){d.classList.add('ruby-switch');try{if(localStorage.getItem('${rubyPreferenceKey}')==='on')d.classList.add('ruby-on')}catch(e){}})(document.documentElement)`;
