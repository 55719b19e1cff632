/**
 * Seminar journeys on a phone: filter and share a filtered view, see the right status for
 * a given clock, download calendars, use the page without JavaScript; axe on the enhanced states.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, describeViolations, launchBrowser, openPage, phone } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const visibleSlugs = (page: Page) =>
  page.locator('[data-seminar-item]:visible').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.seminarItem));

function parseIcs(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** Opens a page with the browser clock fixed at `time` before any script runs. */
async function openAt(path: string, time: string, options: BrowserContextOptions = phone) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(time));
  await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
  return { context, page };
}

describe('/seminars/ filters', () => {
  it('filtering to 整形外科 shows exactly its two sessions and puts the filter in the URL', async () => {
    const { context, page } = await openPage(browser, '/seminars/');
    expect((await visibleSlugs(page)).length).toBe(19);
    await page.getByLabel('診療科・病院の種類').selectOption({ label: '整形外科' });
    await expect.poll(() => visibleSlugs(page)).toEqual(expect.arrayContaining(['outreach-orthopedics-1', 'outreach-orthopedics-2']));
    expect(await visibleSlugs(page)).toHaveLength(2);
    expect(await page.getByRole('status').first().textContent()).toContain('2件');
    const url = new URL(page.url());
    expect(url.searchParams.get('topic')).toBe('orthopedics');

    // The shared URL reproduces the same view in a fresh browser.
    const { context: other, page: shared } = await openPage(browser, `${url.pathname}${url.search}`);
    expect(await shared.getByLabel('診療科・病院の種類').inputValue()).toBe('orthopedics');
    expect((await visibleSlugs(shared)).sort()).toEqual(['outreach-orthopedics-1', 'outreach-orthopedics-2']);
    await other.close();
    await context.close();
  });

  it('combines filters, hides emptied groups, and 条件をクリア brings everything back', async () => {
    const { context, page } = await openPage(browser, '/seminars/?kind=basic');
    expect(await visibleSlugs(page)).toEqual(['basic-01-national-dx', 'basic-02-digitalization', 'basic-03-tokyo-support', 'basic-04-cybersecurity']);
    expect(await page.locator('#kind-outreach').isVisible()).toBe(false);
    await page.getByLabel('形式').selectOption('in-person');
    await expect.poll(() => visibleSlugs(page)).toEqual([]);
    expect(await page.getByText('条件に合う講習会はありません').isVisible()).toBe(true);
    await page.getByRole('button', { name: '条件をクリア' }).click();
    await expect.poll(async () => (await visibleSlugs(page)).length).toBe(19);
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });

  it('"registration open only" follows the browser clock, not the build', async () => {
    // 2026-12-14 12:00 JST: of the dated sessions only 整形外科 第2回 (closes 12-15 17:00) is still open.
    const { context, page } = await openAt('/seminars/?open=1&kind=outreach', '2026-12-14T12:00:00+09:00');
    expect(await visibleSlugs(page)).toEqual(['outreach-orthopedics-2']);
    await context.close();
  });

  it('a session that ended after the build moves to the archive in the browser', async () => {
    const { context, page } = await openAt('/seminars/', '2026-12-18T09:00:00+09:00');
    const archived = await page.locator('[data-seminar-archive] [data-seminar-item]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.seminarItem));
    expect(archived[0]).toBe('outreach-orthopedics-2');
    expect(await page.locator('#kind-outreach [data-seminar-item="outreach-orthopedics-2"]').count()).toBe(0);
    await context.close();
  });

  it('has no axe violations with a filter applied and the shortlist filled', async () => {
    const { context, page } = await openPage(browser, '/seminars/?topic=orthopedics');
    await page.locator('[data-shortlist-toggle="outreach-orthopedics-2"]').click();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
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
    const { context, page } = await openAt('/seminars/outreach-orthopedics-2/', time);
    await expect.poll(() => page.locator('.session [data-seminar-status]').textContent()).toBe(label);
    expect(await page.getByRole('link', { name: /申込フォームへ/ }).isVisible()).toBe(formShown);
    await context.close();
  });

  it('an editor\'s 中止 stays 中止 whatever the clock', async () => {
    const { context, page } = await openAt('/seminars/outreach-dermatology-2/', '2027-01-01T12:00:00+09:00');
    expect(await page.locator('.session [data-seminar-status]').textContent()).toBe('中止');
    await context.close();
  });
});

describe('calendars', () => {
  it('the session page offers an .ics that downloads and parses to the session', async () => {
    const { context, page } = await openPage(browser, '/seminars/outreach-orthopedics-2/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /カレンダーに追加（\.ics/ }).click()]);
    expect(download.suggestedFilename()).toBe('outreach-orthopedics-2.ics');
    const events = parseIcs(readFileSync((await download.path())!, 'utf8'));
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe('医療DXに係る出張講習会（整形外科） 第2回');
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-12-17T10:00:00.000Z');
    const google = new URL((await page.getByRole('link', { name: /Google カレンダー/ }).getAttribute('href'))!);
    expect(google.searchParams.get('dates')).toBe('20261217T100000Z/20261217T113000Z');
    await context.close();
  });

  it('calendar.ics is served as text/calendar with every dated session', async () => {
    const response = await fetch(new URL('/seminars/calendar.ics', baseUrl()));
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const events = parseIcs(await response.text());
    expect(events).toHaveLength(15);
    expect(new Set(events.map((e) => e.uid)).size).toBe(15);
  });

  it('the 気になる講習会 shortlist survives a reload and exports one combined .ics', async () => {
    const { context, page } = await openPage(browser, '/seminars/');
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
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('lists every session grouped by kind in date order, with past ones in the archive', async () => {
    const { context, page } = await openPage(browser, '/seminars/', { ...phone, javaScriptEnabled: false });
    expect(await page.locator('[data-seminar-item]:visible').count()).toBe(19);
    expect(await page.locator('[data-seminar-filters]').isVisible()).toBe(false);
    expect(await page.locator('[data-shortlist-toggle]:visible').count()).toBe(0);
    const headings = await page.locator('.seminar-group > h2').allTextContents();
    expect(headings[0]).toBe('デジタル化推進セミナー（基礎編）');
    expect(headings.at(-1)).toBe('終了した講習会（アーカイブ）');
    // Date order inside each upcoming group.
    for (const group of await page.locator('.seminar-group:not([data-seminar-archive])').all()) {
      const starts = await group.locator('[data-seminar-status]').evaluateAll((badges) =>
        badges.map((b) => Date.parse((b as HTMLElement).dataset.start ?? (b as HTMLElement).dataset.availableFrom ?? '')),
      );
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    // Sessions that ended before today are in the archive and nowhere else.
    const archived = await page.locator('[data-seminar-archive] [data-seminar-item]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.seminarItem));
    expect(archived).toContain('outreach-internal-medicine-1');
    expect(archived).not.toContain('outreach-orthopedics-2');
    await context.close();
  });

  it('a session page shows the build-time status and the application link when open', async () => {
    const { context, page } = await openPage(browser, '/seminars/basic-01-national-dx/', { ...phone, javaScriptEnabled: false });
    expect(await page.locator('.session [data-seminar-status]').textContent()).toBe('受付中');
    expect(await page.getByRole('link', { name: /申込フォームへ/ }).isVisible()).toBe(true);
    await context.close();
  });
});
