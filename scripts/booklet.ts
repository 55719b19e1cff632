/**
 * `npm run booklet`: print-ready A5 PDFs of every manga episode for the print shop, one file
 * per episode in booklet/<slug>.pdf. Each is the built episode page itself printed by
 * Chromium (the page's print stylesheet: one drawn page per sheet, then the glossary sheet,
 * then references with a QR code to the web page), with page numbers in the footer — so the
 * booklet always matches the site. Builds the site first when dist/ is missing.
 *
 *   npm run booklet                 # every episode
 *   npm run booklet -- episode-01   # one episode
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer } from '../tools/serve-dist.mjs';
import { findChromium } from '../tools/find-chromium.mjs';

/** Episode slugs in a built site: the folders of dist/manga/ other than the glossary. */
export function builtEpisodes(dist: string): string[] {
  const manga = path.join(dist, 'manga');
  return readdirSync(manga)
    .filter((name) => name !== 'glossary' && statSync(path.join(manga, name)).isDirectory() && existsSync(path.join(manga, name, 'index.html')))
    .sort();
}

const footerTemplate = `<div style="width:100%;font-size:8pt;text-align:center;font-family:'Noto Sans JP',sans-serif;"><span class="pageNumber"></span></div>`;

/** Prints one built episode page to an A5 PDF; resolves to the file written. */
export async function renderBooklet(browser: Browser, baseUrl: string, slug: string, outDir: string): Promise<string> {
  // Without JavaScript the page is the plain list of pages (no reader), exactly what prints.
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 1130 }, deviceScaleFactor: 2, locale: 'ja-JP' });
  const page = await context.newPage();
  const response = await page.goto(new URL(`/manga/${slug}/`, baseUrl).href, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`マンガ ${slug} のページを開けません（HTTP ${response?.status()}）`);
  await page.emulateMedia({ media: 'print' });
  const file = path.join(outDir, `${slug}.pdf`);
  await page.pdf({
    path: file,
    format: 'A5',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate,
    margin: { top: '10mm', right: '10mm', bottom: '14mm', left: '10mm' },
  });
  await context.close();
  return file;
}

async function main() {
  const dist = path.resolve('dist');
  if (!existsSync(path.join(dist, 'manga'))) {
    console.log('dist/ がないため、先にサイトをビルドします（npm run build）');
    const build = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const wanted = process.argv.slice(2);
  const episodes = builtEpisodes(dist);
  const unknown = wanted.filter((slug) => !episodes.includes(slug));
  if (unknown.length) {
    console.error(`次のマンガは見つかりません: ${unknown.join(', ')}（あるもの: ${episodes.join(', ')}）`);
    process.exit(1);
  }
  const outDir = path.resolve('booklet');
  mkdirSync(outDir, { recursive: true });
  const server = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    for (const slug of wanted.length ? wanted : episodes) {
      const file = await renderBooklet(browser, server.url, slug, outDir);
      console.log(`${path.relative(process.cwd(), file)} を書き出しました`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
