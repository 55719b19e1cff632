/**
 * Serves the built dist/ the way a static host does: directory URLs with trailing
 * slashes, 404.html for misses, and the headers declared in dist/_headers (when present),
 * so tests see the same Content-Security-Policy a deployed page gets.
 */
import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';

/** Parses the Netlify/Cloudflare `_headers` format: a path line, then indented `Name: value` lines. */
/** @param {string} text @returns {{ pattern: string, headers: [string, string][] }[]} */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, headers: [string, string][] }[]} */
  const rules = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const current = rules.at(-1);
    const colon = raw.indexOf(':');
    if (current && colon > 0) current.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

/** @param {string} pattern @param {string} pathname */
export function matchesHeaderPattern(pattern, pathname) {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(pathname);
}

/** @param {string} root @param {number} [port] @returns {Promise<{ url: string, close: () => Promise<void> }>} */
export async function startStaticServer(root, port = 0) {
  const headersFile = path.join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const notFound = path.join(root, '404.html');
  const serve = sirv(root, { dev: true, etag: true, extensions: ['html'] });
  const server = http.createServer((req, res) => {
    // Always a path on this origin: `//x` parsed against a base is a URL with host x (and `//`
    // alone no URL at all, which threw out of the handler and took the server down).
    const pathname = new URL(`http://localhost${req.url?.startsWith('/') ? req.url : '/'}`).pathname;
    for (const rule of rules) {
      if (matchesHeaderPattern(rule.pattern, pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    }
    // A directory URL without its slash redirects, as static hosts do.
    if (!pathname.endsWith('/') && !path.extname(pathname) && existsSync(path.join(root, pathname, 'index.html'))) {
      res.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    serve(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve(undefined)))),
  };
}
