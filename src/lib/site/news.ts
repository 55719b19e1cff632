/**
 * お知らせ (issue 20): the order every list uses and the one shape both feeds are written from,
 * so the list page, the home page, RSS and Atom can never disagree about what is newest.
 */
import { newsCategoryLabels, type NewsData } from '../../schemas/news';
import { ui } from './ui-strings';

export interface NewsEntry {
  id: string;
  data: NewsData;
}

/** Newest first; entries announced at the same moment by title, so two builds agree. */
export function newestFirst<T extends NewsEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title, 'ja'));
}

export const newsPath = (id: string) => `/news/${id}/`;

/** How many items the feeds carry (readers keep older ones; the list page has all). */
export const FEED_LIMIT = 20;

export interface NewsFeedItem {
  title: string;
  /** Absolute URL of the entry page. */
  link: string;
  published: Date;
  summary: string;
  category: string;
}

/** Feed items for the newest entries; a sample item says so in its title, as the site labels it. */
export function newsFeedItems(entries: readonly NewsEntry[], site: URL | string, limit = FEED_LIMIT): NewsFeedItem[] {
  return newestFirst(entries)
    .slice(0, limit)
    .map(({ id, data }) => ({
      title: data.sample ? `【${ui.sampleLabel}】${data.title}` : data.title,
      link: new URL(newsPath(id), site).href,
      published: data.published,
      summary: data.summary,
      category: newsCategoryLabels[data.category],
    }));
}
