/**
 * Japanese search quality on a stand-in site (tests/fixtures/search/corpus.ts), indexed by the
 * site's own indexer and queried through Pagefind in Chromium with the site's ranking and query
 * normalisation. These are the site's own terms; if a Pagefind upgrade changes segmentation or
 * recall, this file says which query broke. Pinned: pagefind 1.6.0 (package.json, exact).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { buildFixtureSite, searchIn, type FixtureSite } from '../support/search-fixture';
import { fixturePages } from '../fixtures/search/corpus';

const indexedCount = fixturePages.filter((p) => p.tags).length;
const textOf = (url: string) => fixturePages.find((p) => p.url === url)?.body ?? '';

let site: FixtureSite;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  site = await buildFixtureSite();
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${site.url}/`);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const urls = async (query: string, count: number, filters?: Record<string, string[] | { any: string[] }>) => (await searchIn(page, query, filters)).slice(0, count).map((hit) => hit.url);
const outreach = (slug: string) => `/seminars/outreach-${slug}/`;

describe('診療科名 find their outreach sessions first', () => {
  it('「整形外科」 → the two orthopedics sessions', async () => {
    expect(new Set(await urls('整形外科', 2))).toEqual(new Set([outreach('orthopedics-1'), outreach('orthopedics-2')]));
  });
  it.each([
    ['内科', 'internal-1'],
    ['眼科', 'ophthalmology'],
    ['小児科', 'pediatrics'],
    ['皮膚科', 'dermatology-1'],
    ['産婦人科', 'obstetrics'],
    ['耳鼻科', 'ent'],
  ])('「%s」 → its session first', async (query, slug) => {
    expect((await urls(query, 1))[0]).toBe(outreach(slug));
  });
  it('「精神科」 → the psychiatry session and the 精神科病院編 seminar', async () => {
    expect(new Set(await urls('精神科', 2))).toEqual(new Set([outreach('psychiatry-1'), '/seminars/applied-psychiatric/']));
  });
});

describe('the site’s own terms', () => {
  it.each([
    ['マイナ保険証', ['/manga/glossary/', '/manga/episode-01/', '/seminars/basic-01-national-dx/']],
    ['オンライン資格確認', ['/manga/glossary/', '/manga/episode-01/', '/seminars/basic-01-national-dx/']],
    ['HL7 FHIR', ['/manga/glossary/', '/seminars/basic-03-tokyo-support/']],
    ['PMH', ['/support/pmh/', '/manga/glossary/']],
    ['待ち時間', ['/manga/episode-01/', '/videos/parenting/', '/seminars/basic-02-digitalization/']],
  ])('「%s」 → exactly the pages about it, first', async (query, expected) => {
    expect(new Set(await urls(query, expected.length))).toEqual(new Set(expected));
  });
  it.each([
    ['補助金', '/seminars/basic-03-tokyo-support/'],
    ['リース契約', '/seminars/basic-03-tokyo-support/'],
    ['ランサムウェア', '/seminars/basic-04-cybersecurity/'],
    ['骨折', '/manga/episode-03/'],
    ['急性期', '/seminars/applied-acute/'],
    ['電子処方箋', '/manga/episode-02/'],
    ['予約', '/videos/parenting/'],
  ])('「%s」 (2–5 characters) → %s first', async (query, expected) => {
    expect((await urls(query, 1))[0]).toBe(expected);
  });
  it('「医療DX」 → the pages titled with it come first', async () => {
    const top = await urls('医療DX', 4);
    expect(top).toContain('/videos/overview/');
    expect(top).toContain('/seminars/basic-01-national-dx/');
    expect(top).toContain('/manga/glossary/');
  });
  it('「電子カルテ」 → the glossary entry first, linked to its section', async () => {
    const [first] = await searchIn(page, '電子カルテ');
    expect(first?.url).toBe('/manga/glossary/');
    expect(first?.subUrls).toContain('/manga/glossary/#denshi-karte');
  });
  it('「出張講習会」 → only outreach sessions in the first five', async () => {
    const hits = (await searchIn(page, '出張講習会')).slice(0, 5);
    expect(hits.map((hit) => hit.meta['type'])).toEqual(Array(5).fill('講習会'));
  });
  it('「オンライン診療」 → the young-adults video and episode 2 first', async () => {
    expect(new Set(await urls('オンライン診療', 2))).toEqual(new Set(['/videos/young-adults/', '/manga/episode-02/']));
  });
});

describe('variants people type', () => {
  it('full-width ＤＸ finds what DX finds', async () => {
    expect(await urls('医療ＤＸ', 5)).toEqual(await urls('医療DX', 5));
  });
  it('half-width ﾏｲﾅ保険証 finds マイナ保険証', async () => {
    expect(await urls('ﾏｲﾅ保険証', 3)).toEqual(await urls('マイナ保険証', 3));
  });
  it('hiragana readings find the kanji term (readings added at index time)', async () => {
    expect(await urls('まいなほけんしょう', 3)).toEqual(expect.arrayContaining(['/manga/glossary/', '/manga/episode-01/']));
    expect(await urls('せいけいげか', 3)).toEqual(expect.arrayContaining([outreach('orthopedics-1'), outreach('orthopedics-2')]));
    expect(await urls('でんしかるて', 3)).toContain('/manga/glossary/');
  });
  it('「かるて」 finds only pages that say カルテ', async () => {
    const hits = await searchIn(page, 'かるて', undefined, 100);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(textOf(hit.url), hit.url).toMatch(/カルテ/);
  });
});

describe('what is indexed', () => {
  it('header, navigation and footer text is not indexed', async () => {
    // Only the header, nav and footer of every fixture page say these.
    expect(await urls('ウェブアクセシビリティ方針', 10)).toEqual([]);
    expect(await urls('アクセシビリティ', 10)).toEqual([]);
  });
  it('ruby readings (rt) are not indexed', async () => {
    // The fixture glossary's rt text is 「よみ」; no other page says it.
    expect(await urls('よみ', 10)).not.toContain('/manga/glossary/');
  });
  it('404, /search/ and /admin/ are never results, even for words only they contain', async () => {
    const all = await searchIn(page, null, { type: { any: ['マンガ', 'セミナー', '講習会', '動画', 'ページ'] } }, 100);
    expect(all.length).toBe(indexedCount);
    for (const query of ['移動または削除', 'JavaScriptが必要', 'コンテンツ管理', 'マイナ保険証']) {
      const found = await urls(query, 100);
      for (const excluded of ['/404.html', '/404', '/search/', '/admin/']) expect(found).not.toContain(excluded);
    }
  });
});

describe('filters and metadata', () => {
  it('a type filter narrows 「電子カルテ」 to outreach sessions', async () => {
    const all = await searchIn(page, '電子カルテ', undefined, 100);
    const narrowed = await searchIn(page, '電子カルテ', { type: ['講習会'] }, 100);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.every((hit) => hit.meta['type'] === '講習会')).toBe(true);
  });
  it('specialty and tier filters select exactly their pages', async () => {
    expect(new Set((await searchIn(page, null, { specialty: ['整形外科'] })).map((hit) => hit.url))).toEqual(new Set([outreach('orthopedics-1'), outreach('orthopedics-2')]));
    expect((await searchIn(page, null, { tier: ['基礎編'] })).length).toBe(4);
    expect((await searchIn(page, '医療DX', { audience: ['都民'] })).every((hit) => ['マンガ', 'ページ'].includes(hit.meta['type'] ?? ''))).toBe(true);
  });
  it('session results carry their date and status; sample content is flagged', async () => {
    const [first] = await searchIn(page, '整形外科', { type: ['講習会'] });
    expect(first?.meta['date']).toMatch(/^2026年\d+月\d+日（.）/);
    expect(first?.meta['status']).toMatch(/受付/);
    expect(first?.meta['sample']).toBe('true');
  });
});

it('indexes the stand-in site quickly', () => {
  expect(site.index.pages).toBe(indexedCount);
  expect(site.index.ms).toBeLessThan(10_000);
});
