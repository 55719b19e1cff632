/**
 * Writes dist/_headers (the format Netlify, Cloudflare Pages and others read) after the
 * build: for every page, the Content-Security-Policy Astro put in its <meta> plus
 * frame-ancestors (which only a response header can carry), and site-wide security headers.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHeadersFile, cspFromHtml } from '../../src/lib/headers-file';
import { responseHeaders } from '../../src/lib/csp';
import { htmlFilesIn, urlPathOf } from '../lib/built-pages.mjs';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = [];
        for (const file of htmlFilesIn(root)) {
          pages.push({ path: urlPathOf(root, file), csp: cspFromHtml(await readFile(file, 'utf8')) });
        }
        await writeFile(path.join(root, '_headers'), buildHeadersFile(pages, responseHeaders));
        logger.info(`_headers written for ${pages.length} pages`);
      },
    },
  };
}
