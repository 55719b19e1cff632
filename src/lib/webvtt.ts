/**
 * Minimal WebVTT check for caption files beside a video entry: the build should stop on a
 * file that a browser would silently ignore (wrong header, no cues, or an SRT renamed .vtt,
 * whose times use a comma).
 */
const cueTiming = /^(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}[ \t]+-->[ \t]+(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}(?:[ \t].*)?$/;

/** Problems found, in Japanese for the CMS user; an empty list means the file is usable. */
export function webVttProblems(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: string[] = [];
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) problems.push('1行目が「WEBVTT」ではありません');
  const timings = lines.filter((line) => line.includes('-->'));
  if (timings.length === 0) problems.push('字幕（キュー）が1つもありません');
  const bad = timings.filter((line) => !cueTiming.test(line.trim()));
  if (bad.length) problems.push(`時刻の書式が正しくない行があります: ${bad[0]}`);
  return problems;
}
