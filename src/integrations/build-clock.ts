/**
 * The build clock: the one "now" of a build. Every build-time reader of the date (seminar and
 * video status, calendar DTSTAMP, the footer year) asks buildTime(), so two builds of one
 * commit with the same clock are byte-identical. It comes from BUILD_TIME (ISO 8601 with an
 * offset, or seconds since 1970 as in SOURCE_DATE_EPOCH), else the commit time of HEAD; a
 * scheduled rebuild that should move "now" forward sets BUILD_TIME.
 * Browser code keeps using the visitor's clock (statuses refresh on the page).
 */
import { execFileSync } from 'node:child_process';

export class BuildTimeError extends Error {}

/** Reads a BUILD_TIME value; throws a Japanese message naming the variable when it is not a time. */
export function parseBuildTime(value: string): Date {
  const text = value.trim();
  const date = /^\d+$/.test(text) ? new Date(Number(text) * 1000) : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) ? new Date(text) : new Date(NaN);
  if (Number.isNaN(date.getTime())) {
    throw new BuildTimeError(`環境変数 BUILD_TIME「${value}」は日時として読めません。2026-07-09T19:00:00+09:00 のような ISO 8601（時差つき）か、1970年からの秒数で指定してください。`);
  }
  return date;
}

/** The commit time of HEAD in `cwd`, or undefined outside a git checkout. */
export function commitTime(cwd = process.cwd()): Date | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return out ? new Date(out) : undefined;
  } catch {
    return undefined;
  }
}

/** The clock from an environment: BUILD_TIME, else the commit time, else (no git, no variable) the wall clock. */
export function resolveBuildTime(env: Readonly<Record<string, string | undefined>>, cwd?: string): { time: Date; source: 'BUILD_TIME' | 'commit' | 'wall clock' } {
  const fromEnv = env['BUILD_TIME'];
  if (fromEnv) return { time: parseBuildTime(fromEnv), source: 'BUILD_TIME' };
  const commit = commitTime(cwd);
  if (commit) return { time: commit, source: 'commit' };
  return { time: new Date(), source: 'wall clock' };
}

let memo: Date | undefined;

/** The build's "now", read once per process (a copy is returned so no caller can move it). */
export function buildTime(): Date {
  memo ??= resolveBuildTime(process.env).time;
  return new Date(memo.getTime());
}
