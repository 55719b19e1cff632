/**
 * Translations in the CMS (issue 21): Decap's language panes edit `translations.<locale>` of the
 * same file the build reads. The built /admin/ talks to the real decap-server, started on a free
 * port against a temp copy of src/content (the working tree is never touched); the page's own
 * backend address (localhost:8081, baked into the build) is connected to that port by a Chromium
 * host rule (localBackendHostRule), so this needs no second build. The preview follows the first pane's language. With Decap's top-level `i18n` missing, these editors opened with every
 * field empty and this test timed out waiting for the title.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { baseUrl, launchBrowser } from '../support/browser';
import { localBackendHostRule, startDecapServer, type CmsBackend } from '../support/cms-backend';

const CMS_TIMEOUT = 180_000;
let browser: Browser;
/**
 * One context for the file: the second editor loads Decap's 3 MB bundle from its HTTP cache and is
 * still logged in (a context per test downloaded, compiled and logged in again, issue 23). The
 * first test saves its change, so it leaves no unsaved-entry backup for the second to find.
 */
let context: BrowserContext;
let backend: CmsBackend;
let repo: string;

const contentFile = (collection: string, slug: string) => path.join(repo, 'src/content', collection, slug, 'index.md');
const frontmatter = (file: string) => parseYaml(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as { translations: Record<string, Record<string, string>> };

beforeAll(async () => {
  repo = mkdtempSync(path.join(tmpdir(), 'cms-i18n-'));
  cpSync('src/content', path.join(repo, 'src/content'), { recursive: true });
  backend = await startDecapServer(repo);
  browser = await launchBrowser([localBackendHostRule(backend.port)]);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
}, CMS_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await backend?.stop();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

/** Opens an entry's editor in the built /admin/, after the one-click local login unless the context has logged in. */
async function openEditor(hash: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL('/admin/', baseUrl()).href);
  const login = page.getByRole('button', { name: 'ログイン' });
  // The collection links of the sidebar: the CMS is ready.
  const ready = page.locator('a[href*="#/collections/"]').first();
  await login.or(ready).first().waitFor({ state: 'attached', timeout: 60_000 });
  if (await login.isVisible()) await login.click();
  await ready.waitFor({ state: 'attached', timeout: 60_000 });
  await page.getByText('コンテンツ').first().waitFor({ timeout: 30_000 });
  await page.goto(new URL(`/admin/${hash}`, baseUrl()).href);
  return { page, errors };
}

/** The first pane's field (the pane that validates and that the preview follows). */
const leftField = (page: Page, name: string) => page.locator(`[id^="${name}-field-"]`).first();

/**
 * Switches the first pane's language. (The second pane's own language menu throws
 * "this.props.onLocaleChange is not a function" in decap-cms 3.16: its pane is given no handler.)
 */
async function showLanguage(page: Page, from: string, to: string) {
  await page.getByRole('button', { name: `言語: ${from}` }).first().click();
  await page.getByRole('menuitem', { name: to.toLowerCase(), exact: true }).click();
}

describe('CMS language panes (Decap i18n)', () => {
  it('a manga episode: the English pane shows translations.en and a save there changes only that line', async () => {
    const file = contentFile('manga', 'episode-01');
    const before = readFileSync(file, 'utf8');
    const english = frontmatter(file).translations['en']!;
    const { page, errors } = await openEditor('#/collections/manga/entries/episode-01/index');
    await expect.poll(() => leftField(page, 'title').inputValue(), { timeout: 60_000 }).toBe(parseYaml(before.split(/^---$/m)[1]!).title);
    await showLanguage(page, 'JA', 'EN');
    await expect.poll(() => leftField(page, 'title').inputValue()).toBe(english['title']);
    expect(await leftField(page, 'summary').inputValue()).toBe(english['summary']);
    await leftField(page, 'title').fill('Home from hospital, the information follows');
    await page.getByRole('button', { name: '公開', exact: true }).click();
    await page.getByText('公開する', { exact: true }).click();
    await expect.poll(() => frontmatter(file).translations['en']?.['title'], { timeout: 15_000 }).toBe('Home from hospital, the information follows');
    const after = readFileSync(file, 'utf8').split('\n');
    const changed = after.filter((line, index) => line !== before.split('\n')[index]);
    expect(changed).toEqual(['    title: "Home from hospital, the information follows"']);
    expect(frontmatter(file).translations['en']!['title']).toBe('Home from hospital, the information follows');
    expect(errors).toEqual([]);
    await page.close();
  }, CMS_TIMEOUT);

  it('a video: the English pane and the preview show the English title and description', async () => {
    const english = frontmatter(contentFile('videos', 'overview')).translations['en']!;
    const { page, errors } = await openEditor('#/collections/videos/entries/overview/index');
    await expect.poll(() => leftField(page, 'title').inputValue(), { timeout: 60_000 }).not.toBe('');
    await showLanguage(page, 'JA', 'EN');
    await expect.poll(() => leftField(page, 'title').inputValue()).toBe(english['title']);
    expect(await leftField(page, 'description').inputValue()).toBe(english['description']);
    // The preview (shown beside the form) follows the first pane's language: the English page, marked lang="en".
    const preview = page.frameLocator('iframe').locator('main.cms-preview');
    await expect.poll(() => preview.locator('h1').textContent(), { timeout: 15_000 }).toBe(english['title']);
    expect(await preview.getAttribute('lang')).toBe('en');
    expect(await preview.locator('.lead').textContent()).toBe(english['description']);
    expect(errors).toEqual([]);
    await page.close();
  }, CMS_TIMEOUT);
});
