/** /news/rss.xml: お知らせ as RSS 2.0, written by @astrojs/rss from the same items as the Atom feed. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { newsFeedItems } from '../../lib/site/news';
import { newsFeed } from '../../lib/site/ui-strings';

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://localhost:4321');
  const items = newsFeedItems(await getCollection('news'), origin);
  return rss({
    title: newsFeed.title,
    description: newsFeed.description,
    // The channel's link is the list page; items carry absolute links of their own.
    site: new URL('/news/', origin).href,
    customData: '<language>ja</language>',
    items: items.map((item) => ({ title: item.title, link: item.link, pubDate: item.published, description: item.summary, categories: [item.category] })),
  });
};
