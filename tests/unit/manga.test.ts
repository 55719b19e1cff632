import { describe, expect, it } from 'vitest';
import {
  episodeProgress,
  pageAddress,
  parsePageAddress,
  readKey,
  relatedVideoOf,
  smallestCandidate,
  episodesUsingTerm,
  groupOfPage,
  nextEpisode,
  pageCounter,
  parseResume,
  preloadPages,
  progressRatio,
  resumeKey,
  singleGroups,
  spreadGroups,
  unknownTerms,
  type PageLayout,
} from '../../src/lib/manga/manga';
import { spreadLayoutProblems } from '../../src/schemas/vocabularies';

const singles = (n: number): PageLayout[] => Array.from({ length: n }, () => 'single');

describe('spreadGroups', () => {
  it('shows the cover alone and pairs the rest in order', () => {
    expect(spreadGroups(singles(6), 'rtl')).toEqual([[0], [1, 2], [3, 4], [5]]);
  });
  it('keeps a declared spread together even when the count would pair it off by one', () => {
    // cover, a single, then a right-to-left spread (right half first)
    const layouts: PageLayout[] = ['single', 'single', 'spread-right', 'spread-left', 'single', 'single'];
    expect(spreadGroups(layouts, 'rtl')).toEqual([[0], [1], [2, 3], [4, 5]]);
  });
  it('reads the left half first in a left-to-right book', () => {
    const layouts: PageLayout[] = ['single', 'spread-left', 'spread-right', 'single'];
    expect(spreadGroups(layouts, 'ltr')).toEqual([[0], [1, 2], [3]]);
    // The same pages in a right-to-left book are not a valid pair and stand alone.
    expect(spreadGroups(layouts, 'rtl')).toEqual([[0], [1], [2], [3]]);
  });
  it('handles an empty or one-page episode', () => {
    expect(spreadGroups([], 'rtl')).toEqual([]);
    expect(spreadGroups(['single'], 'rtl')).toEqual([[0]]);
  });
  it('one page per group on narrow screens', () => {
    expect(singleGroups(3)).toEqual([[0], [1], [2]]);
  });
});

describe('spreadLayoutProblems', () => {
  it('accepts matched halves', () => {
    expect(spreadLayoutProblems(['single', 'spread-right', 'spread-left'], 'rtl')).toEqual([]);
  });
  it('names a half without its partner and a cover marked as a spread', () => {
    const problems = spreadLayoutProblems(['spread-left', 'spread-right', 'single', 'spread-left'], 'rtl');
    expect(problems.map((p) => p.index)).toEqual([0, 1, 3]);
    expect(problems[0]?.message).toContain('表紙');
  });
});

describe('counter, progress, resume, preload', () => {
  it('says 「3 / 12」 and 「2–3 / 12」', () => {
    expect(pageCounter([2], 12)).toBe('3 / 12');
    expect(pageCounter([1, 2], 12)).toBe('2–3 / 12');
  });
  it('progress counts the last page shown', () => {
    expect(progressRatio([0], 4)).toBe(0.25);
    expect(progressRatio([2, 3], 4)).toBe(1);
    expect(progressRatio([0], 0)).toBe(0);
  });
  it('resumes only on a page that exists', () => {
    expect(parseResume('4', 10)).toBe(4);
    expect(parseResume('10', 10)).toBe(0);
    expect(parseResume('-1', 10)).toBe(0);
    expect(parseResume('abc', 10)).toBe(0);
    expect(parseResume(null, 10)).toBe(0);
    expect(resumeKey('episode-01')).toContain('episode-01');
  });
  it('preloads the next two pages, never earlier ones', () => {
    expect(preloadPages([3], 10)).toEqual([4, 5]);
    expect(preloadPages([1, 2], 10)).toEqual([3, 4]);
    expect(preloadPages([9], 10)).toEqual([]);
  });
  it('finds the group that shows a page', () => {
    expect(groupOfPage([[0], [1, 2], [3]], 2)).toBe(1);
    expect(groupOfPage([[0]], 7)).toBe(0);
  });
});

describe('episode links', () => {
  const episodes = [
    { id: 'episode-02', episode: 2, title: 'B', glossary: ['pmh'] },
    { id: 'episode-01', episode: 1, title: 'A', glossary: ['iryo-dx', 'pmh'] },
  ];
  it('next episode by number', () => {
    expect(nextEpisode(episodes, 1)?.id).toBe('episode-02');
    expect(nextEpisode(episodes, 2)).toBeUndefined();
  });
  it('episodes that use a term, in order', () => {
    expect(episodesUsingTerm(episodes, 'pmh').map((e) => e.id)).toEqual(['episode-01', 'episode-02']);
    expect(episodesUsingTerm(episodes, 'nothing')).toEqual([]);
  });
  it('names glossary ids that do not exist with their field', () => {
    expect(unknownTerms(episodes, ['iryo-dx'])).toEqual(['episode-02: glossary.0 (pmh)', 'episode-01: glossary.1 (pmh)']);
  });
});

describe('page addresses', () => {
  it('reads #p=N and the no-JavaScript list anchors #page-N as 0-based pages', () => {
    expect(parsePageAddress('#p=5', 12)).toBe(4);
    expect(parsePageAddress('#page-5', 12)).toBe(4);
    expect(parsePageAddress('#p=1', 12)).toBe(0);
  });
  it('ignores pages the episode does not have and other fragments', () => {
    expect(parsePageAddress('#p=13', 12)).toBeUndefined();
    expect(parsePageAddress('#p=0', 12)).toBeUndefined();
    expect(parsePageAddress('#p=abc', 12)).toBeUndefined();
    expect(parsePageAddress('#reader-heading', 12)).toBeUndefined();
    expect(parsePageAddress('', 12)).toBeUndefined();
  });
  it('writes the address the reader keeps in the URL', () => {
    expect(pageAddress(4)).toBe('#p=5');
    expect(parsePageAddress(pageAddress(11), 12)).toBe(11);
  });
});

describe('progress on the episode list', () => {
  it('says where to continue and whether the end was reached, from the reader\'s storage', () => {
    expect(episodeProgress('2', null, 12)).toEqual({ resumePage: 2, read: false });
    expect(episodeProgress('0', '1', 12)).toEqual({ read: true });
    expect(episodeProgress(null, null, 12)).toEqual({ read: false });
    expect(episodeProgress('40', null, 12)).toEqual({ read: false });
  });
  it('keeps the read mark per episode', () => {
    expect(readKey('episode-01')).not.toBe(readKey('episode-02'));
  });
});

describe('related video and thumbnails', () => {
  const videos = [
    { id: 'overview', related: [{ href: '/manga/' }] },
    { id: 'seniors', related: [{ href: '/seminars/' }, { href: '/manga/episode-01/' }] },
  ];
  it('finds the video that links to this episode, not to the list', () => {
    expect(relatedVideoOf(videos, 'episode-01')?.id).toBe('seniors');
    expect(relatedVideoOf(videos, 'episode-02')).toBeUndefined();
  });
  it('picks the smallest srcset candidate', () => {
    expect(smallestCandidate('/a-720.webp 720w, /a-480.webp 480w, /a-1000.webp 1000w')).toBe('/a-480.webp');
    expect(smallestCandidate('/only.webp')).toBe('/only.webp');
    expect(smallestCandidate('')).toBeUndefined();
  });
});
