/**
 * Every colour comes from src/styles/tokens.css (issue 13): a colour written as hex, rgb()/hsl()
 * (or another colour function) or a CSS colour name in a component's <style> block or a style
 * sheet outside the token file fails here, naming file, line and declaration. Keywords that are
 * not a colour choice (currentColor, transparent, inherit) and forced-colors system colours
 * (CanvasText, Highlight…) are allowed. Attributes that take no var() (SVG fill/stroke, the
 * theme-color meta) get their value from `tokenColor` (src/integrations/design-tokens.ts), so a literal
 * colour there fails too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import colorNames from 'color-name';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { customPropertyValue } from '../../src/lib/site/design-tokens';

const tokenFile = 'src/styles/tokens.css';
const names = Object.keys(colorNames);
const namedColour = new RegExp(`(?<![\\w-])(${names.join('|')})(?![\\w-])`, 'i');
const hexColour = /#[0-9a-f]{3,8}(?![\w-])/i;
const colourFunction = /(?<![\w-])(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\(/i;

/** The declarations in `css` that write a colour literally; `firstLine` places a style block in its file. */
function hardCodedColours(css: string, firstLine = 1): string[] {
  const found: string[] = [];
  postcss.parse(css).walkDecls((declaration) => {
    // Quoted strings and url()s (font names, data URIs, fragment references) are not colours.
    const value = declaration.value.replace(/"[^"]*"|'[^']*'|url\([^)]*\)/g, '');
    if (hexColour.test(value) || colourFunction.test(value) || namedColour.test(value)) {
      found.push(`${(declaration.source?.start?.line ?? 1) + firstLine - 1}: ${declaration.prop}: ${declaration.value}`);
    }
  });
  return found;
}

/** Each <style> block of an .astro file, with the line it starts on. */
function styleBlocks(source: string): Array<{ css: string; line: number }> {
  // The frontmatter and scripts are code (a comment there may say "<style>"); blanked, lines kept.
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  const template = source.replace(/^---\n[\s\S]*?\n---\n/, blank).replace(/<script\b[\s\S]*?<\/script>/g, blank);
  return [...template.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => ({
    css: match[1]!,
    line: template.slice(0, match.index! + match[0].indexOf('>') + 1).split('\n').length,
  }));
}

/** Colour attributes of an .astro template written as a literal (`fill="#0017c1"`). */
function colourAttributes(source: string): string[] {
  return source.split('\n').flatMap((text, index) =>
    [...text.matchAll(/\b(fill|stroke|stop-color|flood-color|lighting-color|color|content)="([^"]*)"/g)]
      .filter(([, name, value]) => (name !== 'content' || /theme-color/.test(text)) && (hexColour.test(value!) || colourFunction.test(value!) || new RegExp(`^(${names.join('|')})$`, 'i').test(value!)))
      .map(([attribute]) => `${index + 1}: ${attribute}`),
  );
}

function coloursIn(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const blocks = file.endsWith('.astro') ? styleBlocks(source) : [{ css: source, line: 1 }];
  const attributes = file.endsWith('.astro') ? colourAttributes(source) : [];
  return [...attributes, ...blocks.flatMap((block) => hardCodedColours(block.css, block.line))].map((finding) => `${file}:${finding}`);
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.relative('.', path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.startsWith('src/content/'));
}

describe('colours come from the tokens', () => {
  it('names every hard-coded colour of a component, and none of the allowed keywords', () => {
    const file = 'tests/fixtures/colour-tokens/HardCoded.astro';
    expect(coloursIn(file)).toEqual([
      `${file}:5: fill="#0017c1"`,
      `${file}:6: content="#0017c1"`,
      `${file}:11: color: #00118f`,
      `${file}:12: background: rgb(255 255 255 / 0.9)`,
      `${file}:13: border: 1px solid hsl(0 0% 46%)`,
      `${file}:14: outline-color: white`,
      `${file}:15: --sample-accent: #ffd43d`,
    ]);
  });

  it('reads a token where CSS cannot reach, from the token file itself', () => {
    const css = '@layer tokens { :root { /* --color-primary: #ff0000; */ --color-primary: #0017c1; --color-primary-dark: #00118f; } }';
    expect(customPropertyValue(css, '--color-primary')).toBe('#0017c1');
    expect(customPropertyValue(css, '--color-primary-dark')).toBe('#00118f');
    expect(() => customPropertyValue(css, '--color-missing')).toThrow('デザイントークン --color-missing が src/styles/tokens.css にありません');
    // The names the header and the layout ask for exist in the token file.
    for (const name of ['--color-primary', '--color-on-primary'] as const) {
      expect(customPropertyValue(readFileSync(tokenFile, 'utf8'), name)).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('no component <style> block, layout, page or style sheet (site or admin) hard-codes a colour', () => {
    const files = [...filesUnder('src', /\.(astro|css)$/), ...filesUnder('cms', /\.(astro|css|html)$/)].filter((file) => file !== tokenFile);
    expect(files.length).toBeGreaterThan(40);
    expect(files.flatMap(coloursIn)).toEqual([]);
  });
});
