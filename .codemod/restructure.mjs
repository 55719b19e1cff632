// Issue 13: the file moves, as a codemod the lead runs once after merging every branch.
//
//   node .codemod/restructure.mjs            # from the repository root, on Node 24
//   node .codemod/restructure.mjs --dry-run  # print what it would do, change nothing
//
// It (1) checks the tree is in the expected state (refuses a half-applied tree; says
// "already applied" and exits 0 on a second run), (2) reads every tracked and untracked,
// not-ignored file (so files added by other branches are rewritten too), (3) rewrites every
// relative module specifier (static and dynamic import, export-from, `?raw`/`?url`,
// `new URL('…', import.meta.url)`, any relative string literal that names a file) and every
// repository-root path string (`'scripts/build.mjs'`, paths in README and docs) that names a
// moved file, computed from each file's old and new place, (4) `git mv`s the files of the move
// table, (5) wraps every component `<style>` block in `@layer components { … }` and (6) writes
// tests/unit/structure.test.ts, which checks the structure reads one way.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dryRun = process.argv.includes('--dry-run');
const root = process.cwd();
const posix = path.posix;

/** The move table: [from, to], repository-relative. Companion `x.d.mts` files of `x.mjs` move along. */
const moves = [
  // 1. One typed home for every Astro integration and the build-side helpers it uses.
  ['scripts/integrations/manga-service-worker.ts', 'src/integrations/manga-service-worker.ts'],
  ['scripts/integrations/security-headers.ts', 'src/integrations/security-headers.ts'],
  ['cms/integration.ts', 'src/integrations/decap-cms.ts'],
  ['scripts/lib/built-pages.mjs', 'src/integrations/built-pages.mjs'],
  ['src/lib/csp.ts', 'src/integrations/csp.ts'],
  ['src/lib/headers-file.ts', 'src/integrations/headers-file.ts'],
  ['src/lib/inline-script.ts', 'src/integrations/inline-script.ts'],
  ['src/lib/institution-loader.ts', 'src/integrations/institution-loader.ts'],
  ['src/lib/content-audit.ts', 'src/integrations/content-audit.ts'],
  ['src/lib/build-clock.ts', 'src/integrations/build-clock.ts'],
  ['src/components/video/entry-files.ts', 'src/integrations/video-entry-files.ts'],

  // scripts/ keeps command-line entry points only; what scripts and tests share goes to tools/.
  ['scripts/lib/bare-astro.mjs', 'tools/bare-astro.mjs'],
  ['scripts/lib/budgets.mjs', 'tools/budgets.mjs'],
  ['scripts/lib/find-chromium.mjs', 'tools/find-chromium.mjs'],
  ['scripts/lib/image-sizes.mjs', 'tools/image-sizes.mjs'],
  ['scripts/lib/institutions-bench.mjs', 'tools/institutions-bench.mjs'],
  ['scripts/lib/page-weight.mjs', 'tools/page-weight.mjs'],
  ['scripts/lib/search-relevance.mjs', 'tools/search-relevance.mjs'],
  ['scripts/lib/search-weight.mjs', 'tools/search-weight.mjs'],
  ['scripts/lib/serve-dist.mjs', 'tools/serve-dist.mjs'],
  ['scripts/lib/temp-project.mjs', 'tools/temp-project.mjs'],
  ['scripts/lib/test-times.mjs', 'tools/test-times.mjs'],
  ['scripts/lib/tokyo-institutions.mjs', 'tools/tokyo-institutions.mjs'],
  ['scripts/checks/html-validity.mjs', 'tools/checks/html-validity.mjs'],
  ['scripts/checks/internal-links.mjs', 'tools/checks/internal-links.mjs'],
  ['scripts/bench-templates.mjs', 'tools/bench-templates.mjs'],
  ['scripts/generate-entries.mjs', 'tools/generate-entries.mjs'],
  ['scripts/manga-art/draw.mjs', 'tools/manga-art/draw.mjs'],
  ['scripts/manga-art/episodes.mjs', 'tools/manga-art/episodes.mjs'],
  ['scripts/lib/institution-import.ts', 'src/lib/institutions/import.ts'],
  ['scripts/institutions-mapping.json', 'src/lib/institutions/mapping.json'],

  // 3. Browser code in src/client/.
  ['src/lib/seminar-status-dom.ts', 'src/client/seminar-status.ts'],
  ['src/scripts/cyber-self-check.ts', 'src/client/cyber-self-check.ts'],
  ['src/scripts/institution-finder.ts', 'src/client/institution-finder.ts'],
  ['src/scripts/institution-map.ts', 'src/client/institution-map.ts'],
  ['src/scripts/lease-checker-ui.ts', 'src/client/lease-checker.ts'],
  ['src/scripts/search-ui.ts', 'src/client/search-ui.ts'],
  ['src/components/manga/offline.ts', 'src/client/manga/offline.ts'],
  ['src/components/manga/progress.ts', 'src/client/manga/progress.ts'],
  ['src/components/manga/reader.ts', 'src/client/manga/reader.ts'],

  // 3. src/lib: pure TypeScript, grouped by domain.
  ['src/lib/dates.ts', 'src/lib/site/dates.ts'],
  ['src/lib/site.ts', 'src/lib/site/site.ts'],
  ['src/lib/navi.ts', 'src/lib/site/navi.ts'],
  ['src/lib/ui-strings.ts', 'src/lib/site/ui-strings.ts'],
  ['src/lib/json-ld.ts', 'src/lib/site/json-ld.ts'],
  ['src/lib/share-links.ts', 'src/lib/site/share-links.ts'],
  ['src/lib/faq.ts', 'src/lib/site/faq.ts'],
  ['src/lib/search.ts', 'src/lib/search/search.ts'],
  ['src/lib/seminars.ts', 'src/lib/seminars/sessions.ts'],
  ['src/lib/seminar-calendar.ts', 'src/lib/seminars/calendar.ts'],
  ['src/lib/seminar-filter.ts', 'src/lib/seminars/filter.ts'],
  ['src/lib/seminar-image.ts', 'src/lib/seminars/image.ts'],
  ['src/lib/seminar-jsonld.ts', 'src/lib/seminars/json-ld.ts'],
  ['src/lib/seminar-pages.ts', 'src/lib/seminars/pages.ts'],
  ['src/lib/seminar-status.ts', 'src/lib/seminars/status.ts'],
  ['src/lib/ics-merge.ts', 'src/lib/seminars/ics-merge.ts'],
  ['src/lib/institution-chart.ts', 'src/lib/institutions/chart.ts'],
  ['src/lib/institution-data.ts', 'src/lib/institutions/data.ts'],
  ['src/lib/institution-filter.ts', 'src/lib/institutions/filter.ts'],
  ['src/lib/institution-pages.ts', 'src/lib/institutions/pages.ts'],
  ['src/lib/institutions-view.ts', 'src/lib/institutions/view.ts'],
  ['src/lib/map-tiles.ts', 'src/lib/institutions/map-tiles.ts'],
  ['src/lib/municipalities.ts', 'src/schemas/municipalities.ts'], // a zod-free vocabulary the schemas use
  ['src/lib/manga.ts', 'src/lib/manga/manga.ts'],
  ['src/lib/video-duration.ts', 'src/lib/videos/duration.ts'],
  ['src/lib/video-jsonld.ts', 'src/lib/videos/json-ld.ts'],
  ['src/lib/video-status.ts', 'src/lib/videos/status.ts'],
  ['src/lib/webvtt.ts', 'src/lib/videos/webvtt.ts'],
  ['src/lib/webvtt-parser.d.ts', 'src/lib/videos/webvtt-parser.d.ts'],
  ['src/lib/youtube.ts', 'src/lib/videos/youtube.ts'],
  ['src/lib/adoption-charts.ts', 'src/lib/charts/adoption.ts'],
  ['src/lib/bar-chart.ts', 'src/lib/charts/bar-chart.ts'],
  ['src/lib/lease-checker.ts', 'src/lib/support/lease-checker.ts'],
  ['src/lib/lease-subsidy.ts', 'src/lib/support/lease-subsidy.ts'],
  ['src/lib/cybersecurity.ts', 'src/lib/support/cybersecurity.ts'],
  // Files added by branches merged after the table was written.
  ['src/lib/accessibility-criteria.ts', 'src/lib/site/accessibility-criteria.ts'],
  ['src/lib/accessibility-manual-checks.ts', 'src/lib/site/accessibility-manual-checks.ts'],
  ['src/lib/accessibility-report.ts', 'src/lib/site/accessibility-report.ts'],
  ['src/lib/news.ts', 'src/lib/site/news.ts'],
  ['src/lib/ruby-preference.ts', 'src/lib/site/ruby-preference.ts'],
  ['src/lib/furigana.ts', 'src/lib/furigana/furigana.ts'],
  ['src/lib/furigana-overrides.ts', 'src/lib/furigana/overrides.ts'],
  ['src/lib/search-strings.ts', 'src/lib/search/search-strings.ts'],
  ['src/lib/transcript-text.ts', 'src/lib/videos/transcript-text.ts'],
  ['src/scripts/copy-link.ts', 'src/client/copy-link.ts'],
  ['src/scripts/ruby-toggle.ts', 'src/client/ruby-toggle.ts'],
];

