/**
 * /news/atom.xml: お知らせ as Atom 1.0. @astrojs/rss writes RSS 2.0 only, so Atom comes from
 * `feed` (maintained, escapes text and writes RFC 3339 dates), fed the same items as RSS.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { Feed } from 'feed';
import { newsFeedItems } from '../../lib/site/news';
import { organizer } from '../../lib/site/site';
import { newsFeed } from '../../lib/site/ui-strings';

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://localhost:4321');
  const items = newsFeedItems(await getCollection('news'), origin);
  const newsUrl = new URL('/news/', origin).href;
  const feed = new Feed({
    id: newsUrl,
    link: newsUrl,
    title: newsFeed.title,
    description: newsFeed.description,
    language: 'ja',
    // The newest item's date, not the clock: two builds of one commit write the same file.
    updated: items[0]?.published ?? new Date(0),
    generator: false,
    copyright: organizer.name,
    author: { name: organizer.name },
    feedLinks: { atom: new URL('/news/atom.xml', origin).href, rss: new URL('/news/rss.xml', origin).href },
  });
  for (const item of items) {
    feed.addItem({ title: item.title, id: item.link, link: item.link, date: item.published, published: item.published, description: item.summary, category: [{ name: item.category, term: item.category }] });
  }
  // `feed` writes no language into Atom (it has only RSS's <language>): Atom's is xml:lang on the root.
  const atomRoot = '<feed xmlns="http://www.w3.org/2005/Atom">';
  const xml = feed.atom1();
  if (!xml.includes(atomRoot)) throw new Error('atom.xml: the feed library changed its root element; set xml:lang another way');
  return new Response(xml.replace(atomRoot, '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
