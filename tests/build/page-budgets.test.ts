/**
 * Every built page, not only the sample page of each template, within its template's HTML budget
 * (raw and gzip): a CMS entry that grows a page past its budget fails with the page named.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templates } from '../../tools/bench-templates.mjs';
import { htmlPageSizes, pageHtmlBudgetFailures } from '../../tools/budgets.mjs';
import { distDir } from '../support/dist';

describe('HTML budget for every built page', () => {
  it('holds for every page in dist/', () => {
    const pages = htmlPageSizes(distDir);
    expect(pages.length).toBeGreaterThan(50);
    expect(pageHtmlBudgetFailures(pages, templates)).toEqual([]);
  });

  it('names a glossary page a 1 MB definition has blown up, and a session page that is not the sample', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'page-budgets-'));
    try {
      mkdirSync(path.join(dist, 'manga/glossary'), { recursive: true });
      writeFileSync(path.join(dist, 'manga/glossary/index.html'), `<!doctype html><title>用語集</title><p>${'説明'.repeat(180_000)}</p>`);
      mkdirSync(path.join(dist, 'seminars/outreach-late-addition'), { recursive: true });
      writeFileSync(path.join(dist, 'seminars/outreach-late-addition/index.html'), `<!doctype html><title>講習会</title><p>${'あ'.repeat(100_000)}</p>`);
      const failures = pageHtmlBudgetFailures(htmlPageSizes(dist), templates);
      expect(failures).toEqual([
        expect.stringMatching(/^glossary \/manga\/glossary\/: HTML 1080\d{3} B > budget 122880 B/),
        expect.stringMatching(/^seminar session \/seminars\/outreach-late-addition\/: HTML 3000\d{2} B > budget 262144 B/),
      ]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
