import { describe, expect, it } from 'vitest';
import { matchesHeaderPattern, parseHeadersFile } from '../../tools/serve-dist.mjs';

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
