/**
 * On the episode list: 続きから (page N) and 既読 for each episode, read from the same
 * localStorage keys the reader writes (resumeKey, readKey). Nothing leaves the device.
 */
import { episodeProgress, pageAddress, readKey, resumeKey } from '../../lib/manga/manga';
import type { BrowserStrings } from '../../i18n/browser-strings';
import { fillTemplate, readStrings } from '../page-strings';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked: the list simply shows no progress
  }
}

/** Each [data-manga-progress] holder carries the words (data-strings) and its episode's address (data-href). */
export function startEpisodeProgress(): void {
  for (const holder of document.querySelectorAll<HTMLElement>('[data-manga-progress]:not(.is-enhanced)')) {
    holder.classList.add('is-enhanced');
    const slug = holder.dataset.slug ?? '';
    const total = Number(holder.dataset.total ?? 0);
    const words = readStrings<BrowserStrings<'mangaProgress'>>(holder);
    const { resumePage, read: done } = episodeProgress(read(resumeKey(slug)), read(readKey(slug)), total);
    const parts: HTMLElement[] = [];
    if (done) {
      const mark = document.createElement('span');
      mark.className = 'episode-read';
      mark.textContent = words.progressRead;
      parts.push(mark);
    }
    if (resumePage !== undefined) {
      const link = document.createElement('a');
      link.href = `${holder.dataset.href ?? `/manga/${slug}/`}${pageAddress(resumePage)}`;
      link.className = 'episode-resume';
      link.textContent = fillTemplate(words.progressResume, resumePage + 1);
      parts.push(link);
    }
    if (parts.length === 0) continue;
    holder.replaceChildren(...parts);
    holder.hidden = false;
  }
}
