/**
 * お知らせ feeds (issue 20), read from dist/: both are well-formed XML, parse as RSS 2.0 and
 * Atom 1.0 with a real feed parser, and list the same newest news the list page and the home
 * page show, in the same order, with absolute links to pages that exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { distDir, readBuilt } from '../support/dist';

const feedText = (name: string) => readFileSync(path.join(distDir, 'news', name), 'utf8');
/** The entry links of a list page, in page order. */
const newsLinks = (html: string) => [...html.matchAll(/<a href="(\/news\/[a-z0-9-]+\/)"/g)].map((m) => m[1]!);

describe.each([
  ['rss.xml', 'rss'],
  ['atom.xml', 'atom'],
])('/news/%s', (file, type) => {
  const text = feedText(file);

  it('is well-formed XML and parses as a feed', () => {
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = parseFeed(text);
    expect(feed.meta.type).toBe(type);
    expect(feed.title).toBe('医療DX東京ナビ お知らせ');
    expect(feed.language).toBe('ja');
  });

  it('lists the news newest first, as /news/ does, with the newest on the home page', () => {
    const feed = parseFeed(text);
    const listed = newsLinks(readBuilt('/news/'));
    expect(listed.length).toBeGreaterThanOrEqual(3);
    const links = feed.items.map((item) => new URL(item.url!).pathname);
    expect(links).toEqual(listed.slice(0, links.length));
    const dates = feed.items.map((item) => item.published!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(newsLinks(readBuilt('/'))[0]).toBe(links[0]);
    for (const item of feed.items) {
      expect(item.title).toMatch(/\S/);
      expect(item.description).toMatch(/\S/);
      expect(existsSync(path.join(distDir, new URL(item.url!).pathname, 'index.html')), item.url!).toBe(true);
    }
  });
});

it('the list page and the home page announce both feeds', () => {
  for (const page of ['/news/', '/']) {
    const html = readBuilt(page);
    expect(html).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/news\/rss\.xml"/);
    expect(html).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/news\/atom\.xml"/);
  }
});
