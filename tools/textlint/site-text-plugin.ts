/**
 * A textlint plugin that hands textlint only the words a person reads, at their place in the
 * source file, so every message names the file and line an editor has to change:
 * - `.astro`: template text, string attributes and string literals (frontmatter, expressions,
 *   scripts); never `<style>`, tag names or class names.
 * - `.ts`: string literals (the UI string modules, `src/lib/*` facts and labels).
 * - `.md`/`.mdx`: the Markdown body as textlint's own Markdown parser reads it, plus the string
 *   values of the YAML frontmatter (titles, descriptions, transcripts, alt texts).
 * - `.yaml`/`.yml`: string values.
 * Only strings with Japanese characters count: identifiers, URLs and CSS classes are code.
 */
import { parse as parseAstro } from '@astrojs/compiler-rs';
import { parse as parseMarkdown } from '@textlint/markdown-to-ast';
import type { TxtBlockQuoteNode, TxtDocumentNode, TxtNode, TxtParagraphNode, TxtStrNode } from '@textlint/ast-node-types';
import type { TextlintMessage, TextlintPluginCreator, TextlintPluginProcessor } from '@textlint/types';
import { isPair, isScalar, parseDocument, visit } from 'yaml';

/**
 * Half-open [start, end) offsets (UTF-16) into the source text; `quoted` marks words that are
 * not the site speaking (dialogue, scene descriptions, verbatim quotes from the plan), which
 * become a BlockQuote so voice rules can leave them alone.
 */
export type Segment = readonly [number, number] | readonly [number, number, 'quoted'];

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー。、「」（）]/u;

export const siteTextExtensions = ['.astro', '.ts', '.md', '.mdx', '.yaml', '.yml'] as const;

/** Splits [start, end) into one segment per line, without the indentation or trailing space. */
function lineSegments(text: string, start: number, end: number): Segment[] {
  const segments: Segment[] = [];
  let lineStart = start;
  while (lineStart <= end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    let from = lineStart;
    let to = lineEnd;
    while (from < to && /\s/.test(text[from] ?? '')) from += 1;
    while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1;
    if (to > from && JAPANESE.test(text.slice(from, to))) segments.push([from, to]);
    lineStart = lineEnd + 1;
  }
  return segments;
}

/** [start, end) without its outer whitespace, if it holds Japanese. */
function trimmedSegment(text: string, start: number, end: number): Segment[] {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1;
  return to > from && JAPANESE.test(text.slice(from, to)) ? [[from, to]] : [];
}

interface EstreeNode {
  type: string;
  start: number;
  end: number;
  value?: unknown;
  [key: string]: unknown;
}

function isEstreeNode(value: unknown): value is EstreeNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function isStyleElement(node: EstreeNode): boolean {
  const opening = node['openingElement'] as { name?: { name?: unknown } } | undefined;
  return node.type === 'JSXElement' && opening?.name?.name === 'style';
}

/** Text segments of an oxc ESTree (what @astrojs/compiler-rs returns for an .astro file). */
function estreeSegments(root: unknown, text: string, shift: number): Segment[] {
  const segments: Segment[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const child of value) walk(child);
      return;
    }
    if (!isEstreeNode(value)) return;
    if (isStyleElement(value)) return;
    const start = value.start + shift;
    const end = value.end + shift;
    if (value.type === 'JSXText') {
      // One segment for the whole text node: a line break inside it renders as a space in
      // Chromium between Japanese characters (「です。 検査や…」), which the rules must see.
      segments.push(...trimmedSegment(text, start, end));
    } else if (value.type === 'Literal' && typeof value.value === 'string') {
      segments.push(...lineSegments(text, start + 1, end - 1));
    } else if (value.type === 'TemplateElement') {
      // The element's span includes the backtick or `}` before it and `${` or the backtick after.
      const raw = (value.value as { raw?: string } | undefined)?.raw ?? '';
      segments.push(...lineSegments(text, start + 1, start + 1 + raw.length));
    }
    for (const [key, child] of Object.entries(value)) {
      if (key !== 'type' && typeof child === 'object') walk(child);
    }
  };
  walk(root);
  return segments;
}

function astroSegments(text: string): Segment[] {
  return estreeSegments(parseAstro(text).ast, text, 0);
}

/**
 * A TypeScript module parsed as the frontmatter of an otherwise empty .astro file: one parser
 * (oxc, through the Astro compiler the site already has) for both, and its offsets shift back
 * by the length of the opening fence.
 */
function typescriptSegments(text: string): Segment[] {
  const fence = '---\n';
  return estreeSegments(parseAstro(`${fence}${text}\n---\n`).ast, text, -fence.length);
}

/** Frontmatter fields that hold no prose: kana readings are read aloud, not sentences. */
const notProse = new Set(['reading']);
/**
 * Fields whose words are not the site speaking to the reader: balloon and narration lines
 * (`line`), what a video scene or a picture shows (`scene`, `alt`, which describe in the plain
 * form), and verbatim quotations (`quote.text` of a glossary term).
 */
const descriptionKeys = new Set(['line', 'scene', 'alt', 'thumbnailAlt']);
const quotedKeys = new Set(['text']);
const quotedParents = new Set(['quote']);

