/**
 * On the episode list: 続きから (page N) and 既読 for each episode, read from the same
 * localStorage keys the reader writes (resumeKey, readKey). Nothing leaves the device.
 */
import { episodeProgress, pageAddress, readKey, resumeKey } from '../../lib/manga/manga';
import { mangaUi } from '../../lib/site/ui-strings';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked: the list simply shows no progress
  }
}

export function startEpisodeProgress(): void {
  for (const holder of document.querySelectorAll<HTMLElement>('[data-manga-progress]:not(.is-enhanced)')) {
    holder.classList.add('is-enhanced');
    const slug = holder.dataset.slug ?? '';
    const total = Number(holder.dataset.total ?? 0);
    const { resumePage, read: done } = episodeProgress(read(resumeKey(slug)), read(readKey(slug)), total);
    const parts: HTMLElement[] = [];
    if (done) {
      const mark = document.createElement('span');
      mark.className = 'episode-read';
      mark.textContent = mangaUi.progressRead;
      parts.push(mark);
    }
    if (resumePage !== undefined) {
      const link = document.createElement('a');
      link.href = `/manga/${slug}/${pageAddress(resumePage)}`;
      link.className = 'episode-resume';
      link.textContent = mangaUi.progressResume(resumePage + 1);
      parts.push(link);
    }
    if (parts.length === 0) continue;
    holder.replaceChildren(...parts);
    holder.hidden = false;
  }
}
