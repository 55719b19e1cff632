// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

/**
 * The public origin. Deploys set SITE_URL (e.g. https://navi.example.lg.jp);
 * the default keeps canonical and OGP URLs absolute in local builds.
 */
const site = process.env.SITE_URL ?? 'https://iryo-dx-navi.example.jp';

/** Pages that must never be listed for search engines. */
const notInSitemap = ['/admin/', '/404/', '/search/'];

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Never inline bundled scripts into the HTML (Astro does for small ones): a strict CSP
  // (script-src 'self') must not need hashes or 'unsafe-inline' for page modules.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !notInSitemap.some((path) => new URL(page).pathname.startsWith(path)),
    }),
  ],
});
