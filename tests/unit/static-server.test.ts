import { request } from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesHeaderPattern, parseHeadersFile, startStaticServer } from '../../tools/serve-dist.mjs';

/** The status of a raw GET of `target` (sent as written, not normalised by a URL parser). */
const statusOf = (url: string, target: string) =>
  new Promise<number>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    request({ hostname, port, path: target }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });

describe('_headers parsing for the test server', () => {
  it('reads path blocks with indented headers and ignores comments', () => {
    const rules = parseHeadersFile('# site\n/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: default-src \'self\'\n/admin/*\n  X-Robots-Tag: noindex\n');
    expect(rules).toEqual([
      { pattern: '/*', headers: [['X-Content-Type-Options', 'nosniff'], ['Content-Security-Policy', "default-src 'self'"]] },
      { pattern: '/admin/*', headers: [['X-Robots-Tag', 'noindex']] },
    ]);
  });
  it('matches splats', () => {
    expect(matchesHeaderPattern('/admin/*', '/admin/')).toBe(true);
    expect(matchesHeaderPattern('/admin/*', '/videos/')).toBe(false);
    expect(matchesHeaderPattern('/videos/*', '/videos/overview/')).toBe(true);
  });
});

describe('the test server', () => {
  it('answers a request for // or //host/path as a path of its own and keeps serving', async () => {
    const server = await startStaticServer(path.resolve('tests/fixtures/csp-violation'));
    try {
      expect(await statusOf(server.url, '//')).toBe(200);
      expect(await statusOf(server.url, '//evil.example/index.html')).toBe(404);
      expect(await statusOf(server.url, '/')).toBe(200);
    } finally {
      await server.close();
    }
  });
});
