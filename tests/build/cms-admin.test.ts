/** /admin/ in the built dist/: the CMS bundle is there, only /admin/ loads it, and only /admin/ relaxes the CSP. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decapRuntimeFiles, decapDistDir } from '../../src/integrations/decap-cms';
import { builtPagePaths, distDir, readBuilt } from '../support/dist';

const admin = readBuilt('/admin/');
const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!);
const cspOf = (html: string) => html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1] ?? '';

describe('/admin/', () => {
  it('has the prebuilt Decap bundle beside it, without source maps', () => {
    const copied = readdirSync(path.join(distDir, 'admin')).filter((name) => !statSync(path.join(distDir, 'admin', name)).isDirectory() && name !== 'index.html');
    expect(copied.sort()).toEqual(decapRuntimeFiles(decapDistDir()));
    expect(copied).toContain('decap-cms.js');
    expect(copied.some((name) => name.endsWith('.map'))).toBe(false);
    const main = readFileSync(path.join(distDir, 'admin', 'decap-cms.js'));
    console.log(`[cms] /admin/decap-cms.js: ${(main.length / 1e6).toFixed(2)} MB raw, ${(gzipSync(main).length / 1e6).toFixed(2)} MB gzip`);
  });

  it('initialises the CMS manually from a Japanese config embedded as data', () => {
    const config = JSON.parse(admin.match(/<script type="application\/json" id="cms-config">([^<]+)<\/script>/)![1]!);
    expect(config).toMatchObject({ load_config_file: false, locale: 'ja' });
    expect(config.collections.length).toBeGreaterThan(0);
    expect(admin).toMatch(/data-cms-script="\/admin\/decap-cms\.js\?v=[\d.]+"/);
  });

  it('is noindex, links the editor guide, and its CSP alone allows unsafe-eval', () => {
    expect(admin).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    expect(admin).toContain('href="/admin/guide/"');
    expect(cspOf(admin)).toContain("'unsafe-eval'");
    expect(readFileSync(path.join(distDir, '_headers'), 'utf8').split(/\n(?=\S)/).filter((block) => block.includes("'unsafe-eval'")).map((block) => block.split('\n')[0]).sort()).toEqual(['/admin/', '/admin/index.html']);
  });

  it('the editor guide is built from docs/editor-guide.md and is noindex', () => {
    const guide = readBuilt('/admin/guide/');
    expect(guide).toContain('代替テキスト');
    expect(guide).toMatch(/<meta name="robots" content="noindex/);
  });
});

describe('the rest of the site', () => {
  const publicPages = builtPagePaths().filter((page) => page.endsWith('/') || page.endsWith('.html'));
  const adminScripts = scriptsOf(admin).filter((src) => src.startsWith('/_astro/'));

  it('loads none of the CMS code', () => {
    expect(publicPages.length).toBeGreaterThan(3);
    for (const page of publicPages) {
      const html = readBuilt(page);
      expect(html, page).not.toMatch(/decap-cms|cms-config|data-cms-start/);
      for (const src of scriptsOf(html)) {
        expect(adminScripts, `${page} loads the admin's script ${src}`).not.toContain(src);
        const file = path.join(distDir, src.split('?')[0]!);
        if (existsSync(file)) expect(readFileSync(file, 'utf8'), `${page}: ${src}`).not.toMatch(/CMS_MANUAL_INIT|registerPreviewTemplate/);
      }
    }
  });

  it('keeps /admin/ out of the sitemap and the search index', () => {
    expect(readBuilt('/sitemap-0.xml')).not.toContain('/admin/');
    expect(admin).not.toContain('data-pagefind-body');
  });
});
