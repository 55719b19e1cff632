/**
 * The build's furigana (ルビ): loads the morphological analyser once per build process (Lindera
 * with IPADIC, compiled to WebAssembly, the dictionary inside the npm package: nothing is
 * downloaded) and turns text into <ruby> hast nodes. Lindera is also what Pagefind segments
 * Japanese with, so the words ruby marks are the words the index knows.
 *
 * It runs on each page's rendered <main> (Furigana.astro in BaseLayout), Markdown bodies included,
 * not as a Markdown (Sätteri) plugin: Astro's content store keeps rendered bodies between builds
 * while an entry and the serialisable config are unchanged, so a changed override or rule would
 * never reach a cached body; and heading ids, which Astro derives from a heading's text after the
 * Markdown plugins, exist by the time the page is annotated, so headings get readings too.
 */
import { createRequire } from 'node:module';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { furiganaDictionary, furiganaSegments, hasKanji, type AnalysedToken, type FuriganaDictionary } from '../lib/furigana/furigana.ts';
import { furiganaOverrides, furiganaUnsure } from '../lib/furigana/overrides.ts';

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

/**
 * Elements whose text is never annotated: code, already-annotated text, graphics, and controls
 * (links, buttons, form labels, summaries): their text is their accessible name, which speech
 * input ("click 次のページ") and tests match exactly, and a ruby inside it is not an inline
 * run for every accessibility API.
 */
const skippedElements = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'template', 'ruby', 'rt', 'rp', 'svg', 'math', 'title', 'a', 'button', 'label', 'summary', 'legend', 'select', 'option', 'textarea']);

const isSkipped = (element: Element, names: ReadonlySet<string>) => {
  const lang = element.properties['lang'];
  const id = element.properties['id'];
  return (
    skippedElements.has(element.tagName) ||
    (typeof id === 'string' && names.has(id)) ||
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

function annotateChildren<T extends Root | Element>(node: T, furigana: FuriganaDictionary, names: ReadonlySet<string>): T {
  const children: (RootContent | ElementContent)[] = [];
  for (const child of node.children) {
    if (child.type === 'text') children.push(...annotatedText(child, furigana));
    else if (child.type === 'element' && !isSkipped(child, names)) children.push(annotateChildren(child, furigana, names));
    else children.push(child);
  }
  return { ...node, children } as T;
}

/**
 * Ids that name or describe something else (aria-labelledby, aria-describedby): a dialog's
 * heading, a field's hint. Like a button's text, they are accessible names and stay plain.
 */
function referencedIds(node: Root | Element, ids = new Set<string>()): Set<string> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    for (const key of ['ariaLabelledBy', 'ariaDescribedBy'] as const) {
      // hast keeps these space-separated lists as arrays.
      const value = child.properties[key];
      for (const id of Array.isArray(value) ? value : []) ids.add(String(id));
    }
    referencedIds(child, ids);
  }
  return ids;
}

/** Adds ruby to every Japanese text node of a hast tree (pure apart from the analyser). */
export function withFurigana<T extends Root | Element>(tree: T, furigana: FuriganaDictionary = buildFurigana()): T {
  return annotateChildren(tree, furigana, referencedIds(tree));
}

/**
 * Adds ruby to an HTML fragment (a page's rendered text). HTML without kanji is returned as it
 * is, unparsed. Inline scripts and JSON-LD come back byte for byte, so their CSP hashes hold.
 */
export function htmlWithFurigana(html: string, furigana: FuriganaDictionary = buildFurigana()): string {
  if (!hasKanji(html)) return html;
  return toHtml(withFurigana(fromHtml(html, { fragment: true }), furigana), { allowDangerousHtml: true, characterReferences: { useNamedReferences: true } });
}
