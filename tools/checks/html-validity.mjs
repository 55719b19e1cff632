// Validates built HTML with the W3C Nu Html Checker (vnu-jar from npm, run on the machine's Java).
// Returns { available: false, reason } where no Java runtime exists, so callers can say so plainly.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @returns {boolean} */
export function javaAvailable() {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return probe.status === 0;
}

/** @param {string[]} targets files or folders @returns {{ available: boolean, reason?: string, errors: { url: string, line?: number | undefined, message: string, extract?: string | undefined }[] }} */
export function validateHtml(targets) {
  if (!javaAvailable()) return { available: false, reason: 'no Java runtime (`java` not on PATH): the W3C Nu validator cannot run here', errors: [] };
  const jar = /** @type {string} */ (require('vnu-jar'));
  const result = spawnSync('java', ['-Xss1024k', '-jar', jar, '--format', 'json', '--errors-only', '--skip-non-html', ...targets], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // vnu writes its JSON report to stderr and exits 1 when it found errors.
  /** @type {{ messages: { type: string, subType?: string, url: string, lastLine?: number, message: string, extract?: string }[] }} */
  const report = JSON.parse(result.stderr || result.stdout || '{"messages":[]}');
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => ({ url: m.url, line: m.lastLine, message: m.message, extract: m.extract }));
  return { available: true, errors };
}
