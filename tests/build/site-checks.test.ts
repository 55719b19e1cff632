/**
 * Checks over the built dist/: internal links and anchors resolve, every page is valid HTML
 * (W3C Nu validator). Each check also runs on tests/fixtures/broken-site to prove it can fail.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInternalLinks } from '../../tools/checks/internal-links.mjs';
import { errorsIn, validateHtml } from '../../tools/checks/html-validity.mjs';
import { readFileSync } from 'node:fs';
import { builtPagePaths, distDir } from '../support/dist';
import { headersFileProblems } from '../../src/integrations/headers-file';
import { matchesHeaderPattern, parseHeadersFile } from '../../tools/serve-dist.mjs';

const brokenSite = path.resolve('tests/fixtures/broken-site');

describe('internal links and anchors', () => {
  it('all resolve in dist/', () => {
    const { pages, broken } = checkInternalLinks(distDir);
    expect(pages).toBeGreaterThan(5);
    expect(broken.map((b) => `${b.page}: ${b.url} (${b.reason})`)).toEqual([]);
  });

  it('are reported when they do not (fixture)', () => {
    const { broken } = checkInternalLinks(brokenSite);
    expect(broken.map((b) => `${b.url} — ${b.reason}`).sort()).toEqual([
      '#top — no element with id "top"',
      '//2130706433/ — looks like a site path but leads to http://127.0.0.1',
      '/\\evil.example/path — looks like a site path but leads to http://evil.example',
      '/about/#team — no element with id "team"',
      '/logo.png — no such file',
      '/missing/ — no such file',
    ]);
  });
});

describe('dist/_headers on the default host (Cloudflare Pages)', () => {
  const file = readFileSync(path.join(distDir, '_headers'), 'utf8');
  it('stays within its documented limits: 100 rules, 2,000 characters a line', () => {
    expect(headersFileProblems(file)).toEqual([]);
  });
  it('gives every built page exactly one Content-Security-Policy with frame-ancestors', () => {
    const rules = parseHeadersFile(file);
    for (const page of builtPagePaths({ includeAdmin: true }).filter((p) => p !== '/404.html')) {
      const policies = rules.filter((rule) => matchesHeaderPattern(rule.pattern, page)).flatMap((rule) => rule.headers.filter(([name]) => name === 'Content-Security-Policy'));
      expect(policies, page).toHaveLength(1);
      expect(policies[0]![1], page).toContain("frame-ancestors 'none'");
    }
  });
  it('sends HSTS and CORP for every path', () => {
    expect(file).toMatch(/^\/\*\n(?: {2}.+\n)*? {2}Strict-Transport-Security: max-age=\d+; includeSubDomains\n/m);
    expect(file).toContain('  Cross-Origin-Resource-Policy: same-origin');
  });
});

// One run of the checker over dist/ and the broken fixture (a JVM start each cost ≈ 4 CPU-s).
const validation = validateHtml([distDir, brokenSite]);
describe.runIf(validation.available)('HTML validity (W3C Nu Html Checker)', () => {
  it('finds no error in any built page', () => {
    expect(errorsIn(validation.errors, distDir).map((e) => `${e.url}:${e.line} ${e.message}`)).toEqual([]);
  });
  it('reports invalid markup (fixture), as the fixture’s and not as dist/’s', () => {
    const errors = errorsIn(validation.errors, brokenSite);
    expect(errors.some((e) => /Element “div” not allowed as child of element “ul”/.test(e.message))).toBe(true);
    // Every error of this run is attributed to one of its two targets: none is lost between them.
    expect(errorsIn(validation.errors, distDir).length + errors.length).toBe(validation.errors.length);
  });
});
if (!validation.available) {
  console.warn(`HTML validity NOT checked: ${validation.reason}. Install a Java runtime (apt-get install -y default-jre-headless).`);
  describe('HTML validity (W3C Nu Html Checker)', () => {
    it.skip(`NOT CHECKED — ${validation.reason}`, () => {});
  });
}
