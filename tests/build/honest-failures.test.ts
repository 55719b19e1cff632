/**
 * A hostile Markdown body renders without its tags (the page stays, in Chromium), and failures
 * that say so: `npm run build` (scripts/build.mjs) builds beside dist/ and replaces it
 * only on success, so a build that fails while rendering or in the post-build image check leaves
 * the previous site intact; a broken image in the output fails the build with its path.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../tools/find-chromium.mjs';
import { startStaticServer } from '../../tools/serve-dist.mjs';
import { createFixtureProject, type FixtureProject } from '../support/fixture-project';
import { readPageWithoutRuby } from '../support/dist';

describe('a fixture site built with npm run build: hostile body, then two failing builds', () => {
  let project: FixtureProject;
  let dist: string;
  const runs: { code: number; output: string }[] = [];
  const build = () => {
    // The very script behind `npm run build`, run in the fixture project.
    const result = project.node('scripts/build.mjs');
    runs.push(result);
    return result;
  };
  beforeAll(() => {
    // It asserts nothing about the search index or the CMS bundle, so its three builds leave them out.
    project = createFixtureProject({ withContent: false, skip: ['search-index', 'cms-bundle'] });
    cpSync(path.resolve('tests/fixtures/hostile-bodies'), path.join(project.dir, 'src/content'), { recursive: true });
    dist = path.join(project.dir, 'dist');
  }, 300_000);
  afterAll(() => project?.remove());

  it('a first build succeeds and writes dist/', () => {
    const result = build();
    expect(result.code, result.output.slice(-2000)).toBe(0);
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
    writeFileSync(path.join(dist, 'previous-build.txt'), 'the site that was online');
  });

  it('renders a hostile case-study body without its tags, and the page stays where it is', async () => {
    const html = readPageWithoutRuby('/cases/sample-hostile-body/', dist);
    const body = html.slice(html.indexOf('この事例の本文は'));
    expect(body).toContain('本文の最後です。');
    expect(html).not.toMatch(/http-equiv="refresh"|<base |<form action="https|<iframe|<object|onmouseover|javascript:alert|evil\.example/);
    const server = await startStaticServer(dist);
    const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      const offSite: string[] = [];
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
        offSite.push(route.request().url());
        return route.abort();
      });
      // Control: the same harness sees a meta refresh that is not removed leave the page.
      writeFileSync(path.join(dist, 'refresh-control.html'), '<!doctype html><meta http-equiv="refresh" content="0;url=/cases/"><title>control</title>');
      await page.goto(`${server.url}/refresh-control.html`);
      await page.waitForURL(`${server.url}/cases/`, { timeout: 10_000 });
      // The hostile page: load it, then give a 0-second refresh the same chance to fire.
      await page.goto(`${server.url}/cases/sample-hostile-body/`, { waitUntil: 'load' });
      const navigated = await page.waitForURL((url) => !url.pathname.startsWith('/cases/sample-hostile-body/'), { timeout: 2_000 }).then(() => true, () => false);
      expect(navigated, page.url()).toBe(false);
      expect(await page.locator('main').innerText()).toContain('この事例の本文は、そのまま表示されます。');
      expect(await page.locator('main form, main iframe, main object, main img[src*="evil"], base').count()).toBe(0);
      expect(offSite).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('a broken image in the output fails the build, naming it, and dist/ stays as it was', () => {
    mkdirSync(path.join(project.dir, 'public/images'), { recursive: true });
    writeFileSync(path.join(project.dir, 'public/images/broken.png'), Buffer.alloc(100, 7));
    const result = build();
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('dist/images/broken.png');
    expect(result.output).toContain('ビルドした画像 1 件が読み込めません');
    expect(result.output).toContain('dist/ は前回のビルドのまま残しています');
    expect(readFileSync(path.join(dist, 'previous-build.txt'), 'utf8')).toBe('the site that was online');
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
    expect(existsSync(path.join(project.dir, 'dist.next'))).toBe(false);
  });

  it('a page that fails while rendering fails the build and dist/ stays whole', () => {
    writeFileSync(path.join(project.dir, 'public/images/broken.png'), readFileSync(path.resolve('public/apple-touch-icon.png')));
    // Named to be rendered first (pages are generated in path order): the build fails at once
    // instead of after every other page.
    writeFileSync(path.join(project.dir, 'src/pages/0-fails.astro'), "---\nthrow new Error('描画中の失敗');\n---\n");
    const result = build();
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('描画中の失敗');
    expect(readFileSync(path.join(dist, 'previous-build.txt'), 'utf8')).toBe('the site that was online');
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
    expect(existsSync(path.join(dist, 'seminars/index.html'))).toBe(true);
  });
});
