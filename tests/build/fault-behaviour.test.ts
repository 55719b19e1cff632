/**
 * The build must survive unusual but legal content, with sensible pages:
 * every collection empty; one entry per collection with every optional field removed, with
 * 240 generated sessions beside the seminar entry (one build).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { z } from 'astro/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInternalLinks } from '../../tools/checks/internal-links.mjs';
import { writeGeneratedSessions } from '../../tools/generate-entries.mjs';
import { collectionNames, collectionRegistry, editedCollections, type ImageFunction } from '../../src/schemas/collections';
import { createFixtureProject, type FixtureProject } from '../support/fixture-project';
import { minimalEntry } from '../support/minimal-entries';
import { readPageWithoutRuby } from '../support/dist';

// Every list page and schema comes from the collection registry, so a new collection is tested here too.
const listPages = collectionNames.map((name) => collectionRegistry[name].listPage);
// Images stay the files beside each entry; a path string stands in for Astro's image().
const imagePath = (() => z.string().min(1)) as unknown as ImageFunction;
const schemas: Record<string, z.ZodType> = Object.fromEntries(editedCollections.map((name) => [name, collectionRegistry[name].schema(imagePath)]));
const withEntryPages = editedCollections.filter((name) => collectionRegistry[name].entryPages);

function readEntry(file: string): { data: Record<string, unknown>; body: string } {
  const [, frontmatter = '', body = ''] = readFileSync(file, 'utf8').match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/) ?? [];
  return { data: parseYaml(frontmatter) as Record<string, unknown>, body };
}

describe('a site with every collection empty', () => {
  let project: FixtureProject;
  let result: { code: number; output: string };
  beforeAll(() => {
    project = createFixtureProject({ withContent: false, skip: ['search-index', 'cms-bundle'] });
    result = project.astro('build');
  });
  afterAll(() => project?.remove());

  it('builds', () => {
    expect(result.code, result.output.slice(-3000)).toBe(0);
  });

  it.each(listPages)('%s still renders a page with its heading', (urlPath) => {
    const file = path.join(project.dir, 'dist', urlPath, 'index.html');
    expect(existsSync(file)).toBe(true);
    expect(readPageWithoutRuby(urlPath, path.join(project.dir, 'dist'))).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
  });

  it('has no broken internal link', () => {
    expect(checkInternalLinks(path.join(project.dir, 'dist')).broken).toEqual([]);
  });
});

/**
 * One build for two unusual sites that do not interfere: every collection cut to one entry with
 * its optional fields removed, and generated sessions beside the seminar entry (issue 23:
 * builds shared between tests that read the same output).
 *
 * The build's clock is fixed (BUILD_TIME, after the newest sample entry's date: the overview
 * video's release on 2026-11-20, so every kept entry is published) and the sessions' dates with
 * it, so the shape holds whatever the day and their images stay in the shared cache: 99 are past
 * (two pages of the archive, LIST_PAGE_SIZE 50) and 141 upcoming, more than /seminars/ and
 * /sitemap/ name one by one (UPCOMING_LIMIT and SITEMAP_SESSION_LIMIT 60, checked against 80
 * below) and three pages of the tier list. Each limit is exceeded, so a page that listed every
 * session would fail. The 500 sessions used before (issue 23) cost ≈ 1.5 s more build CPU beside
 * the browser tests and, on the wall clock, would all have been past by August 2027.
 */
const sessions = 240;
const pastSessions = 99;
const buildTime = '2026-12-01T12:00:00+09:00';
/** Session n starts n days after this, at 19:00 JST: session 99 on 30 November, session 100 that evening. */
const dayZero = new Date(Date.UTC(2026, 7, 23, 10, 0));
const sessionSlug = (n: number) => String(n).padStart(4, '0');
let reduced: { project: FixtureProject; result: { code: number; output: string } } | undefined;
const kept: Record<string, { slug: string; removed: string[] }> = {};
function reducedSite() {
  if (!reduced) {
    const project = createFixtureProject({ skip: ['search-index', 'cms-bundle'], env: { BUILD_TIME: buildTime } });
    for (const [collection, schema] of Object.entries(schemas)) {
      const dir = path.join(project.dir, 'src/content', collection);
      const [first, ...others] = readdirSync(dir).sort();
      if (!first) continue;
      for (const other of others) rmSync(path.join(dir, other), { recursive: true });
      const file = path.join(dir, first, 'index.md');
      const { data, body } = readEntry(file);
      const minimal = minimalEntry(data, schema);
      kept[collection] = { slug: first, removed: minimal.removed };
      writeFileSync(file, `---\n${stringify(minimal.data, { lineWidth: 0 })}---\n${body}`);
    }
    writeGeneratedSessions(project.dir, sessions, dayZero);
    reduced = { project, result: project.astro('build') };
  }
  return reduced;
}
afterAll(() => reduced?.project.remove());

