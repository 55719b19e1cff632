/** Head metadata of every built page, read from dist/ (built by `npm test` before this runs). */
import { describe, expect, it } from 'vitest';
import { builtPagePaths, readBuilt } from '../support/dist';
import { localeById, localeOfPath } from '../../src/i18n/locales';

const pages = builtPagePaths();
const meta = (html: string, attr: string, name: string) =>
  html.match(new RegExp(`<meta[^>]*${attr}="${name}"[^>]*content="([^"]*)"`))?.[1] ??
  html.match(new RegExp(`<meta[^>]*content="([^"]*)"[^>]*${attr}="${name}"`))?.[1];

describe('every page', () => {
  it('was built', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/404.html');
  });

  it.each(pages)('%s has its language’s lang (ja, en…), a title, a description, canonical and OGP', (pagePath) => {
    const html = readBuilt(pagePath);
    expect(html).toMatch(new RegExp(`<html lang="${localeById(localeOfPath(pagePath)).htmlLang}"`));
    expect(html.match(/<title>([^<]+)<\/title>/)?.[1]).toMatch(/医療DX東京ナビ/);
    expect(meta(html, 'name', 'description')?.length).toBeGreaterThan(10);
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/.*$/);
    if (pagePath !== '/404.html') expect(new URL(canonical!).pathname).toBe(pagePath);
    expect(meta(html, 'property', 'og:title')).toBeTruthy();
    expect(meta(html, 'property', 'og:image')).toMatch(/^https?:\/\//);
    expect(meta(html, 'name', 'twitter:card')).toBe('summary_large_image');
  });

  it('titles are unique', () => {
    const titles = pages.map((p) => readBuilt(p).match(/<title>([^<]+)<\/title>/)?.[1]);
    const duplicates = titles.filter((t, i) => titles.indexOf(t) !== i);
    expect(duplicates).toEqual([]);
  });
});

describe('robots and sitemap', () => {
  it('robots.txt points at the sitemap and keeps crawlers out of /admin/', () => {
    const robots = readBuilt('/robots.txt');
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
    expect(robots).toMatch(/^Disallow: \/admin\/$/m);
  });

  it('the sitemap lists the public pages and not /admin/, /404 or /search/', () => {
    const sitemap = readBuilt('/sitemap-0.xml');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    // Search pages in every language are noindex, so none is listed.
    const expected = pages.filter((p) => p.endsWith('/') && !/^\/([a-z-]+\/)?search\/$/.test(p)).sort();
    expect(listed).toEqual(expected);
  });

  it('the sitemap gives each language version of a page its hreflang alternates (issue 21)', () => {
    const sitemap = readBuilt('/sitemap-0.xml');
    const entry = sitemap.match(/<url><loc>[^<]*\/en\/about\/<\/loc>.*?<\/url>/)?.[0] ?? '';
    const links = [...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], new URL(m[2]!).pathname]);
    expect(links.sort()).toEqual([['en', '/en/about/'], ['ja', '/about/'], ['ja-x-easy', '/easy/about/']]);
  });

  it('/admin/ is noindex', () => {
    expect(readBuilt('/admin/')).toMatch(/<meta name="robots" content="noindex/);
  });
});
