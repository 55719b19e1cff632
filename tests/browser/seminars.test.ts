/**
 * Seminar journeys on a phone: filter and share a filtered view, see the right status for
 * a given clock, download calendars, use the page without JavaScript; axe on the enhanced states.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, describeViolations, launchBrowser, openPage, phone } from '../support/browser';
import { reusedTab } from '../support/reused-tab';

let browser: Browser;
/**
 * The phone visits, those without JavaScript and those under a fixed clock each share one tab
 * (stored state, the shortlist, is cleared per visit): no renderer start per test.
 */
const onPhone = reusedTab(() => browser, phone);
const withoutJs = reusedTab(() => browser, { ...phone, javaScriptEnabled: false });
const onClock = reusedTab(() => browser, phone);
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const tab of [onPhone, withoutJs, onClock]) await tab.close();
  await browser?.close();
});

/** Waits for the page's scripts; generous because the CI machine can be heavily loaded. */
const poll = <T,>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });
const allSlugs = (page: Page) => page.locator('[data-seminar-item]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.seminarItem));
const visibleSlugs = (page: Page) =>
  page.locator('[data-seminar-item]:visible').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.seminarItem));

function parseIcs(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** Opens a page with the browser clock fixed at `time` before any script runs (in the clock's own tab). */
const openAt = (path: string, time: string) => onClock.visit(path, { beforeLoad: (page) => page.clock.setFixedTime(new Date(time)) });

describe('/seminars/ filters', () => {
  it('filtering to 整形外科 shows exactly its two sessions and puts the filter in the URL', async () => {
    const page = await onPhone.visit('/seminars/');
    expect((await visibleSlugs(page)).length).toBe((await allSlugs(page)).length);
    await page.getByLabel('診療科・病院の種類', { exact: true }).selectOption('orthopedics');
    await poll(() => visibleSlugs(page)).toEqual(expect.arrayContaining(['outreach-orthopedics-1', 'outreach-orthopedics-2']));
    expect(await visibleSlugs(page)).toHaveLength(2);
    expect(await page.getByRole('status').first().textContent()).toContain('2件');
    const url = new URL(page.url());
    expect(url.searchParams.get('topic')).toBe('orthopedics');

    // The shared URL reproduces the same view in a fresh browser.
    const { context: other, page: shared } = await openPage(browser, `${url.pathname}${url.search}`);
    expect(await shared.getByLabel('診療科・病院の種類', { exact: true }).inputValue()).toBe('orthopedics');
    expect((await visibleSlugs(shared)).sort()).toEqual(['outreach-orthopedics-1', 'outreach-orthopedics-2']);
    await other.close();
  });

  it('combines filters, hides emptied groups, disables impossible options with counts, and 条件をクリア brings everything back', async () => {
    const page = await onPhone.visit('/seminars/?kind=basic');
    expect(await visibleSlugs(page)).toEqual(['basic-01-national-dx', 'basic-02-digitalization', 'basic-03-tokyo-support', 'basic-04-cybersecurity']);
    expect(await page.locator('#kind-outreach').isVisible()).toBe(false);
    // 基礎編 is on demand only: 対面 would give nothing, so it is disabled; オンデマンド says 4件.
    const inPerson = page.locator('#filter-format option[value="in-person"]');
    expect(await inPerson.isDisabled()).toBe(true);
    expect(await page.locator('#filter-format option[value="on-demand"]').textContent()).toBe('オンデマンド（4件）');
    await page.getByRole('button', { name: '条件をクリア' }).click();
    await poll(async () => (await visibleSlugs(page)).length).toBe((await allSlugs(page)).length);
    expect(new URL(page.url()).search).toBe('');
  });

  it('a shared link to an impossible combination shows the empty state that says what to change', async () => {
    const page = await onPhone.visit('/seminars/?kind=basic&format=in-person');
    expect(await visibleSlugs(page)).toEqual([]);
    expect(await page.getByText('条件に合う講習会はありません').textContent()).toContain('条件をクリア');
  });

  it('オンライン counts the hybrid sessions, 病院向け gives the applied tier and the basic modules, and Back undoes a filter', async () => {
    const page = await onPhone.visit('/seminars/');
    await page.getByLabel('形式', { exact: true }).selectOption('online');
    await poll(() => visibleSlugs(page)).toEqual(expect.arrayContaining(['applied-long-term-care', 'applied-psychiatric']));
    expect(await page.locator('#filter-format option[value="online"]').textContent()).toMatch(/オンライン（[1-9]\d*件）/);
    await page.getByLabel('対象', { exact: true }).selectOption('hospital');
    await poll(async () => (await visibleSlugs(page)).every((slug) => /^(applied|basic)-/.test(slug!))).toBe(true);
    expect(new URL(page.url()).searchParams.get('audience')).toBe('hospital');
    await page.goBack();
    await poll(() => new URL(page.url()).searchParams.get('format')).toBe('online');
    expect(await page.getByLabel('対象', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('形式', { exact: true }).inputValue()).toBe('online');
    await page.goBack();
    await poll(() => new URL(page.url()).search).toBe('');
    await poll(async () => (await visibleSlugs(page)).length).toBe((await allSlugs(page)).length);
  });

  it('does not offer months that have passed', async () => {
    const page = await openAt('/seminars/', '2027-01-05T12:00:00+09:00');
    const months = await page.locator('#filter-month option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(months.length).toBeGreaterThan(0);
    expect(months.every((m) => m >= '2027-01')).toBe(true);
  });

  it('"registration open only" follows the browser clock, not the build', async () => {
    // 2026-12-14 12:00 JST: of the dated sessions only 整形外科 第2回 (closes 12-15 17:00) is still open.
    const page = await openAt('/seminars/?open=1&kind=outreach', '2026-12-14T12:00:00+09:00');
    expect(await visibleSlugs(page)).toEqual(['outreach-orthopedics-2']);
  });

  it('a session that ended after the build moves to the archive in the browser', async () => {
    const page = await openAt('/seminars/', '2026-12-18T09:00:00+09:00');
    const archived = await page.locator('[data-seminar-archive] [data-seminar-item]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.seminarItem));
    expect(archived[0]).toBe('outreach-orthopedics-2');
    expect(await page.locator('#kind-outreach [data-seminar-item="outreach-orthopedics-2"]').count()).toBe(0);
  });

  it('has no axe violations with a filter applied and the shortlist filled', async () => {
    const page = await onPhone.visit('/seminars/?topic=orthopedics');
    await page.locator('[data-shortlist-toggle="outreach-orthopedics-2"]').click();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('session status under a controlled clock', () => {
  // 整形外科 第2回: registration 2026-11-17 10:00 → 2026-12-15 17:00 JST, session 2026-12-17 19:00–20:30 JST.
  it.each([
    ['2026-11-17T09:59:00+09:00', '受付前', false],
    ['2026-11-17T10:00:00+09:00', '受付中', true],
    ['2026-12-13T12:00:00+09:00', 'まもなく締切', true],
    ['2026-12-15T17:00:00+09:00', '受付終了', false],
    ['2026-12-17T20:30:00+09:00', '開催終了', false],
  ])('at %s it says %s', async (time, label, formShown) => {
    const page = await openAt('/seminars/outreach-orthopedics-2/', time);
    await poll(() => page.locator('.session [data-seminar-status]').textContent()).toBe(label);
    expect(await page.locator('.register').getByRole('link', { name: /申込フォームへ/ }).isVisible()).toBe(formShown);
    expect(await page.locator('.apply-bar').isVisible()).toBe(formShown);
  });

  it('an editor\'s 中止 stays 中止 whatever the clock', async () => {
    const page = await openAt('/seminars/outreach-dermatology-2/', '2027-01-01T12:00:00+09:00');
    expect(await page.locator('.session [data-seminar-status]').textContent()).toBe('中止');
  });
});

describe('calendars', () => {
  it('the session page offers an .ics that downloads and parses to the session', async () => {
    const page = await onPhone.visit('/seminars/outreach-orthopedics-2/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /カレンダーに追加（\.ics/ }).click()]);
    expect(download.suggestedFilename()).toBe('outreach-orthopedics-2.ics');
    const events = parseIcs(readFileSync((await download.path())!, 'utf8'));
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe('医療DXに係る出張講習会（整形外科） 第2回');
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-12-17T10:00:00.000Z');
    const google = new URL((await page.getByRole('link', { name: /Google カレンダー/ }).getAttribute('href'))!);
    expect(google.searchParams.get('dates')).toBe('20261217T100000Z/20261217T113000Z');
  });

  it('calendar.ics is served as text/calendar with every dated session', async () => {
    const response = await fetch(new URL('/seminars/calendar.ics', baseUrl()));
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const events = parseIcs(await response.text());
    expect(events).toHaveLength(19);
    expect(new Set(events.map((e) => e.uid)).size).toBe(19);
  });

  it('the 気になる講習会 shortlist survives a reload and exports one combined .ics', async () => {
    const page = await onPhone.visit('/seminars/');
    await page.locator('[data-shortlist-toggle="outreach-orthopedics-2"]').click();
    await page.locator('[data-shortlist-toggle="applied-long-term-care"]').click();
    expect(await page.locator('[data-shortlist-toggle="applied-long-term-care"]').getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    const shortlist = page.getByRole('region', { name: '気になる講習会' });
    expect(await shortlist.getByRole('listitem').allTextContents()).toEqual(['医療DXに係る出張講習会（整形外科） 第2回', 'デジタル化推進セミナー 応用編「療養型病院編」']);
    const [download] = await Promise.all([page.waitForEvent('download'), shortlist.getByRole('button', { name: /まとめてカレンダーに追加/ }).click()]);
    const events = parseIcs(readFileSync((await download.path())!, 'utf8'));
    const uids = events.map((e) => e.uid.split('@')[0]).sort();
    expect(uids).toEqual(['seminar-applied-long-term-care', 'seminar-outreach-orthopedics-2']);
  });
});

describe('without JavaScript', () => {
  it('lists every session grouped by kind in date order, with past ones in the archive', async () => {
    const page = await withoutJs.visit('/seminars/');
    expect(await page.locator('[data-seminar-item]:visible').count()).toBe(await page.locator('[data-seminar-item]').count());
    expect(await page.locator('[data-seminar-filters]').isVisible()).toBe(false);
    expect(await page.locator('[data-shortlist-toggle]:visible').count()).toBe(0);
    const headings = await page.locator('.seminar-group > h2').allTextContents();
    expect(headings[0]).toBe('デジタル化推進セミナー（基礎編）');
    expect(headings.at(-1)).toBe('終了した講習会（アーカイブ）');
    // Date order inside each upcoming group (a postponed session has no date and comes last).
    for (const group of await page.locator('.seminar-group:not([data-seminar-archive])').all()) {
      const starts = await group.locator('[data-seminar-status]:not([data-lifecycle="postponed"])').evaluateAll((badges) =>
        badges.map((b) => Date.parse((b as HTMLElement).dataset.start ?? (b as HTMLElement).dataset.availableFrom ?? '')),
      );
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    // Sessions that ended before today are in the archive and nowhere else.
    // The most recent ones are on /seminars/, all of them on the paged archive.
    const archived = await page.locator('[data-seminar-archive] [data-seminar-item]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.seminarItem));
    expect(archived.length).toBeLessThanOrEqual(6);
    expect(archived).not.toContain('outreach-orthopedics-2');
    await page.getByRole('link', { name: /終了した講習会（アーカイブ）を見る/ }).first().click();
    await page.waitForURL(/\/seminars\/archive\/$/);
    const all = await allSlugs(page);
    expect(all).toEqual(expect.arrayContaining([...archived, 'outreach-internal-medicine-1']));
    expect(all).not.toContain('outreach-orthopedics-2');
  });

  it('each tier, specialty, month and audience has a link from /seminars/ to a page listing exactly its sessions', async () => {
    const page = await withoutJs.visit('/seminars/');
    const cards = await page.locator('[data-seminar-item]').evaluateAll((items) =>
      items
        .filter((i) => !i.closest('[data-seminar-archive]'))
        .map((i) => {
          const d = (i as HTMLElement).dataset;
          return { slug: d.seminarItem!, tier: [d.kind!], specialty: [d.topic!], month: (d.months ?? '').split(' '), audience: (d.audiences ?? '').split(' ') };
        }),
    );
    const links = await page.locator('[data-browse-facet] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    const facets = new Set(links.map((href) => href.split('/')[2]));
    expect([...facets].sort()).toEqual(['audience', 'month', 'specialty', 'tier']);
    expect(links).toEqual(expect.arrayContaining(['/seminars/specialty/dermatology/', '/seminars/tier/basic/', '/seminars/audience/clinic/', '/seminars/month/2027-01/']));
    for (const href of links) {
      const [, , facet, value] = href.split('/') as [string, string, 'tier' | 'specialty' | 'month' | 'audience', string];
      const expected = cards.filter((c) => c[facet].includes(value)).map((c) => c.slug).sort();
      await page.goto(new URL(href, baseUrl()).href, { waitUntil: 'load' });
      expect((await allSlugs(page)).sort(), href).toEqual(expected);
    }
    // The cancelled and postponed sessions are in no month: they no longer take place then.
    await page.goto(new URL('/seminars/month/2027-01/', baseUrl()).href);
    expect(await allSlugs(page)).not.toEqual(expect.arrayContaining(['outreach-ophthalmology']));
    expect(await allSlugs(page)).not.toContain('outreach-dermatology-2');
  });

  it('a session page shows the build-time status and the application link when open', async () => {
    const page = await withoutJs.visit('/seminars/basic-01-national-dx/');
    expect(await page.locator('.session [data-seminar-status]').textContent()).toBe('受付中');
    expect(await page.locator('.register').getByRole('link', { name: /申込フォームへ/ }).isVisible()).toBe(true);
  });
});

describe('lifecycle on the page, the card and the calendars', () => {
  it('a cancelled session says 中止 and offers nothing to add', async () => {
    const page = await onPhone.visit('/seminars/outreach-dermatology-2/');
    expect(await page.locator('h1').textContent()).toContain('【中止】');
    expect(await page.getByText('講師の都合により中止します').first().isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /カレンダーに追加/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Google カレンダー/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /申込フォームへ/ }).first().isVisible()).toBe(false);
    await page.goto(new URL('/seminars/', baseUrl()).href);
    const card = page.locator('[data-seminar-item="outreach-dermatology-2"]');
    expect(await card.textContent()).toContain('【中止】');
    expect(await card.locator('[data-shortlist-toggle]').count()).toBe(0);
  });

  it('a postponed session shows no date as if valid, and no calendar; its .ics cancels the old date', async () => {
    const page = await onPhone.visit('/seminars/outreach-ophthalmology/');
    const glance = page.locator('.glance');
    expect(await glance.textContent()).toContain('新しい日程は決まり次第お知らせします');
    expect(await glance.locator('del').textContent()).toContain('令和9年（2027年）1月21日（木）');
    expect(await page.getByRole('link', { name: /カレンダーに追加/ }).count()).toBe(0);
    await page.goto(new URL('/seminars/', baseUrl()).href);
    const card = page.locator('[data-seminar-item="outreach-ophthalmology"]');
    expect(await card.textContent()).toContain('【延期】');
    expect(await card.locator('[data-shortlist-toggle]').count()).toBe(0);
    const response = await fetch(new URL('/seminars/outreach-ophthalmology.ics', baseUrl()));
    const [event] = parseIcs(await response.text());
    expect(event!.summary.startsWith('【延期】')).toBe(true);
    expect(event!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event!.sequence).toBe(1);
  });

  it('a rescheduled session shows the new date, the previous one, and a Google link for the new date', async () => {
    const page = await onPhone.visit('/seminars/outreach-psychiatry-2/');
    const glance = await page.locator('.glance').textContent();
    expect(glance).toContain('令和9年（2027年）2月6日（土）14:00');
    expect(glance).toContain('変更前の日時');
    const google = new URL((await page.getByRole('link', { name: /Google カレンダー/ }).getAttribute('href'))!);
    expect(google.searchParams.get('dates')).toBe('20270206T050000Z/20270206T070000Z');
    expect(google.searchParams.get('text')).toContain('【日程変更】');
    // Share links come from the one component the videos use, tagged for this campaign.
    const x = new URL((await page.locator('.share a[data-network="x"]').getAttribute('href'))!);
    expect(new URL(x.searchParams.get('url')!).searchParams.get('utm_campaign')).toBe('iryo-dx-seminars');
  });
});

describe('first questions at a glance', () => {
  it('every card shows the date in 和暦（西暦）, 申込締切 and 参加費', async () => {
    const page = await onPhone.visit('/seminars/');
    const texts = await page.locator('[data-seminar-item]').allTextContents();
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) {
      expect(text).toContain('申込締切');
      expect(text).toContain('参加費');
      expect(text).toMatch(/令和\d+年（20\d\d年）\d+月\d+日（[月火水木金土日]）/);
    }
  });

  it('at 390×844 the apply action is inside the first viewport of every open session page', async () => {
    const page = await onPhone.visit('/seminars/'); // phone is 390×844
    const open = await page.locator('[data-seminar-item]').evaluateAll((items) =>
      items.filter((i) => ['open', 'closing-soon', 'few-left', 'waitlist'].includes((i as HTMLElement).dataset.status ?? '')).map((i) => (i as HTMLElement).dataset.seminarItem!),
    );
    expect(open.length).toBeGreaterThan(0);
    for (const slug of open) {
      await page.goto(new URL(`/seminars/${slug}/`, baseUrl()).href, { waitUntil: 'load' });
      const box = await page.locator('.apply-bar .button').boundingBox();
      expect(box, slug).not.toBeNull();
      expect(box!.y + box!.height, `${slug}: apply action at y=${box!.y}`).toBeLessThanOrEqual(844);
    }
  });

  it('the FAX 申込書 is generated from the entry and printable', async () => {
    const { context, page } = await openPage(browser, '/seminars/outreach-orthopedics-2/');
    await page.getByRole('link', { name: 'FAX申込書（印刷用）' }).click();
    await page.waitForURL(/\/fax\/$/);
    expect(await page.locator('h1').textContent()).toBe('FAX申込書：医療DXに係る出張講習会（整形外科） 第2回');
    expect(await page.getByText('送信先 FAX：03-0000-0001').isVisible()).toBe(true);
    expect(await page.getByRole('rowheader', { name: '医療機関名' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'この申込書を印刷する' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').first().isVisible()).toBe(false);
    await context.close();
  });
});
