/**
 * The build's furigana (ルビ): loads the morphological analyser once per build process (Lindera
 * with IPADIC, compiled to WebAssembly, the dictionary inside the npm package: nothing is
 * downloaded) and turns text into <ruby> hast nodes. Lindera is also what Pagefind segments
 * Japanese with, so the words ruby marks are the words the index knows.
 */
import { createRequire } from 'node:module';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { furiganaDictionary, furiganaSegments, hasKanji, type AnalysedToken, type FuriganaDictionary } from '../lib/furigana.ts';
import { furiganaOverrides, furiganaUnsure } from '../lib/furigana-overrides.ts';

interface LinderaToken {
  surface: string;
  reading?: string;
  partOfSpeech: string;
  partOfSpeechSubcategory1?: string;
  partOfSpeechSubcategory2?: string;
  partOfSpeechSubcategory3?: string;
}
interface LinderaModule {
  TokenizerBuilder: new () => { setDictionary(uri: string): void; setMode(mode: string): void; setKeepWhitespace(keep: boolean): void; build(): { tokenize(text: string): LinderaToken[] } };
}

const toToken = (token: LinderaToken): AnalysedToken => ({
  surface: token.surface,
  // Lindera marks unknown words with partOfSpeech UNK and no reading; '*' is IPADIC's "none".
  reading: token.reading && token.reading !== '*' ? token.reading : undefined,
  pos: [token.partOfSpeech, token.partOfSpeechSubcategory1 ?? '*', token.partOfSpeechSubcategory2 ?? '*', token.partOfSpeechSubcategory3 ?? '*'],
});

let dictionary: FuriganaDictionary | undefined;

/** The analyser and the site's overrides, built on first use and kept for the whole build. */
export function buildFurigana(): FuriganaDictionary {
  if (dictionary) return dictionary;
  const lindera = createRequire(import.meta.url)('lindera-wasm-nodejs-ipadic') as LinderaModule;
  const builder = new lindera.TokenizerBuilder();
  builder.setDictionary('embedded://ipadic');
  builder.setMode('normal');
  builder.setKeepWhitespace(true);
  const tokenizer = builder.build();
  dictionary = furiganaDictionary((text) => tokenizer.tokenize(text).map(toToken), furiganaOverrides, furiganaUnsure);
  return dictionary;
}

/** Elements whose text is never annotated: code, already-annotated text, form fields, graphics. */
const skippedElements = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'template', 'ruby', 'rt', 'rp', 'svg', 'math', 'textarea', 'select', 'option', 'title']);
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface FuriganaOptions {
  /**
   * Leave headings bare. Markdown bodies need it: Astro derives heading ids (the in-page anchors
   * that links and search results point at) from the heading's text after the hast plugins run,
   * so a reading there would change the address. The page pass (Furigana.astro) runs after the
   * ids exist and annotates headings too.
   */
  skipHeadings?: boolean;
}

const isSkipped = (element: Element, options: FuriganaOptions) => {
  const lang = element.properties['lang'];
  return (
    skippedElements.has(element.tagName) ||
    (options.skipHeadings === true && headings.has(element.tagName)) ||
    (typeof lang === 'string' && !/^ja\b/i.test(lang)) ||
    element.properties['translate'] === 'no' ||
    element.properties['dataRubySkip'] !== undefined
  );
};

/**
 * The reading is visual help only: `aria-hidden` keeps screen readers from reading a word twice
 * (電子 でんし), and CSS shows it only while the switch is on (src/components/RubyToggle.astro).
 * Pagefind leaves `rt` out of the index (excludeSelectors in search-index.mjs).
 */
function rubyElement(base: string, reading: string): Element {
  return {
    type: 'element',
    tagName: 'ruby',
    properties: {},
    children: [{ type: 'text', value: base }, { type: 'element', tagName: 'rt', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: reading }] }],
  };
}

function annotatedText(node: Text, furigana: FuriganaDictionary): ElementContent[] {
  return furiganaSegments(node.value, furigana).map((segment) =>
    segment.reading === undefined ? { type: 'text', value: segment.text } : rubyElement(segment.text, segment.reading),
  );
}

function annotateChildren<T extends Root | Element>(node: T, furigana: FuriganaDictionary, options: FuriganaOptions): T {
  const children: (RootContent | ElementContent)[] = [];
  for (const child of node.children) {
    if (child.type === 'text') children.push(...annotatedText(child, furigana));
    else if (child.type === 'element' && !isSkipped(child, options)) children.push(annotateChildren(child, furigana, options));
    else children.push(child);
  }
  return { ...node, children } as T;
}

/** Adds ruby to every Japanese text node of a hast tree (pure apart from the analyser). */
export function withFurigana<T extends Root | Element>(tree: T, options: FuriganaOptions = {}, furigana: FuriganaDictionary = buildFurigana()): T {
  return annotateChildren(tree, furigana, options);
}

/**
 * Adds ruby to an HTML fragment (a page's rendered text). HTML without kanji is returned as it
 * is, unparsed. Inline scripts and JSON-LD come back byte for byte, so their CSP hashes hold.
 */
export function htmlWithFurigana(html: string, furigana: FuriganaDictionary = buildFurigana()): string {
  if (!hasKanji(html)) return html;
  return toHtml(withFurigana(fromHtml(html, { fragment: true }), {}, furigana), { allowDangerousHtml: true, characterReferences: { useNamedReferences: true } });
}

/** Locales whose text is not Japanese (a path segment or file suffix such as `/en/` or `.zh-hans.md`). */
const foreignLocale = /(?:^|[/.])(en|zh-hans|zh-hant|zh|ko)(?:[/.]|$)/i;

/** Whether a Markdown body is Japanese, from its file's path (translations live under their locale). */
export function isJapaneseBody(fileURL: URL | undefined): boolean {
  return !fileURL || !foreignLocale.test(fileURL.pathname.replace(/\.(md|mdx|markdown)$/i, '/'));
}
