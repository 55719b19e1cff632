/**
 * The public voice (docs/content-style.md) is checked by textlint over every content entry,
 * page, component and UI string module, with the file and line of each problem.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProblems, lintSiteText } from '../../tools/textlint/lint-text.ts';

const fixture = path.resolve('tests/fixtures/public-voice');

describe('textlint on the site’s words', () => {
  it('names file, line and column of planning words, slide fragments and である endings', { timeout: 60_000 }, async () => {
    const problems = describeProblems(await lintSiteText({ cwd: fixture }), fixture);
    const at = (location: string, rule: string) => problems.find((line) => line.startsWith(`${location}  `) && line.endsWith(`(${rule})`));
    // Frontmatter value and Markdown body of a content entry.
    expect(at('src/content/videos/planning-words/index.md:5:16', 'prh') ?? problems.join('\n')).toMatch(/訴求 => 伝える/);
    expect(at('src/content/videos/planning-words/index.md:11:21', 'prh')).toMatch(/シリーズ化/);
    // Template text and an attribute of a page found by glob (a new section needs no config).
    expect(at('src/pages/news/index.astro:5:32', 'desumasu-endings')).toMatch(/文末が「する。」/);
    expect(at('src/pages/news/index.astro:6:16', 'prh')).toMatch(/（案）/);
    expect(at('src/pages/news/index.astro:6:24', 'prh')).toMatch(/R9年 => 令和9年/);
    // A line break after 「。」 inside one paragraph renders as a space in Chromium.
    expect(at('src/pages/news/index.astro:8:9', 'prh')).toMatch(/のあとに空白を入れません/);
    // A string literal of a UI string module.
    expect(at('src/lib/site/ui-strings.ts:3:20', 'prh')).toMatch(/自分ごと化/);
    // Dialogue and scene descriptions may be plain speech; brackets split by `${n}` still pair.
    expect(problems.filter((line) => /:(7|9):/.test(line) && line.includes('planning-words'))).toEqual([]);
    expect(problems.filter((line) => line.includes('no-unmatched-pair'))).toEqual([]);
    expect(problems).toHaveLength(7);
  });

  it('finds nothing on the site itself', { timeout: 180_000 }, async () => {
    expect(describeProblems(await lintSiteText())).toEqual([]);
  });
});