/** Where component styles go (src/styles/layers.css declares the order). */
const styleDirs = ['src/components', 'src/layouts', 'src/pages'];
const codeExtensions = new Set(['.ts', '.mts', '.cts', '.mjs', '.js', '.cjs', '.tsx', '.jsx', '.astro', '.mdx']);
const textExtensions = new Set([...codeExtensions, '.json', '.md', '.yml', '.yaml', '.css', '.html', '.txt', '.toml']);
const resolveSuffixes = ['', '.ts', '.mts', '.mjs', '.js', '.tsx', '.astro', '.json', '.d.ts', '/index.ts', '/index.mjs', '/index.js'];
// Content entries and the plan text name no code; the fixtures of broken content are copied as they are.
const skipped = /^(node_modules|dist|\.astro|\.cache|\.codemod|src\/content|public|docs\/source)\//;

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const fail = (message) => {
  console.error(`restructure: ${message}`);
  process.exit(1);
};

if (!existsSync(path.join(root, 'package.json')) || !existsSync(path.join(root, '.git'))) fail('run this from the repository root (package.json and .git not found).');

// Companion declaration files move with their module; a .d.mts that no longer exists is skipped.
const table = moves.flatMap(([from, to]) => {
  const rows = [[from, to]];
  if (from.endsWith('.mjs')) {
    const declaration = from.replace(/\.mjs$/, '.d.mts');
    if (existsSync(path.join(root, declaration))) rows.push([declaration, to.replace(/\.mjs$/, '.d.mts')]);
  }
  return rows;
});