function keyOf(node: unknown): string | undefined {
  return isPair(node) && isScalar(node.key) ? String(node.key.value) : undefined;
}

/** String values (never keys) of a YAML text that starts at `offset` in `text`. */
export function yamlSegments(text: string, offset = 0, end = text.length): Segment[] {
  const source = text.slice(offset, end);
  const document = parseDocument(source, { keepSourceTokens: false });
  const segments: Segment[] = [];
  visit(document, {
    Scalar(key, node, path) {
      const field = keyOf(path.at(-1));
      if (field !== undefined && notProse.has(field)) return;
      const quoted =
        (field !== undefined && descriptionKeys.has(field)) ||
        (field !== undefined && quotedKeys.has(field) && path.some((ancestor) => quotedParents.has(keyOf(ancestor) ?? '')));
      if (key === 'key' || !isScalar(node) || typeof node.value !== 'string' || !node.range) return;
      let [start, valueEnd] = node.range;
      if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
        start += 1;
        valueEnd -= 1;
      } else if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
        // Skip the `|` / `>` header line.
        const header = source.indexOf('\n', start);
        start = header === -1 ? valueEnd : header + 1;
      }
      for (const [from, to] of lineSegments(text, offset + start, offset + valueEnd)) {
        segments.push(quoted ? [from, to, 'quoted'] : [from, to]);
      }
    },
  });
  return segments;
}

/** Line starts of `text`, for offset → { line, column } (textlint's lines are 1-based). */
function locator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) };
  };
}

/**
 * One Paragraph with one Str per source line. Text split by an expression (`（{count}件）`,
 * `「${query}」`) stays one sentence: the code between segments is masked with `0` of the same
 * length (the rules' sentence splitter drops all but the first of several Str nodes), so every
 * offset a rule reports is still the source's own.
 */
function paragraphs(text: string, segments: readonly Segment[]): (TxtParagraphNode | TxtBlockQuoteNode)[] {
  const at = locator(text);
  const byLine = new Map<number, Segment[]>();
  for (const segment of [...segments].sort((a, b) => a[0] - b[0])) {
    const line = at(segment[0]).line;
    byLine.set(line, [...(byLine.get(line) ?? []), segment]);
  }
  return [...byLine.values()].map((lineSegments) => {
    const start = lineSegments[0]?.[0] ?? 0;
    const end = lineSegments.at(-1)?.[1] ?? start;
    let value = '';
    let cursor = start;
    for (const [from, to] of lineSegments) {
      value += '0'.repeat(Math.max(0, from - cursor)) + text.slice(Math.max(from, cursor), to);
      cursor = Math.max(cursor, to);
    }
    const loc = { start: at(start), end: at(end) };
    const str: TxtStrNode = { type: 'Str', value, raw: value, range: [start, end], loc };
    const paragraph: TxtParagraphNode = { type: 'Paragraph', raw: value, range: [start, end], loc, children: [str] };
    if (!lineSegments.some((segment) => segment[2] === 'quoted')) return paragraph;
    return { type: 'BlockQuote', raw: value, range: [start, end], loc, children: [paragraph] };
  });
}

function documentOf(text: string, children: readonly TxtNode[]): TxtDocumentNode {
  const at = locator(text);
  return {
    type: 'Document',
    raw: text,
    range: [0, text.length],
    loc: { start: at(0), end: at(text.length) },
    children: children as TxtDocumentNode['children'],
  };
}

/** Markdown body by textlint's parser; the frontmatter's YAML node becomes its string values. */
function markdownDocument(text: string): TxtDocumentNode {
  const parsed = parseMarkdown(text);
  // The parser adds a `Yaml` node for frontmatter, which the document's child types do not list.
  const children = (parsed.children as readonly TxtNode[]).flatMap((node): TxtNode[] => {
    if ((node.type as string) !== 'Yaml') return [node];
    const [start, end] = node.range;
    const open = text.indexOf('\n', start) + 1;
    const close = text.lastIndexOf('\n', end - 1);
    return paragraphs(text, yamlSegments(text, open, Math.max(open, close)));
  });
  return { ...parsed, children: children as TxtDocumentNode['children'] };
}

export function siteTextDocument(text: string, extension: string): TxtDocumentNode {
  switch (extension) {
    case '.md':
    case '.mdx':
      return markdownDocument(text);
    case '.astro':
      return documentOf(text, paragraphs(text, astroSegments(text)));
    case '.ts':
      return documentOf(text, paragraphs(text, typescriptSegments(text)));
    default:
      return documentOf(text, paragraphs(text, yamlSegments(text)));
  }
}

class SiteTextProcessor implements TextlintPluginProcessor {
  availableExtensions(): string[] {
    return [...siteTextExtensions];
  }

  processor(extension: string) {
    return {
      preProcess: (text: string) => siteTextDocument(text, extension),
      postProcess: (messages: TextlintMessage[], filePath?: string) => ({ messages, filePath: filePath ?? '<text>' }),
    };
  }
}

export const siteTextPlugin: TextlintPluginCreator = { Processor: SiteTextProcessor };
