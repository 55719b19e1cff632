/**
 * Serves Decap CMS's prebuilt bundle at /admin/ without passing it through Vite (which
 * breaks on its Node globals and its own React): copied from node_modules into dist/admin/
 * after the build, and served straight from node_modules under `astro dev`.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { unreferencedMedia, unreferencedMediaMessage } from '../../cms/media-check';
import { skipsBuildStep } from './build-steps.mjs';

const require = createRequire(import.meta.url);

/** node_modules/decap-cms/dist */
export const decapDistDir = () => path.join(path.dirname(require.resolve('decap-cms/package.json')), 'dist');

/**
 * The files the browser can ask for: the main script, the chunks it loads lazily and the wasm
 * beside them. Source maps (~60 MB) and the duplicate `cms.js` build are left out.
 */
export function decapRuntimeFiles(dir = decapDistDir()): string[] {
  return readdirSync(dir)
    .filter((name) => /^(\d+\.)?decap-cms\.js$/.test(name) || name.endsWith('.wasm') || name === 'decap-cms.js.LICENSE.txt')
    .sort();
}

const contentTypes: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };

export default function decapCms(): AstroIntegration {
  return {
    name: 'decap-cms-bundle',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const dir = decapDistDir();
        const files = new Set(decapRuntimeFiles(dir));
        server.middlewares.use((req, res, next) => {
          const name = new URL(req.url ?? '/', 'http://localhost').pathname.match(/^\/admin\/([^/]+)$/)?.[1];
          if (!name || !files.has(name)) return next();
          res.setHeader('Content-Type', contentTypes[path.extname(name)] ?? 'application/octet-stream');
          res.setHeader('Content-Length', String(statSync(path.join(dir, name)).size));
          createReadStream(path.join(dir, name)).pipe(res);
        });
      },
      'astro:build:start': ({ logger }) => {
        // Reported, not fatal: a replaced upload left behind must not stop an editor's next publish.
        const orphans = unreferencedMedia(path.resolve('src/content'));
        if (orphans.length) logger.warn(unreferencedMediaMessage(orphans.map((file) => path.relative(process.cwd(), file))));
      },
      'astro:build:done': ({ dir, logger }) => {
        if (skipsBuildStep('cms-bundle')) return logger.info('Decap CMS bundle: skipped (IRYO_DX_SKIP_BUILD_STEPS)');
        const source = decapDistDir();
        const target = path.join(fileURLToPath(dir), 'admin');
        if (!existsSync(target)) mkdirSync(target, { recursive: true });
        let bytes = 0;
        const files = decapRuntimeFiles(source);
        for (const name of files) {
          copyFileSync(path.join(source, name), path.join(target, name));
          bytes += statSync(path.join(source, name)).size;
        }
        logger.info(`copied ${files.length} Decap CMS files (${(bytes / 1e6).toFixed(1)} MB) to /admin/`);
      },
    },
  };
}