// --- 1. state of the tree -------------------------------------------------------------
{
  const froms = new Set(table.map(([from]) => from));
  const chained = table.filter(([, to]) => froms.has(to));
  if (chained.length) fail(`the move table chains moves: ${chained.map(([, to]) => to).join(', ')}`);
  const state = table.map(([from, to]) => ({ from, to, hasFrom: existsSync(path.join(root, from)), hasTo: existsSync(path.join(root, to)) }));
  if (state.every((row) => !row.hasFrom && row.hasTo)) {
    console.log('restructure: already applied (every destination exists, no source is left). Nothing to do.');
    process.exit(0);
  }
  const clash = state.filter((row) => row.hasFrom && row.hasTo);
  const lost = state.filter((row) => !row.hasFrom && !row.hasTo);
  const done = state.filter((row) => !row.hasFrom && row.hasTo);
  if (clash.length || lost.length || done.length) {
    fail(
      [
        'the tree is not in the state this codemod expects; nothing was changed.',
        ...clash.map((row) => `  both exist: ${row.from} and ${row.to}`),
        ...lost.map((row) => `  missing: ${row.from} (renamed or deleted on a branch? update the move table)`),
        ...done.map((row) => `  already moved: ${row.from} → ${row.to} (a half-applied run: git checkout . && git clean -fd, then run again)`),
      ].join('\n'),
    );
  }
}

const moveMap = new Map(table);
const newPathOf = (file) => moveMap.get(file) ?? file;

const files = git('ls-files', '-z', '--cached', '--others', '--exclude-standard')
  .split('\0')
  .filter(Boolean)
  .filter((file) => !skipped.test(file) && existsSync(path.join(root, file)) && statSync(path.join(root, file)).isFile());
const fileSet = new Set(files);
const isFile = (file) => fileSet.has(file);

/** The old repository path a relative specifier in `fromFile` names, and how it was named. */
function resolveSpecifier(fromFile, specifier) {
  const [bare, query = ''] = specifier.split(/(?=\?)/);
  const base = posix.normalize(posix.join(posix.dirname(fromFile), bare));
  for (const suffix of resolveSuffixes) {
    if (isFile(base + suffix)) return { target: base + suffix, suffix, query, bare };
  }
  return undefined;
}

const stripModuleExtension = (file) => file.replace(/\.(d\.ts|ts|mts|mjs|js|tsx|astro)$/, (ext) => (ext === '.astro' ? ext : ''));

/** The specifier that names `resolved` from `newFile`, in the same style as the original. */
function rewrite(newFile, resolved) {
  const target = newPathOf(resolved.target);
  let wanted;
  if (resolved.suffix === '') wanted = target;
  else if (resolved.suffix.startsWith('/index')) wanted = posix.dirname(target);
  else wanted = stripModuleExtension(target);
  let relative = posix.relative(posix.dirname(newFile), wanted);
  if (!relative.startsWith('.')) relative = `./${relative}`;
  return relative + resolved.query;
}

const stats = { specifiers: 0, rootPaths: 0, files: 0, styles: 0 };
const rewritten = new Map();

