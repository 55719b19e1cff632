/**
 * The structure reads one way (issue 13): build code lives in src/integrations/, shared
 * tooling in tools/, command-line entry points alone in scripts/; the site's code never imports
 * scripts/, tools/ or tests/; no hand-written declaration file stands in for unchecked code;
 * src/lib is pure (no DOM, no Node) and browser code is in src/client/.
 * Written by .codemod/restructure.mjs when it moves the files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { localeIds } from '../../src/i18n/locales';

const skip = /(^|\/)(node_modules|dist|\.astro|\.cache|\.git|tests\/fixtures|src\/content|public)(\/|$)/;

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative('.', path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !skip.test(file));
}

const code = (files: string[]) => files.filter((file) => /\.(ts|mts|mjs|js|astro)$/.test(file));

/** Repository paths that `file` imports through relative specifiers (static, dynamic, new URL). */
function importedPaths(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+|new URL\(\s*)(['"])(\.{1,2}\/[^'"]+)\1/g)].map((match) => match[2]!);
  return specifiers.map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier.replace(/\?.*$/, ''))));
}

/**
 * The repository files a module loads when it runs: its relative imports and re-exports, static
 * and dynamic, resolved to files. `import type` is left out (erased); `import { type X }` is kept,
 * since verbatimModuleSyntax keeps such a statement, and with it the module it names.
 */
function runtimeImports(file: string, source = readFileSync(file, 'utf8')): string[] {
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) specifiers.push(node.moduleSpecifier.text);
    else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) specifiers.push(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) specifiers.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true));
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier.replace(/\?.*$/, ''))))
    .map((target) => ['', '.ts', '.mjs', '.js', '/index.ts'].map((ending) => target + ending).find((candidate) => existsSync(candidate) && !candidate.endsWith('/')) ?? target);
}

/** What a script file loads; other files (styles, JSON, assets) load nothing more. */
const loadedFiles = (file: string) => (/\.(ts|mjs|js)$/.test(file) && existsSync(file) ? runtimeImports(file) : []);

/** Every path from `start` to a file `isTarget` accepts, as `a → b → c`; `skip(from, to)` edges are not followed. */
function pathsTo(start: string, isTarget: (file: string) => boolean, skip: (from: string, to: string) => boolean, imports = loadedFiles): string[] {
  const found: string[] = [];
  const cameFrom = new Map<string, string | undefined>([[start, undefined]]);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (isTarget(file)) {
      const chain = [file];
      for (let at = cameFrom.get(file); at !== undefined; at = cameFrom.get(at)) chain.unshift(at);
      found.push(chain.join(' → '));
      continue;
    }
    for (const next of imports(file)) {
      if (cameFrom.has(next) || skip(file, next)) continue;
      cameFrom.set(next, file);
      queue.push(next);
    }
  }
  return found;
}

/**
 * The locale string modules (src/i18n/<locale>.ts, and src/lib/site/ui-strings.ts that re-exports
 * the Japanese one). Browser code gets its words from the page instead (data-strings, see
 * src/i18n/browser-strings.ts), so one script speaks every page's language.
 */
const isStringModule = (file: string) => file === 'src/lib/site/ui-strings.ts' || localeIds.some((id) => file === `src/i18n/${id}.ts`);

/**
 * Imports through which browser modules may reach the Japanese strings, each for a reason:
 * the seminar pages are Japanese only (there is no src/pages/[locale]/seminars/), so the status
 * badge that relabels itself (受付中 → 受付終了), the shortlist's buttons and calendar name, and the
 * filters (which take tokyoMonthKey from sessions.ts, whose other functions label sessions) need
 * no other language. A seminar page in another language must move these to data-strings first.
 */
const japaneseOnlyImports = new Set([
  'src/client/seminar-status.ts → src/lib/site/ui-strings.ts',
  'src/client/seminar-shortlist.ts → src/lib/site/ui-strings.ts',
  'src/client/seminar-filters.ts → src/lib/seminars/sessions.ts',
]);
const allowedImport = (from: string, to: string) => japaneseOnlyImports.has(`${from} → ${to}`);