describe('a site with one entry per collection, every optional field removed', () => {
  let project: FixtureProject;
  let result: { code: number; output: string };
  beforeAll(() => {
    ({ project, result } = reducedSite());
  }, 600_000);

  it.each(editedCollections)('has a %s entry with optional fields removed', (collection) => {
    expect(kept[collection], `src/content/${collection} has no sample entry to reduce`).toBeDefined();
    expect(kept[collection]!.removed.length, collection).toBeGreaterThan(0);
  });

  it('builds', () => {
    expect(result.code, result.output.slice(-3000)).toBe(0);
  });

  it.each(withEntryPages)('the %s entry has its own page', (collection) => {
    expect(existsSync(path.join(project.dir, 'dist', collection, kept[collection]!.slug, 'index.html'))).toBe(true);
  });

  it('has no broken internal link', () => {
    expect(checkInternalLinks(path.join(project.dir, 'dist')).broken).toEqual([]);
  });
});

describe(`a site with ${sessions} generated sessions, ${pastSessions} of them past`, () => {
  let project: FixtureProject;
  let result: { code: number; output: string };
  beforeAll(() => {
    ({ project, result } = reducedSite());
  }, 600_000);

  it('builds', () => {
    expect(result.code, result.output.slice(-3000)).toBe(0);
  });

  it('links every session from /seminars/, its paged tier list or the paged archive, and gives each its page and calendar file', () => {
    const dist = path.join(project.dir, 'dist');
    const linked = (file: string) => readFileSync(path.join(dist, file), 'utf8').match(/href="\/seminars\/generated-\d{4}\/"/g) ?? [];
    const listPages = (dir: string) => [path.join(dir, 'index.html'), ...readdirSync(path.join(dist, dir)).filter((d) => /^\d+$/.test(d)).map((d) => path.join(dir, d, 'index.html'))];
    const reachable = new Set([...linked('seminars/index.html'), ...[...listPages('seminars/tier/outreach'), ...listPages('seminars/archive')].flatMap(linked)]);
    expect(reachable.size).toBe(sessions);
    // /seminars/ itself lists the upcoming sessions up to a limit, so it stays small.
    expect(linked('seminars/index.html').length).toBeLessThanOrEqual(80);
    for (const n of [1, sessions / 2, sessions].map(sessionSlug)) {
      expect(existsSync(path.join(dist, `seminars/generated-${n}/index.html`))).toBe(true);
      expect(readFileSync(path.join(dist, `seminars/generated-${n}.ics`), 'utf8')).toMatch(/BEGIN:VEVENT/);
    }
    const calendar = readFileSync(path.join(dist, 'seminars/calendar.ics'), 'utf8');
    expect(calendar.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThanOrEqual(sessions);
  });

  // Issue 23: the HTML sitemap named every session (300 KB at 2,000, over its 256 KB budget);
  // past the limit it links to the seminar list's browsing and the archive instead.
  it('keeps /sitemap/ from naming every session, and links where they are listed', () => {
    const sitemap = readFileSync(path.join(project.dir, 'dist/sitemap/index.html'), 'utf8');
    expect(sitemap.match(/href="\/seminars\/[^"/]+\/"/g)?.length ?? 0).toBeLessThanOrEqual(80);
    expect(sitemap).toContain('href="/seminars/archive/"');
    expect(sitemap).toContain('href="/seminars/#browse-title"');
  });
});
