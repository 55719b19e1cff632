// Lighthouse (mobile: its default config, simulated slow 4G and 4× CPU) against the built dist/,
// served locally with gzip as a host would serve it. Chromium is Debian's (findChromium), with its
// background networking off; the site requests no other host (a run that did would fail), so a
// run never reaches the internet.
import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from './find-chromium.mjs';
import { fileFor } from '../src/integrations/built-pages.mjs';
import { matchesHeaderPattern, parseHeadersFile } from './serve-dist.mjs';

/** Issue 18's targets for /search/. */
export const lighthouseBudget = { performance: 95, cls: 0 };

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif', '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.xml': 'application/xml', '.txt': 'text/plain' };
const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;

/**
 * A static host for dist/: index.html for directory URLs, 404.html otherwise, the `_headers`
 * rules, and gzip for text (what Lighthouse would see in production; sirv serves it raw).
 * @param {string} dist @param {number} port
 */
export async function startCompressingServer(dist, port) {
  const rules = existsSync(path.join(dist, '_headers')) ? parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8')) : [];
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const rule of rules) if (matchesHeaderPattern(rule.pattern, pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    const found = pathname.includes('..') ? undefined : fileFor(dist, pathname);
    const file = found ?? path.join(dist, '404.html');
    const status = found ? 200 : 404;
    const type = types[/** @type {keyof typeof types} */ (path.extname(file))] ?? 'application/octet-stream';
    let body = readFileSync(file);
    res.setHeader('Content-Type', type);
    if (compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      res.setHeader('Content-Encoding', 'gzip');
    }
    res.writeHead(status, { 'Content-Length': body.length }).end(body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}

/**
 * Runs Lighthouse's performance category on each path, one fresh Chromium for all.
 * @param {{ dist: string, paths: string[], serverPort?: number, chromePort?: number }} options
 * @returns {Promise<{ path: string, performance: number, cls: number, lcp: number, fcp: number, tbt: number, si: number, bytes: number, benchmarkIndex: number }[]>}
 */
export async function runLighthouse({ dist, paths, serverPort = 4581, chromePort = 4582 }) {
  const server = await startCompressingServer(path.resolve(dist), serverPort);
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    port: chromePort,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions'],
  });
  try {
    const results = [];
    for (const pagePath of paths) {
      const origin = new URL(server.url).host;
      const runner = await lighthouse(`${server.url}${pagePath}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      }, {
        extends: 'lighthouse:default',
        settings: { onlyCategories: ['performance'] },
      });
      if (!runner) throw new Error(`Lighthouse gave no result for ${pagePath}`);
      const { lhr } = runner;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${pagePath}: ${lhr.runtimeError.message}`);
      const audit = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
      const requests = /** @type {{ details?: { items?: { url: string, transferSize?: number }[] } }} */ (lhr.audits['network-requests'])?.details?.items ?? [];
      const offsite = requests.filter((r) => !r.url.startsWith('data:') && new URL(r.url).host !== origin);
      if (offsite.length) throw new Error(`Lighthouse on ${pagePath} requested other hosts: ${offsite.map((r) => r.url).join(', ')}`);
      results.push({
        path: pagePath,
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        cls: audit('cumulative-layout-shift'),
        lcp: audit('largest-contentful-paint'),
        fcp: audit('first-contentful-paint'),
        tbt: audit('total-blocking-time'),
        si: audit('speed-index'),
        bytes: audit('total-byte-weight'),
        // Lighthouse's measure of this machine's speed: its 4× CPU slowdown assumes a fast desktop
        // (≈1,000 or more); on a loaded 2-core machine TBT comes out several times too high.
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      });
    }
    return results;
  } finally {
    await chrome.kill();
    await server.close();
  }
}
