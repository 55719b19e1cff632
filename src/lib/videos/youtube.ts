/**
 * YouTube URLs. Only the privacy-enhanced host (youtube-nocookie.com) is embedded, and only
 * after the viewer presses play; the watch URL is the no-JavaScript fallback link.
 */
import { youtubeIdPattern } from '../../schemas/vocabularies';

/**
 * The embed URL the facade loads on play. `autoplay=1` because the press was the request
 * to play; captions on (`cc_load_policy=1`) in Japanese; `rel=0` keeps suggestions to this
 * channel; `playsinline=1` stops iOS jumping to full screen.
 */
export function youtubeEmbedUrl(id: string, { autoplay = false }: { autoplay?: boolean } = {}): string {
  if (!youtubeIdPattern.test(id)) throw new Error(`not a YouTube video id: ${id}`);
  const url = new URL(`https://www.youtube-nocookie.com/embed/${id}`);
  if (autoplay) url.searchParams.set('autoplay', '1');
  url.searchParams.set('cc_load_policy', '1');
  url.searchParams.set('cc_lang_pref', 'ja');
  url.searchParams.set('hl', 'ja');
  url.searchParams.set('rel', '0');
  url.searchParams.set('playsinline', '1');
  return url.href;
}

export function youtubeWatchUrl(id: string): string {
  if (!youtubeIdPattern.test(id)) throw new Error(`not a YouTube video id: ${id}`);
  return `https://www.youtube.com/watch?v=${id}`;
}
