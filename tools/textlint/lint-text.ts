/**
 * The public-voice check (docs/content-style.md) through textlint's Node API: the rules of
 * .textlintrc.yml, the site-text plugin for every file type the site writes words in, and
 * globs (not lists) so new pages and collections are linted without touching this file.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createLinter, loadTextlintrc } from 'textlint';
import { TextlintKernelDescriptor } from '@textlint/kernel';
import type { TextlintResult } from '@textlint/types';
import { siteTextPlugin } from './site-text-plugin.ts';
import desumasuEndings from './textlint-rule-desumasu-endings.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Everything a visitor reads: content entries, pages, components, layouts, UI string modules. */
export const siteTextGlobs = [
  'src/content/**/*.{md,mdx,yaml,yml}',
  'src/pages/**/*.astro',
  'src/components/**/*.astro',
  'src/layouts/**/*.astro',
  'src/lib/**/*.ts',
  'src/i18n/**/*.ts',
  'src/client/**/*.ts',
  'src/components/**/*.ts',
];

export interface LintTextOptions {
  /** Directory the globs and the config are resolved from (a fixture in tests). */
  cwd?: string;
  /** Files or globs relative to cwd; defaults to siteTextGlobs. */
  patterns?: readonly string[];
}

async function linterFor(cwd: string) {
  const loaded = await loadTextlintrc({
    configFilePath: path.join(projectRoot, '.textlintrc.yml'),
    node_modulesDir: path.join(projectRoot, 'node_modules'),
  });
  // The site-text plugin replaces textlint's built-in Markdown/text plugins: it reads
  // frontmatter values too, and .astro/.ts/.yaml, with the source's own line numbers.
  // The site's own rule (not a package) is added here for the same reason.
  const descriptor = loaded.shallowMerge({ plugins: [{ pluginId: 'site-text', plugin: siteTextPlugin }] }).concat(
    new TextlintKernelDescriptor({
      rules: [{ ruleId: 'desumasu-endings', rule: desumasuEndings, options: true }],
      filterRules: [],
      plugins: [],
    }),
  );
  return createLinter({ descriptor, cwd });
}

export async function lintSiteText({ cwd = projectRoot, patterns = siteTextGlobs }: LintTextOptions = {}): Promise<TextlintResult[]> {
  const linter = await linterFor(cwd);
  const results = await linter.lintFiles(patterns.map((pattern) => path.resolve(cwd, pattern)));
  return results.filter((result) => result.messages.length > 0);
}

/** One line per problem: `path:line:column  message (rule)`, paths relative to the project. */
export function describeProblems(results: readonly TextlintResult[], cwd = projectRoot): string[] {
  return results.flatMap((result) =>
    result.messages.map(
      (message) =>
        `${path.relative(cwd, result.filePath)}:${message.line}:${message.column}  ${message.message.replace(/\s+/g, ' ')} (${message.ruleId})`,
    ),
  );
}

