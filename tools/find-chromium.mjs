// Finds Debian's Chromium for the browser tests, installing it with apt-get when we are root, and
// makes sure it has a Japanese font (Debian's fonts-noto-cjk). Never downloads a browser build of
// its own (`playwright install` cannot work here).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

const found = () => [process.env.CHROMIUM_PATH, ...candidates].find((path) => path && existsSync(path));

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * The font families fontconfig has for Japanese (`fc-list :lang=ja`), or undefined when fc-list
 * cannot be run (then nothing is installed on a guess).
 * @returns {string[] | undefined}
 */
export function japaneseFontFamilies() {
  try {
    return execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').filter(Boolean);
  } catch {
    return undefined;
  }
}

let fontChecked = false;
/**
 * A Chromium without a Japanese font draws every kana and kanji as a box: the booklet PDFs come
 * out unreadable, the 320 px and 200 % checks measure boxes instead of glyphs, and each page's
 * layout looks for a fallback font glyph by glyph (the every-page sweep took ≈ 18 % longer, issue
 * 23). Installed with apt-get like Chromium itself when we are root; otherwise one line says how
 * (the booklet's font test then fails with the same command).
 */
export function ensureJapaneseFont({ install = true, log = console.log } = {}) {
  if (fontChecked) return;
  fontChecked = true;
  const families = japaneseFontFamilies();
  if (!families || families.length) return;
  if (!install || !isRoot() || !existsSync('/usr/bin/apt-get')) {
    log('No Japanese font for Chromium (fc-list :lang=ja is empty): Japanese text is drawn as boxes. Install one: sudo apt-get install -y fonts-noto-cjk');
    return;
  }
  log('No Japanese font for Chromium: installing the Debian package fonts-noto-cjk (apt-get)…');
  try {
    aptGetInstall(['fonts-noto-cjk'], { update: false });
  } catch (error) {
    log(`fonts-noto-cjk could not be installed (${/** @type {Error} */ (error).message.split('\n')[0]}); Japanese text is drawn as boxes.`);
  }
}

/**
 * `apt-get install` of Debian packages, unattended. `update: true` refreshes the package lists
 * first; `false` tries without and refreshes only when the install fails (lists missing or stale).
 * @param {string[]} packages @param {{ update: boolean }} options
 */
function aptGetInstall(packages, { update }) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const refresh = () => execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = () => execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  if (update) refresh();
  try {
    install();
  } catch (error) {
    if (update) throw error;
    refresh();
    install();
  }
}

/** Returns the path of a Chromium binary, or throws an Error that says what to do. */
export function findChromium({ install = true, log = console.log } = {}) {
  const existing = found();
  if (existing) {
    ensureJapaneseFont({ install, log });
    return existing;
  }
  const root = isRoot();
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!install || !root || !hasApt) {
    throw new Error(
      [
        'ブラウザテストに必要な Chromium が見つかりません / Chromium not found for the browser tests.',
        root ? 'apt-get is not available on this machine.' : 'Run as root, or install it yourself:',
        '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk',
        'or set CHROMIUM_PATH to an existing Chromium or Chrome binary.',
      ].join('\n'),
    );
  }
  log('Chromium is missing: installing Debian packages chromium and fonts-noto-cjk (apt-get)…');
  aptGetInstall(['chromium', 'fonts-noto-cjk'], { update: true });
  const installed = found();
  if (!installed) throw new Error('apt-get finished but no Chromium binary appeared in /usr/bin.');
  return installed;
}
