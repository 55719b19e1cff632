/**
 * Files that sit beside a video entry but are not images (captions, MP4), which `image()`
 * cannot check. A name in the frontmatter that matches no file, or a caption file that is
 * not WebVTT, stops the build naming the entry and the field.
 *
 * Captions are served by the endpoint /videos/<slug>/captions.vtt rather than as a Vite
 * asset: Vite would inline a small .vtt as a data: URL, which a strict CSP (media-src)
 * blocks and which makes a poor download link.
 */
import { webVttProblems } from '../lib/videos/webvtt';
import { missingBesideFileMessage } from '../schemas/messages';

// no-inline: Vite would turn a small file into a data: URL.
const mp4Urls = import.meta.glob<string>('/src/content/videos/*/*.mp4', { query: '?url&no-inline', import: 'default', eager: true });
const captionTexts = import.meta.glob<string>('/src/content/videos/*/*.vtt', { query: '?raw', import: 'default', eager: true });

const entryFile = (id: string) => `src/content/videos/${id}/index.md`;

export function videoFileUrl(id: string, name: string): string {
  const url = mp4Urls[`/src/content/videos/${id}/${name}`];
  if (!url) throw new Error(missingBesideFileMessage(entryFile(id), 'videoFile', name));
  return url;
}

/** The WebVTT text of an entry's caption file, checked. */
export function captionsText(id: string, name: string): string {
  const text = captionTexts[`/src/content/videos/${id}/${name}`];
  if (text === undefined) throw new Error(missingBesideFileMessage(entryFile(id), 'captions', name));
  const problems = webVttProblems(text);
  if (problems.length) throw new Error(`${entryFile(id)}: captions: ${name} は WebVTT として読めません（${problems.join('、')}）`);
  return text;
}

/** Where the page links the captions: checked first, so a broken file fails the build. */
export function captionsUrl(id: string, name: string): string {
  captionsText(id, name);
  return `/videos/${id}/captions.vtt`;
}
