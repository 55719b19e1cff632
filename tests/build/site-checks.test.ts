/**
 * Checks over the built dist/: internal links and anchors resolve, every page is valid HTML
 * (W3C Nu validator). Each check also runs on tests/fixtures/broken-site to prove it can fail.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInternalLinks } from '../../scripts/checks/internal-links.mjs';
import { validateHtml } from '../../scripts/checks/html-validity.mjs';
import { distDir } from '../support/dist';

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

const validation = validateHtml([distDir]);
describe.runIf(validation.available)('HTML validity (W3C Nu Html Checker)', () => {
  it('finds no error in any built page', () => {
    expect(validation.errors.map((e) => `${e.url}:${e.line} ${e.message}`)).toEqual([]);
  });
  it('reports invalid markup (fixture)', () => {
    const { errors } = validateHtml([brokenSite]);
    expect(errors.some((e) => /Element “div” not allowed as child of element “ul”/.test(e.message))).toBe(true);
  });
});
if (!validation.available) {
  console.warn(`HTML validity NOT checked: ${validation.reason}. Install a Java runtime (apt-get install -y default-jre-headless).`);
  describe('HTML validity (W3C Nu Html Checker)', () => {
    it.skip(`NOT CHECKED — ${validation.reason}`, () => {});
  });
}
