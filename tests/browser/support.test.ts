/**
 * Support pages for medical institutions (issue 16): the lease-subsidy checker finished with
 * the keyboard alone, the support menu's application details, and the cybersecurity
 * self-check that stays in the browser and prints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { axeViolations, describeViolations, desktop, launchBrowser, openPage, phone } from '../support/browser';
import { reusedTab } from '../support/reused-tab';
import { conditions, subsidyMessages } from '../../src/lib/support/lease-subsidy';
import { questions } from '../../src/lib/support/lease-checker';

let browser: Browser;
/**
 * Phone, desktop and no-JavaScript visits each share one tab (stored state is cleared per
 * visit): no renderer start per test. The journeys that print or watch requests open their own.
 */
const onPhone = reusedTab(() => browser, phone);
const onDesktop = reusedTab(() => browser, desktop);
const withoutJs = reusedTab(() => browser, { ...phone, javaScriptEnabled: false });
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const tab of [onPhone, onDesktop, withoutJs]) await tab.close();
  await browser?.close();
});

/** expect.poll gives up after 1 s by default; on two shared cores a module can take longer to start. */
const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

/** A keyboard journey with axe on each step: about 10 s alone, several times that on a busy 2-core runner. */
const journeyTimeout = 180_000;

const expectNoAxeViolations = async (page: Page, where: string) => {
  const violations = await axeViolations(page);
  expect(violations, `${where}\n${describeViolations(violations)}`).toEqual([]);
};

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string, backwards = false) {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const visibleStep = (page: Page) => page.locator('[data-step]:visible').getAttribute('data-step');

/** Answers the visible question with the keyboard: arrows and Space for radios, typing for numbers, Enter on 次へ. */
async function answer(page: Page, field: string, value: string) {
  await eventually(() => visibleStep(page)).toBe(field);
  const question = questions.find((q) => q.field === field)!;
  if (question.input.type === 'choice') {
    await tabTo(page, `input[name="${field}"]`);
    for (let i = 0; i < question.input.options.length; i += 1) {
      const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
      if (focused === value) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Space');
    expect(await page.locator(`input[name="${field}"]:checked`).getAttribute('value')).toBe(value);
  } else {
    await tabTo(page, `#${field}-input`);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(value);
  }
  await tabTo(page, `form[data-step="${field}"] button[type="submit"]`);
  await page.keyboard.press('Enter');
}

/** Opens the start page, reaches 確認を始める by keyboard, and answers every question, running axe on each step. */
async function completeChecker(page: Page, answers: [string, string][]) {
  await tabTo(page, 'a[href="/support/lease/check/"]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/support\/lease\/check\/$/);
  for (const [field, value] of answers) {
    await eventually(() => visibleStep(page)).toBe(field);
    await expectNoAxeViolations(page, `step ${field}`);
    await answer(page, field, value);
  }
  await eventually(() => visibleStep(page)).toBe('result');
  // Focus moves to the result's heading, so a screen reader announces it.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-title');
  await expectNoAxeViolations(page, 'result');
}

const resultText = (page: Page) => page.locator('[data-result]').innerText();

describe('lease subsidy checker, keyboard only', () => {
  it('an eligible clinic: 対象 with the amount and rule; Back, browser Back/Forward, the bookmarked URL and print work', async () => {
    // Its own context: it ends in print media.
    const { context, page } = await openPage(browser, '/support/lease/', desktop);
    await completeChecker(page, [
      ['kind', 'clinic'],
      ['beds', '３'],
      ['hasEhr', 'no'],
      ['includesUsageFee', 'yes'],
      ['standardOutput', 'yes'],
      ['leaseYears', '5'],
      ['reLease', 'no'],
      ['cancellableAtWill', 'no'],
    ]);
    expect(await page.locator('[data-result-title]').textContent()).toMatch(/^対象です/);
    const text = await resultText(page);
    expect(text).toContain('補助額の上限（基準額）：3,000千円（3,000,000円）');
    expect(text).toContain('根拠：診療所：②3,000千円（4床以下の診療所）');
    expect(text).toContain('交付要綱');
    expect(await page.locator('[data-result-summary]').innerText()).toContain('3床');
    const resultUrl = page.url();
    expect(new URL(resultUrl).search).toBe('?kind=clinic&beds=%EF%BC%93&hasEhr=no&includesUsageFee=yes&standardOutput=yes&leaseYears=5&reLease=no&cancellableAtWill=no&step=result');

    // 戻る (by keyboard) shows the last question with its answer kept.
    await tabTo(page, '[data-back]', true);
    await page.keyboard.press('Enter');
    await eventually(() => visibleStep(page)).toBe('cancellableAtWill');
    expect(await page.locator('input[name="cancellableAtWill"]:checked').getAttribute('value')).toBe('no');
    expect(new URL(page.url()).searchParams.get('step')).toBe('cancellableAtWill');
    // The browser's own Back and Forward move through the same steps.
    await page.goBack();
    await eventually(() => visibleStep(page)).toBe('reLease');
    await page.goForward();
    await page.goForward();
    await eventually(() => visibleStep(page)).toBe('result');

    // Printing keeps the result and the answers, without the navigation and buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-result-panel]').isVisible()).toBe(true);
    expect(await page.locator('[data-result-summary]').isVisible()).toBe(true);
    expect(await page.locator('[data-back]').isVisible()).toBe(false);
    expect(await page.locator('[data-print]').isVisible()).toBe(false);
    await context.close();

    // The bookmarked URL opens the same result in a fresh browser.
    const fresh = await openPage(browser, new URL(resultUrl).pathname + new URL(resultUrl).search, phone);
    await eventually(() => visibleStep(fresh.page)).toBe('result');
    expect(await resultText(fresh.page)).toContain('3,000千円（3,000,000円）');
    await fresh.context.close();
  }, journeyTimeout);

  it('an ineligible hospital (EHR already in place): an impossible bed count is refused first, then 対象外 with the reason and what would change it', async () => {
    const page = await onDesktop.visit('/support/lease/');
    await tabTo(page, 'a[href="/support/lease/check/"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/support\/lease\/check\/$/);
    await answer(page, 'kind', 'hospital');
    await answer(page, 'beds', '10');
    // A 病院 under 20 beds cannot be: the error is shown, announced and focused, not a result.
    await eventually(() => page.locator('#beds-error').textContent()).toBe(subsidyMessages.hospitalTooFew);
    expect(await page.locator('#beds-input').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#beds-input').getAttribute('aria-describedby')).toContain('beds-error');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-error-summary]'))).toBe(true);
    expect(await page.title()).toMatch(/^エラー：/);
    await expectNoAxeViolations(page, 'beds error');
    await answer(page, 'beds', '200');
    for (const [field, value] of [
      ['hasEhr', 'yes'],
      ['includesUsageFee', 'yes'],
      ['standardOutput', 'yes'],
      ['leaseYears', '5'],
      ['reLease', 'no'],
      ['cancellableAtWill', 'no'],
    ]) {
      await expectNoAxeViolations(page, `step ${field}`);
      await answer(page, field!, value!);
    }
    await eventually(() => visibleStep(page)).toBe('result');
    await expectNoAxeViolations(page, 'result');
    expect(await page.locator('[data-result-title]').textContent()).toMatch(/^対象外です/);
    const reasons = await page.locator('[data-reason]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.reason));
    expect(reasons).toEqual(['noEhr']);
    const text = await resultText(page);
    expect(text).toContain(`「${conditions.noEhr.quote}」`);
    expect(text).toContain(conditions.noEhr.change);
    expect(text).not.toContain('千円（');
  }, journeyTimeout);

  it('a dental clinic: 対象外 because the subsidy is for 病院及び医科診療所', async () => {
    const page = await onPhone.visit('/support/lease/');
    await completeChecker(page, [
      ['kind', 'dental-clinic'],
      ['beds', '0'],
      ['hasEhr', 'no'],
      ['includesUsageFee', 'yes'],
      ['standardOutput', 'yes'],
      ['leaseYears', '4.5'],
      ['reLease', 'no'],
      ['cancellableAtWill', 'no'],
    ]);
    expect(await page.locator('[data-result-title]').textContent()).toMatch(/^対象外です/);
    const reasons = await page.locator('[data-reason]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.reason));
    expect(reasons).toEqual(['medical']);
    expect(await resultText(page)).toContain(conditions.medical.failure);
  }, journeyTimeout);

  it('a stale bookmark with an impossible answer asks that question again instead of showing a result', async () => {
    const page = await onPhone.visit('/support/lease/check/?kind=clinic&beds=500&hasEhr=no&includesUsageFee=yes&standardOutput=yes&leaseYears=5&reLease=no&cancellableAtWill=no&step=result');
    await eventually(() => visibleStep(page)).toBe('beds');
    expect(await page.locator('#beds-error').textContent()).toBe(subsidyMessages.clinicTooMany);
  });

  it('without JavaScript the checker page gives the whole decision table and conditions', async () => {
    const page = await withoutJs.visit('/support/lease/check/');
    expect(await page.locator('[data-checker-app]').isHidden()).toBe(true);
    const rows = await page.locator('[data-rule-table] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim()).join('|')));
    expect(rows).toEqual([
      '病院|20床以上|605千円×病床数（病院：605千円×病床数）',
      '医科診療所|5〜19床|605千円×病床数（診療所：①605千円×病床数（5床以上の診療所））',
      '医科診療所|0〜4床（病床なしを含む）|3,000千円（診療所：②3,000千円（4床以下の診療所））',
      '歯科診療所|—|対象外（補助対象は「病院及び医科診療所」）',
    ]);
    const conditionRows = await page.locator('[data-condition-table] tbody tr').count();
    expect(conditionRows).toBe(Object.keys(conditions).length);
    for (const condition of Object.values(conditions)) expect(await page.locator('[data-condition-table]').innerText()).toContain(condition.quote);
    expect(await page.locator('[data-checker-fallback]').isVisible()).toBe(true);
  });
});

describe('lease start page', () => {
  it('links the checker and shows the decision table without JavaScript', async () => {
    const page = await withoutJs.visit('/support/lease/');
    expect(await page.getByRole('link', { name: '確認を始める' }).getAttribute('href')).toBe('/support/lease/check/');
    expect(await page.locator('[data-rule-table] tbody tr').count()).toBe(4);
    expect(await page.getByText('交付要綱').first().isVisible()).toBe(true);
  });
});

describe('/support/: 電子カルテ支援メニュー（目的別）', () => {
  it('every menu item says who can use it, how to apply and whom to ask (with a phone, mail or link), by stage', async () => {
    const page = await onPhone.visit('/support/');
    const slugs = readdirSync(path.resolve('src/content/support')).sort();
    const shown = await page.locator('[data-support-item]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.supportItem!));
    expect([...shown].sort()).toEqual(slugs);
    for (const slug of slugs) {
      const item = page.locator(`[data-support-item="${slug}"]`);
      expect(await item.locator('dt').allInnerTexts(), slug).toEqual(expect.arrayContaining([expect.stringMatching(/^対象/), expect.stringMatching(/^支援の内容/), expect.stringMatching(/^実施期間/), expect.stringMatching(/^申請方法/), expect.stringMatching(/^問い合わせ先/)]));
      expect((await item.locator('[data-apply] dd').innerText()).trim().length, `${slug} application`).toBeGreaterThan(10);
      const reach = await item.locator('[data-contact] a[href^="tel:"], [data-contact] a[href^="mailto:"], [data-contact] a[href^="https://"]').count();
      expect(reach, `${slug} contact`).toBeGreaterThan(0);
    }
    // 導入前・導入時・導入後, in that order, with the plan's items and the national schemes alongside.
    expect(await page.locator('main h2[id^="stage-"]').allTextContents()).toEqual(['【導入前】', '【導入時】', '【導入後】']);
    for (const [stage, slugsIn] of [
      ['before', ['consultation-desk', 'consulting-support']],
      ['during', ['ehr-introduction', 'lease-introduction']],
      ['after', ['cybersecurity-support', 'dx-human-resources']],
    ] as const) {
      for (const slug of slugsIn) expect(await page.locator(`section:has(> h2#stage-${stage}) [data-support-item="${slug}"]`).count(), slug).toBe(1);
    }
    expect(await page.getByRole('heading', { name: '国の制度・情報' }).count()).toBeGreaterThan(0);
    // Contacts and details the plan does not give are labelled.
    expect(await page.locator('[data-support-item="consultation-desk"] [data-contact] .sample-label').count()).toBe(1);
    // Budgets are context at the end, in public wording.
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/R\d予算/);
    expect(text).toContain('令和8年度予算 42億円');
    await expectNoAxeViolations(page, '/support/');
  });
});

describe('/cybersecurity/', () => {
  it('the self-check keeps its ticks across a reload, sends nothing, and prints', async () => {
    // Its own context: it records every request the tab makes, and prints.
    const { context, page } = await openPage(browser, '/cybersecurity/', phone);
    const boxes = page.locator('[data-self-check-form] input[type="checkbox"]');
    const total = await boxes.count();
    expect(total).toBeGreaterThanOrEqual(10);
    // The plan's points are all there.
    const legends = await page.locator('[data-self-check-form] legend').allTextContents();
    expect(legends).toEqual(expect.arrayContaining(['ネットワークの脆弱性', 'アカウント・パスワード管理', 'ウイルス対策', 'オフラインバックアップ']));

    // Every request from here on is recorded: ticking must not make any.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
    await page.getByLabel('退職した職員など、使っていないアカウントを停止・削除している').check();
    await page.getByLabel('電子カルテなど重要なデータのバックアップを、ネットワークから切り離して保管している').check();
    await boxes.nth(0).focus();
    await page.keyboard.press('Space');
    await eventually(() => page.locator('[data-self-check-progress]').textContent()).toBe(`全${total}項目のうち3項目を確認済みです。`);
    expect(requests).toEqual([]);
    const stored = await page.evaluate(() => Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)]));
    expect(stored).toHaveLength(1);
    expect(JSON.parse(stored[0]![1]!)).toHaveLength(3);

    await page.reload({ waitUntil: 'load' });
    // After a reload the page's own files are fetched again, and nothing else: no POST, no other host, no query string.
    const origin = new URL(page.url()).origin;
    expect(requests.filter((r) => !r.startsWith(`GET ${origin}/`) || r.includes('?'))).toEqual([]);
    await eventually(() => page.locator('[data-self-check-form] input:checked').count()).toBe(3);
    expect(await page.getByLabel('退職した職員など、使っていないアカウントを停止・削除している').isChecked()).toBe(true);
    await expectNoAxeViolations(page, '/cybersecurity/ with ticks');

    // Printed, the checklist and its ticks remain; the buttons, header and footer do not.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-self-check-form]').isVisible()).toBe(true);
    expect(await page.locator('[data-self-check-form] input:checked').count()).toBe(3);
    expect(await page.locator('[data-self-check-print]').isVisible()).toBe(false);
    expect(await page.locator('body > header').isVisible()).toBe(false);
    expect(await page.locator('[data-first-hour]').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // Clearing forgets everything stored.
    await page.getByRole('button', { name: 'チェックをすべて外す' }).click();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await context.close();
  });

  it('links both checklists, says what to do first and whom to call, and leads to module ④ and the backup support', async () => {
    const page = await withoutJs.visit('/cybersecurity/');
    const checklistLinks = await page.locator('[data-checklists] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(checklistLinks).toEqual(['https://www.mhlw.go.jp/', 'https://www.hokeniryo.metro.tokyo.lg.jp/']);
    expect(await page.locator('[data-first-hour] li').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('[data-first-hour]').innerText()).toContain('ネットワークから切り離す');
    const contacts = page.locator('[data-contacts]');
    expect(await contacts.locator('a[href="tel:110"]').count()).toBe(1);
    expect(await contacts.locator('a[href="https://www.npa.go.jp/cyber/soudan.html"]').count()).toBe(1);
    // The bureau's number is not in the plan: it is labelled as a sample.
    expect(await contacts.locator('li:has-text("東京都保健医療局") .sample-label').count()).toBe(1);
    expect(await page.locator('main a[href="/seminars/basic-04-cybersecurity/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/seminars/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/support/#cybersecurity-support"]').count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain('オフラインバックアップに関する機器整備等を支援');
    // Without JavaScript the checklist is still there to print and fill in by hand.
    expect(await page.locator('[data-self-check-form] input[type="checkbox"]').first().isVisible()).toBe(true);
  });
});