// Relative string literals ('./x', "../x", `../x`), wherever they stand: imports, import(),
// new URL(…, import.meta.url), vi.mock, path helpers in tests.
const relativeLiteral = /(['"`])(\.{1,2}\/[^'"`\n$]*?)\1/g;
// Repository-root paths in any text: src/…, scripts/…, cms/…, tools/… (never inside a longer path).
const rootPath = /(?<![\w@./-])((?:src|scripts|cms|tests|tools)\/[\w./[\]-]*[\w\]])/g;

for (const file of files) {
  const extension = path.extname(file);
  if (!textExtensions.has(extension)) continue;
  const text = readFileSync(path.join(root, file), 'utf8');
  const newFile = newPathOf(file);
  let next = text;
  if (codeExtensions.has(extension)) {
    next = next.replace(relativeLiteral, (whole, quote, specifier) => {
      const resolved = resolveSpecifier(file, specifier);
      if (!resolved || (newFile === file && newPathOf(resolved.target) === resolved.target)) return whole;
      const replacement = rewrite(newFile, resolved);
      if (replacement === specifier) return whole;
      stats.specifiers++;
      return quote + replacement + quote;
    });
  }
  next = next.replace(rootPath, (whole, token) => {
    if (moveMap.has(token)) {
      stats.rootPaths++;
      return moveMap.get(token);
    }
    // An extensionless root path (`src/lib/dates`) that names exactly one moved module.
    const named = ['.ts', '.mjs', '.mts', '.js'].map((suffix) => token + suffix).filter((candidate) => moveMap.has(candidate));
    if (named.length === 1 && !isFile(token)) {
      stats.rootPaths++;
      return stripModuleExtension(moveMap.get(named[0]));
    }
    return whole;
  });
  if (next !== text || newFile !== file) rewritten.set(file, next);
}

// --- 5. component styles inside their layer --------------------------------------------
/**
 * `<style>` … `</style>` in an .astro file gets `@layer components {` after the opening tag and
 * `}` before the closing one, without re-indenting. Skipped: `is:global` blocks (they pick their
 * own layer), blocks already in a layer, and blocks with `@import` (which must stay top level).
 */
function layerStyles(text) {
  // Only in the template, and only tags that open a line (not `<style>` named in a comment).
  const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? '';
  return frontmatter + text.slice(frontmatter.length).replace(/^([ \t]*<style\b([^>]*)>)([\s\S]*?)(<\/style>)/gm, (whole, open, attributes, body, close) => {
    if (/\bis:global\b/.test(attributes) || /\bis:inline\b/.test(attributes)) return whole;
    const firstStatement = body.replace(/\/\*[\s\S]*?\*\//g, '').trimStart();
    if (firstStatement.startsWith('@layer') || /@import\b/.test(body) || firstStatement === '') return whole;
    stats.styles++;
    const bodyEndsWithNewline = body.endsWith('\n');
    return `${open}\n@layer components {${body}${bodyEndsWithNewline ? '' : '\n'}}\n${close}`;
  });
}

for (const file of files) {
  if (!file.endsWith('.astro') || !styleDirs.some((dir) => file.startsWith(`${dir}/`))) continue;
  const current = rewritten.get(file) ?? readFileSync(path.join(root, file), 'utf8');
  const layered = layerStyles(current);
  if (layered !== current) rewritten.set(file, layered);
}

if (dryRun) {
  for (const [from, to] of table) console.log(`git mv ${from} ${to}`);
  console.log(`would rewrite ${rewritten.size} files: ${stats.specifiers} relative specifiers, ${stats.rootPaths} root paths, ${stats.styles} style blocks layered.`);
  process.exit(0);
}

// --- 4. moves ---------------------------------------------------------------------------
for (const [from, to] of table) {
  mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
  git('mv', from, to);
}
// Folders the moves emptied (scripts/lib, scripts/integrations, src/scripts …) go too.
for (const [from] of table) {
  for (let dir = path.dirname(path.join(root, from)); dir !== root && existsSync(dir) && readdirSync(dir).length === 0; dir = path.dirname(dir)) rmdirSync(dir);
}
for (const [file, text] of rewritten) {
  writeFileSync(path.join(root, newPathOf(file)), text);
  stats.files++;
}

// --- 6. the structure test --------------------------------------------------------------
const structureTest = path.join(root, 'tests/unit/structure.test.ts');
if (!existsSync(structureTest)) copyFileSync(path.join(root, '.codemod/structure.test.ts'), structureTest);

console.log(
  [
    `restructure: moved ${table.length} files; rewrote ${stats.files} files (${stats.specifiers} relative specifiers, ${stats.rootPaths} repository paths); ${stats.styles} component style blocks put in @layer components.`,
    'Wrote tests/unit/structure.test.ts. Now run:',
    '  npx astro check --minimumSeverity warning',
    '  npm run build',
    '  npx vitest run --project unit',
    '  git status   # review, then commit',
  ].join('\n'),
);
