/**
 * WebVTT check for caption files beside a video entry, used by the build (a file a browser would
 * silently ignore stops it) and by the CMS before it saves an upload. The parsing is the W3C
 * validator's parser (`webvtt-parser`, as on quuz.org/webvtt), not a pattern: wrong header, an SRT
 * renamed .vtt, cues out of order or ending before they start are all found; its English
 * messages are put into Japanese here for editors.
 */
import webvtt from 'webvtt-parser';

const { WebVTTParser } = webvtt;

/** The parser's message → what an editor reads. Messages not listed keep a general sentence. */
const japanese: [RegExp, string][] = [
  [/^No valid signature/, '1行目が「WEBVTT」ではありません'],
  [/decimal separator|Milliseconds must be given in three digits/, '時刻の書式が正しくありません（00:00:01.500 のように秒とミリ秒を「.」で区切ります。SRT の「,」は使えません）'],
  [/^End timestamp is not greater than start timestamp/, '終了時刻が開始時刻より後になっていません'],
  [/^Start timestamp is not greater than or equal to start timestamp of previous cue/, '前の字幕より前の時刻から始まっています'],
  [/^Blank line missing before cue/, '字幕と字幕の間に空行がありません'],
  [/timestamp|Timestamp|digits|minutes|seconds|time unit/, '時刻の書式が正しくありません（00:00:01.500 --> 00:00:04.000 の形です）'],
];

/** Problems found, in Japanese, each with its line; an empty list means the file is usable. */
export function webVttProblems(text: string): string[] {
  const tree = new WebVTTParser().parse(text.replace(/^\uFEFF/, ''), 'subtitles');
  const problems = tree.errors
    // Header lines right under WEBVTT (`Kind: captions`, `Language: ja`, as YouTube and many
    // tools write them) are flagged by the validator, but every browser reads such files.
    .filter(({ message }) => !/^No blank line after the signature/.test(message))
    .map(({ message, line }) => {
      const wording = japanese.find(([pattern]) => pattern.test(message))?.[1] ?? 'WebVTT の書式に誤りがあります';
      return line <= 1 && wording.startsWith('1行目') ? wording : `${line}行目：${wording}`;
    });
  if (tree.cues.length === 0) problems.push('字幕（キュー）が1つもありません');
  return [...new Set(problems)];
}
