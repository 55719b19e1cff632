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
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { generateSW } from 'workbox-build';
import { mangaCacheNames } from '../lib/manga/manga';

type Options = Omit<Parameters<typeof generateSW>[0], 'swDest' | 'globDirectory'>;

/** The worker's options (everything but where it goes). */
const swOptions: Options = {
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
};

/**
 * The worker depends only on these options and the installed Workbox: nothing is precached, so
 * no built file enters it. Bundling and minifying the inlined runtime costs ≈3 s of CPU, the same
 * on every build, so the result is kept in Astro's cache folder by a hash of both (issue 23).
 */
function cacheKey(options: Options): string {
  const workbox = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('workbox-build/package.json'), 'utf8')) as { version: string };
  const text = JSON.stringify(options, (_, value: unknown) => (value instanceof RegExp ? `RegExp(${value.source}/${value.flags})` : value));
  return createHash('sha256').update(`workbox-build@${workbox.version}\n${text}`).digest('hex').slice(0, 32);
}

/**
 * Writes `<root>/manga/sw.js`, from `cacheDir` when a worker for the same options was generated
 * before. Returns whether it was reused.
 */
export async function writeMangaServiceWorker(root: string, cacheDir: string | undefined, options: Options = swOptions): Promise<{ reused: boolean; size: number; warnings: string[] }> {
  const swDest = path.join(root, 'manga', 'sw.js');
  // Only a worker that precaches nothing depends on nothing in the build's output.
  const cacheable = cacheDir !== undefined && (options.globPatterns ?? []).length === 0;
  const cached = cacheable ? path.join(cacheDir, 'manga-sw', `${cacheKey(options)}.js`) : undefined;
  if (cached && existsSync(cached)) {
    mkdirSync(path.dirname(swDest), { recursive: true });
    copyFileSync(cached, swDest);
    return { reused: true, size: 0, warnings: [] };
  }
  // Loaded only here: importing workbox-build (Rollup, Babel) costs ≈ 0.9 s of CPU (1–4 s here), which a build
  // that reuses the cached worker (nearly every build) would otherwise pay for nothing. Node's require, not
  // import(): this hook runs after Vite has closed the module runner that loaded the config, and a dynamic
  // import() here goes through that runner ("Vite module runner has been closed", fresh clone, no cache).
  const { generateSW: generate } = createRequire(import.meta.url)('workbox-build') as { generateSW: typeof generateSW };
  // A copy: Workbox fills defaults into the options it is given, which would change the key.
  const { size, warnings } = await generate({ ...structuredClone(options), swDest, globDirectory: root });
  // Kept only when clean, and written whole (rename), so a half-written file is never reused.
  if (cached && warnings.length === 0) {
    mkdirSync(path.dirname(cached), { recursive: true });
    copyFileSync(swDest, `${cached}.${process.pid}.tmp`);
    renameSync(`${cached}.${process.pid}.tmp`, cached);
  }
  return { reused: false, size, warnings };
}

export default function mangaServiceWorker(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'manga-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { reused, size, warnings } = await writeMangaServiceWorker(fileURLToPath(dir), cacheDir);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`manga/sw.js written (${(size / 1024).toFixed(1)} KB precached${reused ? '; reused from the cache' : ''})`);
      },
    },
  };
}
