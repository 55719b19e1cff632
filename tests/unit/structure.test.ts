/**
 * The structure reads one way (issue 13): build code lives in src/integrations/, shared
 * tooling in tools/, command-line entry points alone in scripts/; the site's code never imports
 * scripts/, tools/ or tests/; no hand-written declaration file stands in for unchecked code;
 * src/lib is pure (no DOM, no Node) and browser code is in src/client/.
 * Written by .codemod/restructure.mjs when it moves the files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

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

  it('browser code lives in src/client/, not beside components or in src/scripts/', () => {
    expect(walk('src').filter((file) => /^src\/(scripts|components)\/.*\.ts$/.test(file))).toEqual([]);
  });

  it(`no inline <script> in src/ runs over ${maxInlineScriptLines} lines: longer browser code is a module in src/client/`, () => {
    const offenders = walk('src').filter((file) => file.endsWith('.astro')).flatMap((file) =>
      longInlineScripts(readFileSync(file, 'utf8')).map((lines) => `${file}: ${lines} lines`),
    );
    expect(offenders).toEqual([]);
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
