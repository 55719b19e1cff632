/**
 * Writes dist/manga/sw.js after the build with Workbox's generateSW: a service worker scoped
 * to /manga/ (its folder) that keeps what 「オフラインで読む」 stores. Nothing is precached —
 * an episode is stored only when its reader asks (workbox-routing's CACHE_URLS message, sent
 * through workbox-window), so visitors who never press the button download nothing extra.
 *
 * Why generateSW at build time rather than a hand-bundled worker: the generated file is one
 * static script on the site's own origin (the Workbox runtime inlined, so no CDN and no
 * importScripts), it needs no bundler entry of its own, and the strict CSP's
 * `worker-src 'self'` already allows it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { mangaCacheNames } from '../lib/manga/manga';

export default function mangaServiceWorker(): AstroIntegration {
  return {
    name: 'manga-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { size, warnings } = await generateSW({
          swDest: path.join(root, 'manga', 'sw.js'),
          globDirectory: root,
          globPatterns: [],
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          skipWaiting: true,
          clientsClaim: true,
          cacheId: 'iryo-dx-navi',
          runtimeCaching: [
            {
              // Episode pages: fresh from the network when online, the stored copy when not.
              urlPattern: /\/manga\/[a-z0-9-]+\/(?:index\.html)?$/,
              handler: 'NetworkFirst',
              options: { cacheName: mangaCacheNames.pages, networkTimeoutSeconds: 4 },
            },
            {
              // Page images, scripts and styles: Astro gives them content-hashed names, so a
              // stored copy never goes stale.
              urlPattern: /\/_astro\/[^/]+\.(?:avif|webp|png|jpe?g|js|css)$/,
              handler: 'CacheFirst',
              options: { cacheName: mangaCacheNames.assets, expiration: { maxEntries: 400 } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`manga/sw.js written (${(size / 1024).toFixed(1)} KB precached)`);
      },
    },
  };
}
