/** The part of `webvtt-parser` (W3C's WebVTT validator, CommonJS without types) that src/lib/videos/webvtt.ts uses. */
declare module 'webvtt-parser' {
  interface ParseResult {
    cues: { startTime: number; endTime: number; text: string }[];
    errors: { message: string; line: number; col?: number }[];
  }
  const webvtt: { WebVTTParser: new () => { parse(input: string, mode?: 'subtitles' | 'chapters' | 'metadata'): ParseResult } };
  export default webvtt;
}
