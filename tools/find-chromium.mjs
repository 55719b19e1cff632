// Finds Debian's Chromium for the browser tests, installing it with apt-get when we are root.
// Never downloads a browser build of its own (`playwright install` cannot work here).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

const found = () => [process.env.CHROMIUM_PATH, ...candidates].find((path) => path && existsSync(path));

/** Returns the path of a Chromium binary, or throws an Error that says what to do. */
export function findChromium({ install = true, log = console.log } = {}) {
  const existing = found();
  if (existing) return existing;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!install || !isRoot || !hasApt) {
    throw new Error(
      [
        'ブラウザテストに必要な Chromium が見つかりません / Chromium not found for the browser tests.',
        isRoot ? 'apt-get is not available on this machine.' : 'Run as root, or install it yourself:',
        '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk',
        'or set CHROMIUM_PATH to an existing Chromium or Chrome binary.',
      ].join('\n'),
    );
  }
  log('Chromium is missing: installing Debian packages chromium and fonts-noto-cjk (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  const installed = found();
  if (!installed) throw new Error('apt-get finished but no Chromium binary appeared in /usr/bin.');
  return installed;
}
