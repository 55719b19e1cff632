// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index.mjs';

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
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !notInSitemap.some((path) => new URL(page).pathname.startsWith(path)),
    }),
    // Last, so it indexes the finished dist/.
    searchIndex(),
  ],
});
