/**
 * Pure helpers for the manga reader and episode pages: how pages pair into spreads,
 * what the counter says, where to resume, which images to preload, and the links
 * around an episode. No DOM, no clock: the reader script and the pages call these.
 */

import { firstHalf, secondHalf, type Direction, type PageLayout } from '../../schemas/vocabularies';

export type { Direction, PageLayout };

/**
 * Groups page indices into what a wide screen shows side by side. The cover (page 0)
 * stands alone; declared spread halves always go together; other pages pair in order,
 * except that a single page never pairs with the first half of a declared spread (which
 * is how other readers end up "off by one").
 */
export function spreadGroups(layouts: readonly PageLayout[], direction: Direction): number[][] {
  if (layouts.length === 0) return [];
  const groups: number[][] = [[0]];
  let i = 1;
  while (i < layouts.length) {
    const here = layouts[i];
    const next = layouts[i + 1];
    if (here === firstHalf(direction) && next === secondHalf(direction)) {
      groups.push([i, i + 1]);
      i += 2;
    } else if (here === 'single' && next === 'single') {
      groups.push([i, i + 1]);
      i += 2;
    } else {
      groups.push([i]);
      i += 1;
    }
  }
  return groups;
}

/** One group per page, for narrow screens. */
export const singleGroups = (count: number): number[][] => Array.from({ length: count }, (_, i) => [i]);

/** Index of the group that shows a page. */
export const groupOfPage = (groups: readonly number[][], page: number): number => Math.max(0, groups.findIndex((g) => g.includes(page)));

/** 「3 / 12」 for one page, 「2–3 / 12」 for a spread (1-based page numbers). */
export function pageCounter(pages: readonly number[], total: number): string {
  const first = (pages[0] ?? 0) + 1;
  const last = (pages[pages.length - 1] ?? 0) + 1;
  return `${first === last ? first : `${first}–${last}`} / ${total}`;
}

/** Share of the episode read once these pages are shown, 0–1. */
export const progressRatio = (pages: readonly number[], total: number): number =>
  total <= 0 ? 0 : Math.min(1, ((pages[pages.length - 1] ?? 0) + 1) / total);

/** localStorage key for the page a reader stopped at. */
export const resumeKey = (slug: string): string => `iryo-dx-navi:manga:${slug}:page`;

/** The stored page index if it is a page of this episode, else 0 (start at the cover). */
export function parseResume(stored: string | null | undefined, total: number): number {
  if (!stored || !/^\d+$/.test(stored)) return 0;
  const index = Number(stored);
  return index < total ? index : 0;
}

/** Pages to load ahead: the `ahead` pages after the last one shown, never behind. */
export function preloadPages(shown: readonly number[], total: number, ahead = 2): number[] {
  const last = shown[shown.length - 1] ?? 0;
  const out: number[] = [];
  for (let i = last + 1; i < total && out.length < ahead; i += 1) out.push(i);
  return out;
}

export interface EpisodeRef {
  id: string;
  episode: number;
  title: string;
  glossary: readonly string[];
}

/** The next episode by number, if any. */
export function nextEpisode<T extends EpisodeRef>(episodes: readonly T[], current: number): T | undefined {
  return [...episodes].filter((e) => e.episode > current).sort((a, b) => a.episode - b.episode)[0];
}

/** Episodes that use a glossary term, in episode order. */
export function episodesUsingTerm<T extends EpisodeRef>(episodes: readonly T[], termId: string): T[] {
  return episodes.filter((e) => e.glossary.includes(termId)).sort((a, b) => a.episode - b.episode);
}

/** Glossary ids an episode names that do not exist, as "episode-id: glossary.N (term)" strings. */
export function unknownTerms(episodes: readonly EpisodeRef[], termIds: readonly string[]): string[] {
  const known = new Set(termIds);
  return episodes.flatMap((e) => e.glossary.flatMap((id, n) => (known.has(id) ? [] : [`${e.id}: glossary.${n} (${id})`])));
}

/**
 * The page a URL fragment points at, as a 0-based index: `#p=5` (the reader's own address)
 * or `#page-5` (the no-JavaScript list's anchors). Anything else, or a page the episode does
 * not have, is undefined.
 */
export function parsePageAddress(hash: string, total: number): number | undefined {
  const match = /^#(?:p=|page-)(\d{1,4})$/.exec(hash);
  if (!match) return undefined;
  const page = Number(match[1]);
  return page >= 1 && page <= total ? page - 1 : undefined;
}

/** The fragment for a page (0-based index in, 1-based number out): `#p=5`. */
export const pageAddress = (index: number): string => `#p=${index + 1}`;

/** localStorage key set once the end of an episode has been reached. */
export const readKey = (slug: string): string => `iryo-dx-navi:manga:${slug}:read`;

export interface EpisodeProgress {
  /** 0-based page to continue from, when the reader stopped after the cover. */
  resumePage?: number;
  read: boolean;
}

/** What the episode list says about an episode, from the same storage the reader writes. */
export function episodeProgress(storedPage: string | null | undefined, storedRead: string | null | undefined, total: number): EpisodeProgress {
  const page = parseResume(storedPage, total);
  return { ...(page > 0 ? { resumePage: page } : {}), read: storedRead === '1' };
}

/** The first video whose related links point at this episode's page. */
export function relatedVideoOf<T extends { related: readonly { href: string }[] }>(videos: readonly T[], slug: string): T | undefined {
  const path = `/manga/${slug}/`;
  return videos.find((video) => video.related.some((link) => link.href === path || link.href === `/manga/${slug}`));
}

/** The smallest candidate of an `srcset` ("a.webp 480w, b.webp 720w"), e.g. for thumbnails. */
export function smallestCandidate(srcset: string): string | undefined {
  const candidates = srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/))
    .filter((bits) => bits[0])
    .map(([url, descriptor = '1x']) => ({ url: url!, size: parseFloat(descriptor) || 1 }));
  return candidates.sort((a, b) => a.size - b.size)[0]?.url;
}

/** Cache Storage names the manga service worker writes, so the reader can measure and clear them. */
export const mangaCacheNames = { pages: 'iryo-dx-navi-manga-pages', assets: 'iryo-dx-navi-manga-assets' } as const;

/** localStorage key marking an episode stored for offline reading. */
export const offlineKey = (slug: string): string => `iryo-dx-navi:manga:${slug}:offline`;
