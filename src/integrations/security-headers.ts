/**
 * Writes dist/_headers (the format Netlify, Cloudflare Pages and others read) after the
 * build: for every page, the Content-Security-Policy Astro put in its <meta> plus
 * frame-ancestors (which only a response header can carry), and site-wide security headers.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHeadersFile, cspFromHtml, headersFileProblems } from './headers-file';
import { responseHeaders } from './csp';
import { htmlFilesIn, urlPathOf } from './built-pages.mjs';

/** How much of each page is read first: Astro writes the CSP <meta> within its first ≈ 3 KB. */
const headBytes = 16 * 1024;

/** One buffer for every page's first bytes: pages are read one at a time. */
const head = Buffer.alloc(headBytes);

/**
 * The CSP of a built page, as {@link cspFromHtml} finds it in the whole file, from its first
 * 16 KB where the policy is there: at 2,000 sessions, decoding every page whole (≈ 100 MB of
 * UTF-8) was ≈ 0.8 s of the build's last steps for a value in each page's first 3 KB. A match in
 * the prefix is the file's first match (it needs its closing quote, so a value cut off at the end
 * never matches); with none, the whole file is read, so a page whose policy comes later (the CMS
 * page) gets the same answer as before. Read synchronously: Astro has just written the pages, so
 * they are in the page cache, and 2,334 reads through promises (open, read, close, eight in
 * flight) cost 0.48–0.72 s of CPU against 0.34–0.40 s this way (issue 23).
 */
export function pageCsp(file: string): string | undefined {
  const fd = openSync(file, 'r');
  let bytesRead: number;
  try {
    bytesRead = readSync(fd, head, 0, headBytes, 0);
  } finally {
    closeSync(fd);
  }
  const found = cspFromHtml(head.toString('utf8', 0, bytesRead));
  if (found !== undefined || bytesRead < headBytes) return found;
  return cspFromHtml(readFileSync(file, 'utf8'));
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = htmlFilesIn(root).map((file) => ({ path: urlPathOf(root, file), csp: pageCsp(file) }));
        const file = buildHeadersFile(pages, responseHeaders);
        // A host that rejects the file would serve every page without frame-ancestors or HSTS.
        const problems = headersFileProblems(file);
        if (problems.length > 0) throw new Error(`_headers が Cloudflare Pages の上限を超えています:\n${problems.join('\n')}`);
        await writeFile(path.join(root, '_headers'), file);
        logger.info(`_headers written for ${pages.length} pages in ${file.split('\n').filter((line) => line.startsWith('/')).length} rules`);
      },
    },
  };
}