describe('the structure reads one way', () => {
  it('the site (src/, cms/, astro.config.mjs) imports nothing from scripts/, tools/ or tests/', () => {
    const offenders = code([...walk('src'), ...walk('cms'), 'astro.config.mjs']).flatMap((file) =>
      importedPaths(file)
        .filter((target) => /^(scripts|tools|tests)\//.test(target))
        .map((target) => `${file} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('scripts/ holds command-line entry points only: no sub-folders, each file a command', () => {
    expect(walk('scripts').filter((file) => file.split('/').length > 2)).toEqual([]);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    const commands = Object.values(pkg.scripts).join('\n');
    // Run by an npm script, or a one-off generator that says how to run it in its first lines.
    const notCommands = walk('scripts').filter((file) => !commands.includes(file) && !/^\/\/.*\bnode scripts\/|^\/\/ `npm run /m.test(readFileSync(file, 'utf8').split('\n').slice(0, 12).join('\n')));
    expect(notCommands).toEqual([]);
  });

  it('every Astro integration is in src/integrations/', () => {
    const config = readFileSync('astro.config.mjs', 'utf8');
    const local = [...config.matchAll(/from\s+'(\.\/[^']+)'/g)].map((match) => match[1]!);
    expect(local.length).toBeGreaterThan(0);
    // The locale table is configuration data (Astro's i18n routing), not an integration.
    expect(local.filter((specifier) => !specifier.startsWith('./src/integrations/') && !specifier.startsWith('./src/i18n/'))).toEqual([]);
  });

  it('no hand-written .d.mts, and the type check covers JavaScript build files', () => {
    const all = [...walk('src'), ...walk('cms'), ...walk('scripts'), ...walk('tools'), ...walk('tests')];
    expect(all.filter((file) => file.endsWith('.d.mts'))).toEqual([]);
    const tsconfig = JSON.parse(readFileSync('tsconfig.json', 'utf8')) as { exclude?: string[]; compilerOptions?: { checkJs?: boolean; allowJs?: boolean } };
    expect(tsconfig.compilerOptions).toMatchObject({ allowJs: true, checkJs: true });
    // Only build output, dependencies and the build tests' temporary copies stay out: no file of
    // the project's own is excused from the check.
    expect(tsconfig.exclude).toEqual(['dist', 'node_modules', 'tests/fixtures/**/tmp-*']);
  });

  it('src/lib is pure: no DOM, no Node built-ins, no Astro runtime', () => {
    const offenders = code(walk('src/lib')).filter((file) => {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      return /from '(node:|astro:)|\b(document|window)\.\w|\bHTMLElement\b/.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it('imports between src/lib and src/schemas run one way: schemas never import src/lib', () => {
    const offenders = code(walk('src/schemas')).flatMap((file) =>
      importedPaths(file)
        .filter((target) => target.startsWith('src/lib/'))
        .map((target) => `${file} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('no browser module reaches a locale string module through its imports (the page hands the words over)', () => {
    const offenders = code(walk('src/client')).flatMap((file) => pathsTo(file, isStringModule, allowedImport));
    expect(offenders).toEqual([]);
  });

  it('the Japanese-only exceptions are still needed and still Japanese only', () => {
    for (const edge of japaneseOnlyImports) {
      const [from, to] = edge.split(' → ') as [string, string];
      expect(runtimeImports(from), edge).toContain(to);
    }
    expect(existsSync('src/pages/[locale]/seminars')).toBe(false);
  });

  it('the reachability rule follows re-exports and dynamic imports, and leaves out `import type`', () => {
    const files: Record<string, string> = {
      'src/client/a.ts': "import type { T } from '../i18n/ja';\nimport { b } from './b';\nvoid import('./c');",
      'src/client/b.ts': "export { ui } from '../lib/site/ui-strings';",
      'src/client/c.ts': "import { type T, x } from '../i18n/en.ts';",
    };
    const imports = (file: string) => (files[file] === undefined ? [] : runtimeImports(file, files[file]).map((target) => target.replace(/\.ts$/, '') + '.ts'));
    expect(pathsTo('src/client/a.ts', isStringModule, () => false, imports)).toEqual([
      'src/client/a.ts → src/client/b.ts → src/lib/site/ui-strings.ts',
      'src/client/a.ts → src/client/c.ts → src/i18n/en.ts',
    ]);
    expect(pathsTo('src/client/a.ts', isStringModule, (_from, to) => to === 'src/client/b.ts', imports)).toEqual(['src/client/a.ts → src/client/c.ts → src/i18n/en.ts']);
  });

  it('browser code lives in src/client/, not beside components or in src/scripts/', () => {
    expect(walk('src').filter((file) => /^src\/(scripts|components)\/.*\.ts$/.test(file))).toEqual([]);
  });

  it(`no inline <script> in src/ runs over ${maxInlineScriptLines} lines: longer browser code is a module in src/client/`, () => {
    const offenders = walk('src').filter((file) => file.endsWith('.astro')).flatMap((file) =>
      longInlineScripts(readFileSync(file, 'utf8')).map((lines) => `${file}: ${lines} lines`),
    );
    expect(offenders).toEqual([]);
  });

  it('every component style is inside a cascade layer (an unlayered rule beats every layer, utilities included)', () => {
    // The admin page's global blocks restyle Decap's own elements, whose emotion styles are
    // unlayered: a layered rule would always lose to them, so these stay outside any layer.
    const decapOverrides = (file: string, source: string) =>
      file === 'src/pages/admin/index.astro' ? source.replace(/<style is:global>[\s\S]*?<\/style>/g, '') : source;
    const offenders = walk('src').filter((file) => /\.(astro|css)$/.test(file)).flatMap((file) =>
      unlayeredRules(decapOverrides(file, readFileSync(file, 'utf8')), file.endsWith('.css')).map((rule) => `${file}: ${rule}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the layer rule finds a rule outside @layer, and accepts layered blocks, the layer order statement and imports', () => {
    const component = `<div />\n<style>\n/* why */\n@layer components {\n  .a { color: var(--c); }\n  @media (min-width: 40em) { .a { margin: 0; } }\n}\n.stray { color: var(--c); }\n</style>\n<style is:global>@layer base { p { margin: 0; } }</style>\n`;
    expect(unlayeredRules(component, false)).toEqual(['.stray']);
    expect(unlayeredRules(`@import './reset.css';\n@layer reset, base;\n@layer base { a { color: red; } }\n`, true)).toEqual([]);
  });

  it('the inline-script rule measures a script body and ignores the frontmatter and one-line scripts', () => {
    const body = Array.from({ length: maxInlineScriptLines + 1 }, (_, i) => `  console.log(${i});`).join('\n');
    const component = `---\nconst html = '<script>${'x;'.repeat(3)}</script>';\n---\n<script is:inline set:html={html} />\n<script>\n${body}\n</script>\n<script>\n  import { start } from '../client/x';\n  start();\n</script>\n`;
    expect(longInlineScripts(component)).toEqual([maxInlineScriptLines + 1]);
  });
});

/**
 * A component's <script> only imports its module and starts it (conventions: browser code lives
 * in src/client/, started through startAll); a few lines of wiring are fine, a program is not.
 */
const maxInlineScriptLines = 15;

/** The non-blank line counts of the <script> bodies in an .astro source that exceed the limit. */
function longInlineScripts(source: string): number[] {
  const template = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return [...template.matchAll(/<script\b[^>]*?(?<!\/)>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1]!.split('\n').filter((line) => line.trim() !== '').length)
    .filter((lines) => lines > maxInlineScriptLines);
}

/**
 * Top-level rules that sit outside any `@layer` block: in a component's <style> blocks, or in a
 * whole stylesheet. `@import` and a layer order statement (`@layer a, b;`) are allowed.
 */
function unlayeredRules(source: string, wholeFileIsCss: boolean): string[] {
  const blocks = wholeFileIsCss ? [source] : [...source.replace(/^---\n[\s\S]*?\n---\n/, '').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
  const found: string[] = [];
  for (const block of blocks) {
    const css = block.replace(/\/\*[\s\S]*?\*\//g, '');
    let i = 0;
    while (i < css.length) {
      const rest = css.slice(i);
      const lead = rest.match(/^\s+/);
      if (lead) { i += lead[0].length; continue; }
      const statement = rest.match(/^@(import|layer)\b[^{;]*;/);
      if (statement) { i += statement[0].length; continue; }
      const open = css.indexOf('{', i);
      if (open === -1) { found.push(rest.trim()); break; }
      const prelude = css.slice(i, open).trim();
      let depth = 1;
      let j = open + 1;
      for (; j < css.length && depth > 0; j++) depth += css[j] === '{' ? 1 : css[j] === '}' ? -1 : 0;
      if (!/^@layer\s+[\w-]+$/.test(prelude)) found.push(prelude);
      i = j;
    }
  }
  return found;
}
