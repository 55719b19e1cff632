// Validates built HTML with the W3C Nu Html Checker (vnu-jar from npm, run on the machine's Java).
// Returns { available: false, reason } where no Java runtime exists, so callers can say so plainly.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** @returns {boolean} */
export function javaAvailable() {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return probe.status === 0;
}

/**
 * One short run, so the JVM is tuned for start-up, not for peak speed (issue 23): C1 compiles
 * only (C2's optimising compiler spent more CPU than the checking itself) and the serial
 * collector (no GC threads competing with the browser tests beside it). Over the sample site's
 * dist/: 19.5 → 7.1 CPU-s, 10.2 → 6.0 s, the same report. C1's frames are larger, so the stack
 * vnu needs for its schema (≥ 512 KB with C2; 1 MB overflowed with C1 alone) is 8 MB.
 */
const jvmFlags = ['-Xss8m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/**
 * The errors of `validateHtml` that belong to one of its targets (a file or folder), so one run
 * can check several: each run pays the JVM's start.
 * @template {{ url: string }} E
 * @param {E[]} errors @param {string} target
 * @returns {E[]}
 */
export function errorsIn(errors, target) {
  const root = path.resolve(target);
  // vnu names each file by a file: URL (`file:/work/…`): compared as a path, not as text.
  return errors.filter((error) => {
    const relative = path.relative(root, fileURLToPath(error.url));
    return !relative.startsWith('..') && !path.isAbsolute(relative);
  });
}

/** @param {string[]} targets files or folders @returns {{ available: boolean, reason?: string, errors: { url: string, line?: number | undefined, message: string, extract?: string | undefined }[] }} */
export function validateHtml(targets) {
  if (!javaAvailable()) return { available: false, reason: 'no Java runtime (`java` not on PATH): the W3C Nu validator cannot run here', errors: [] };
  const jar = /** @type {string} */ (require('vnu-jar'));
  const result = spawnSync('java', [...jvmFlags, '-jar', jar, '--format', 'json', '--errors-only', '--skip-non-html', ...targets], {
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
