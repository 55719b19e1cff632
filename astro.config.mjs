// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import securityHeaders from './src/integrations/security-headers.ts';
import decapCms from './src/integrations/decap-cms.ts';
import { siteDirectives, siteScriptResources, siteStyleResources } from './src/integrations/csp.ts';
import { searchIndex } from './src/integrations/search-index.mjs';
import mangaServiceWorker from './src/integrations/manga-service-worker.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { sanitizeMarkdown } from './src/integrations/markdown-sanitize.ts';
import builtImageCheck from './src/integrations/built-image-check.mjs';
import sessionFiles from './src/integrations/session-files.ts';
import { siteUrlFrom } from './src/integrations/site-url.ts';
import { existsSync } from 'node:fs';
import { defaultLocaleId, locales } from './src/i18n/locales.ts';

/**
 * The public origin. Deploys set SITE_URL (e.g. https://navi.example.lg.jp);
 * the default keeps canonical and OGP URLs absolute in local builds.
 */
// Only the root of an origin: a SITE_URL with a path stops the build (src/integrations/site-url.ts).
const site = siteUrlFrom(process.env);
const search = searchIndex();

/**
 * Languages (issue 21): a locale is published when its string module src/i18n/<id>.ts exists,
 * the same rule as src/i18n/index.ts. Japanese has no prefix; the others use their id.
 */
const publishedLocales = locales.filter((locale) => locale.id === defaultLocaleId || existsSync(new URL(`./src/i18n/${locale.id}.ts`, import.meta.url)));

/** Pages that must never be listed for search engines. */
const notInSitemap = ['/admin/', '/404/', '/search/', ...publishedLocales.map((locale) => `/${locale.id}/search/`)];

export default defineConfig({
  site,
  output: 'static',
  // Outside node_modules, which `npm ci` deletes: CI caches this folder between runs so unchanged
  // images are not encoded again (npm run bench reports how many were).
  cacheDir: './.cache/astro',
  // No code blocks on this site; Shiki's inline styles would also defeat the strict CSP.
  // Every Markdown body passes one allowlist (src/integrations/markdown-sanitize.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [sanitizeMarkdown] }) },
  trailingSlash: 'always',
  i18n: {
    locales: publishedLocales.map((locale) => locale.id),
    defaultLocale: defaultLocaleId,
    // The localized routes are written by hand (src/pages/[locale]/), so Astro adds no redirects.
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  // Four pages in flight: with one, Astro awaits each page's mkdir and write before rendering the
  // next, and the build sat idle for a third of page generation (4.3 of 13 s at 2,000 sessions,
  // CPU profile). The output is byte-identical to one page at a time (diff -r of both builds at
  // 2,000 sessions) and between builds (tests/build/reproducible-build.test.ts).
  build: { format: 'directory', concurrency: 4 },
  security: {
    // Per-page <meta> CSP with hashes of every script and style Astro emits.
    csp: {
      directives: [...siteDirectives],
      scriptDirective: { resources: [...siteScriptResources] },
      styleDirective: { resources: [...siteStyleResources] },
    },
  },
  // Never inline bundled scripts into the HTML (Astro does for small ones): page modules stay
  // cacheable files, and the CSP hashes only the few inline scripts that remain.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  // AVIF at sharp's default effort takes ~20 s per manga page on 2 cores; effort 2 is ~10× faster
  // for ~7 % more bytes (see shared reference notes). Astro caches the results between builds.
  image: {
    // Sharp, plus "never larger than the source" (src/integrations/image-service.ts).
    service: { entrypoint: './src/integrations/image-service.ts', config: { avif: { effort: 2 }, webp: { effort: 4 } } },
  },
  integrations: [
    mdx(),
    // Starts the Pagefind index of the built pages; the steps below run while it indexes.
    search.indexing,
    // Every session's .ics and image.png, written after the pages (before the checks that read dist/).
    sessionFiles(),
    sitemap({
      filter: (page) => !notInSitemap.some((path) => new URL(page).pathname.startsWith(path)),
      // xhtml:link alternates between the language versions of a page (hreflang values).
      i18n: { defaultLocale: defaultLocaleId, locales: Object.fromEntries(publishedLocales.map((locale) => [locale.id, locale.hreflang])) },
    }),
    // Copies Decap CMS's prebuilt bundle to /admin/ (before _headers is written from the pages).
    decapCms(),
    securityHeaders(),
    // dist/manga/sw.js for offline reading of manga episodes.
    mangaServiceWorker(),
    // Every image in the output must decode (a corrupted image cache must not ship).
    builtImageCheck(),
    // Last: the build ends when the index is written.
    search.written,
  ],
});
