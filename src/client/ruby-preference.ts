/**
 * The furigana switch's remembered choice: one localStorage key ('on' or absent; the preference
 * stays in this browser) and the inline script that applies it. No imports, so the browser
 * module (src/client/ruby-toggle.ts) ships only these few bytes.
 */
export const rubyPreferenceKey = 'iryo-dx-navi:ruby';

/**
 * Runs before <main> is parsed, so furigana that was switched on is there on first paint (no
 * jump): marks that the switch can work (`ruby-switch`) and restores the choice (`ruby-on`).
 * Storage may be blocked; then the switch still works for the visit. Allowed by its hash
 * (BaseLayout.astro), never by 'unsafe-inline'.
 */
export const applyRubyPreference = `(function(d){d.classList.add('ruby-switch');try{if(localStorage.getItem('${rubyPreferenceKey}')==='on')d.classList.add('ruby-on')}catch(e){}})(document.documentElement)`;
