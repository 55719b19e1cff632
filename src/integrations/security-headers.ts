/**
 * Writes dist/_headers (the format Netlify, Cloudflare Pages and others read) after the
 * build: for every page, the Content-Security-Policy Astro put in its <meta> plus
 * frame-ancestors (which only a response header can carry), and site-wide security headers.
 */
import { open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import { buildHeadersFile, cspFromHtml, headersFileProblems } from './headers-file';
import { responseHeaders } from './csp';
import { htmlFilesIn, urlPathOf } from './built-pages.mjs';

/** How much of each page is read first: Astro writes the CSP <meta> within its first ≈ 3 KB. */
const headBytes = 16 * 1024;

/**
 * The CSP of a built page, as {@link cspFromHtml} finds it in the whole file, from its first
 * 16 KB where the policy is there: at 2,000 sessions, decoding every page whole (≈ 100 MB of
 * UTF-8) was ≈ 0.8 s of the build's last steps for a value in each page's first 3 KB. A match in
 * the prefix is the file's first match (it needs its closing quote, so a value cut off at the end
 * never matches); with none, the whole file is read, so a page whose policy comes later (the CMS
 * page) gets the same answer as before.
 */
export async function pageCsp(file: string): Promise<string | undefined> {
  const handle = await open(file);
  try {
    const buffer = Buffer.alloc(headBytes);
    const { bytesRead } = await handle.read(buffer, 0, headBytes, 0);
    const found = cspFromHtml(buffer.toString('utf8', 0, bytesRead));
    if (found !== undefined || bytesRead < headBytes) return found;
  } finally {
    await handle.close();
  }
  return cspFromHtml(await readFile(file, 'utf8'));
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Eight reads in flight (p-limit), in page order: read one after another, the build waited
        // on the disk for each of 2,334 pages at 2,000 sessions (1.8 s, idle half of it).
        const pages = await pLimit(8).map(htmlFilesIn(root), async (file) => ({ path: urlPathOf(root, file), csp: await pageCsp(file) }));
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
