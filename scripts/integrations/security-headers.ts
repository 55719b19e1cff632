/**
 * Writes dist/_headers (the format Netlify, Cloudflare Pages and others read) after the
 * build: for every page, the Content-Security-Policy Astro put in its <meta> plus
 * frame-ancestors (which only a response header can carry), and site-wide security headers.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHeadersFile, cspFromHtml } from '../../src/lib/headers-file';
import { responseHeaders } from '../../src/lib/csp';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(full);
      return Promise.resolve(entry.name.endsWith('.html') ? [full] : []);
    }),
  );
  return nested.flat();
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = [];
        for (const file of (await htmlFiles(root)).sort()) {
          const relative = '/' + path.relative(root, file).split(path.sep).join('/');
          const urlPath = relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative;
          pages.push({ path: urlPath, csp: cspFromHtml(await readFile(file, 'utf8')) });
        }
        await writeFile(path.join(root, '_headers'), buildHeadersFile(pages, responseHeaders));
        logger.info(`_headers written for ${pages.length} pages`);
      },
    },
  };
}
