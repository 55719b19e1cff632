/**
 * `npm run booklet`: the print shop's PDF of an episode has one A5 sheet per drawn page, then
 * the glossary sheet and the references sheet (with the QR code), and nothing else — no
 * page split in two, no blank or chrome-only sheets. One episode keeps the test fast.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { baseUrl, desktop, launchBrowser, openPage } from '../support/browser';
import { readBuilt } from '../support/dist';
import { builtEpisodes, renderBooklet } from '../../scripts/booklet.ts';
import { distDir } from '../support/dist';
import { japaneseFontFamilies } from '../../tools/find-chromium.mjs';

const slug = 'episode-01';
const html = readBuilt(`/manga/${slug}/`);
const drawnPages = (html.match(/class="reader-page"/g) ?? []).length;
const backMatterSheets = (html.match(/data-print-sheet="/g) ?? []).length;

let browser: Browser;
let outDir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  outDir = mkdtempSync(path.join(tmpdir(), 'booklet-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('print booklet', () => {
  it('finds the built episodes', () => {
    expect(builtEpisodes(distDir)).toContain(slug);
  });

  it('sets its Japanese in a Japanese font, not in boxes', async () => {
    // Chromium without a Japanese font draws kana and kanji as boxes, in the PDFs too; the test
    // run installs fonts-noto-cjk when it can (tools/find-chromium.mjs).
    const japanese = new Set((japaneseFontFamilies() ?? []).flatMap((line) => line.split(',')));
    const { context, page } = await openPage(browser, `/manga/${slug}/`, desktop);
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(await page.locator('h1').textContent()).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    await context.close();
    expect(fonts.map((font) => font.familyName).filter((family) => japanese.has(family)), `no Japanese font drew the title (${fonts.map((font) => font.familyName).join(', ')}): sudo apt-get install -y fonts-noto-cjk`).not.toEqual([]);
  });

  it('prints one A5 sheet per drawn page plus the glossary and references sheets', async () => {
    expect(drawnPages).toBeGreaterThanOrEqual(8);
    expect(backMatterSheets).toBe(2); // this episode has glossary terms and references
    const file = await renderBooklet(browser, baseUrl(), slug, outDir);
    const pdf = await PDFDocument.load(readFileSync(file));
    expect(pdf.getPageCount()).toBe(drawnPages + backMatterSheets);
    // A5 is 148 × 210 mm = 419.5 × 595.3 pt.
    for (const sheet of pdf.getPages()) {
      const { width, height } = sheet.getSize();
      expect(Math.abs(width - 419.5)).toBeLessThan(1.5);
      expect(Math.abs(height - 595.3)).toBeLessThan(1.5);
    }
  });

  it('printing the episode page from the running reader (wide screen, spreads) gives the same sheets', async () => {
    const { context, page } = await openPage(browser, `/manga/${slug}/`, desktop);
    await page.waitForSelector('.reader.is-enhanced .swiper-initialized');
    // The reader loads every page image before printing.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.waitForLoadState('networkidle');
    await page.emulateMedia({ media: 'print' });
    const pdf = await PDFDocument.load(await page.pdf({ format: 'A5', margin: { top: '10mm', right: '10mm', bottom: '14mm', left: '10mm' } }));
    await context.close();
    expect(pdf.getPageCount()).toBe(drawnPages + backMatterSheets);
  });

  it('puts a QR code to the episode’s web page on the references sheet', () => {
    const sheet = html.slice(html.indexOf('data-print-sheet="references"'));
    expect(sheet).toMatch(/<svg[^>]*viewBox/);
    expect(sheet).toContain(`/manga/${slug}/`);
  });
});
