/**
 * Video length as ISO 8601 durations (what schema.org's VideoObject and <time datetime>
 * want) and as Japanese text for people (「1分30秒」).
 *
 * Only day/hour/minute/second parts are accepted: years, months and weeks have no fixed
 * length in seconds, and no video on this site lasts that long, so they mean a typo.
 */

/** Whole seconds, hours/minutes/seconds split; fractions round to the nearest second. */
function split(totalSeconds: number): { hours: number; minutes: number; seconds: number } {
  if (!Number.isFinite(totalSeconds) || totalSeconds < 0) throw new RangeError(`not a duration in seconds: ${totalSeconds}`);
  const whole = Math.round(totalSeconds);
  return { hours: Math.floor(whole / 3_600), minutes: Math.floor((whole % 3_600) / 60), seconds: whole % 60 };
}

/** 90 → 「1分30秒」, 45 → 「45秒」, 120 → 「2分」, 3725 → 「1時間2分5秒」, 0 → 「0秒」. */
export function formatDurationJa(totalSeconds: number): string {
  const { hours, minutes, seconds } = split(totalSeconds);
  const text = `${hours ? `${hours}時間` : ''}${minutes ? `${minutes}分` : ''}${seconds ? `${seconds}秒` : ''}`;
  return text || '0秒';
}

/** 90 → `PT1M30S`: the canonical form, for JSON-LD and <time datetime>. */
export function toIsoDuration(totalSeconds: number): string {
  const { hours, minutes, seconds } = split(totalSeconds);
  const text = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  return `PT${text || '0S'}`;
}
