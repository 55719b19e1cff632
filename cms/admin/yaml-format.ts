/**
 * The file format the CMS reads and writes entries in: Markdown with YAML frontmatter, saved
 * through the `yaml` package's Document API so a save rewrites only what the editor changed —
 * key order, quoting, block scalars and comments stay as they are in the file (Decap's own
 * formatter re-serialises the whole frontmatter). The URL名 field is not written: the folder
 * name is the entry's id. Registered with `CMS.registerCustomFormat(FORMAT_NAME, 'md', …)`.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { otherLocaleIds } from '../../src/schemas/shared';

export const FORMAT_NAME = 'frontmatter-kept';

/**
 * Where fromFile keeps the frontmatter as read, so toFile can edit that document instead of
 * writing a new one. Decap carries keys it has no field for through the form untouched.
 */
export const SOURCE_KEY = '__frontmatterSource';
/**
 * Kept in each other language's data as read, never written: the Japanese entry, so that
 * language's preview can show the drawings, dates and links the translation does not repeat.
 */
export const JAPANESE_KEY = '__japanese';
/** Fields the CMS shows but the file must not hold. */
const NOT_WRITTEN = new Set(['slug', SOURCE_KEY, JAPANESE_KEY]);

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

const frontmatterPattern = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function fromFile(content: string): Record<string, unknown> {
  const match = content.match(frontmatterPattern);
  const source = match ? match[1]! : '';
  const body = match ? content.slice(match[0].length) : content;
  const parsed = parseDocument(source).toJS() as unknown;
  const data = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { ...data, ...(body.trim() ? { body } : {}), [SOURCE_KEY]: source };
}

export function toFile(data: Record<string, unknown>, sortedKeys: readonly string[] = []): string {
  const source = typeof data[SOURCE_KEY] === 'string' ? (data[SOURCE_KEY] as string) : '';
  const body = typeof data['body'] === 'string' ? data['body'] : '';
  const values = Object.fromEntries(Object.entries(data).filter(([key]) => !NOT_WRITTEN.has(key) && key !== 'body'));
  const doc = source.trim() ? parseDocument(source) : new Document({});
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as YAMLMap;
  updateMap(doc, doc.contents as YAMLMap, values, sortedKeys);
  const frontmatter = doc.toString(STRINGIFY);
  return `---\n${frontmatter}---\n${body ? (body.startsWith('\n') ? body : body) : ''}`;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));

function updateMap(doc: Document, map: YAMLMap, values: Record<string, unknown>, order: readonly string[]) {
  map.items = map.items.filter((pair) => keyOf(pair) in values);
  for (const [key, value] of Object.entries(values)) {
    const pair = map.items.find((candidate) => keyOf(candidate) === key);
    if (pair) {
      pair.value = updateNode(doc, pair.value as Node | null, value);
      continue;
    }
    const created = doc.createPair(key, value);
    // A new key goes where the form has it, not at the end.
    const rank = order.indexOf(key);
    const before = rank === -1 ? -1 : map.items.findIndex((candidate) => order.indexOf(keyOf(candidate)) > rank);
    if (before === -1) map.items.push(created);
    else map.items.splice(before, 0, created);
  }
}

function updateNode(doc: Document, node: Node | null, value: unknown): Node {
  if (node && isMap(node) && isPlainObject(value)) {
    updateMap(doc, node, value, []);
    return node;
  }
  if (node && isSeq(node) && Array.isArray(value)) {
    node.items = value.map((item, index) => (index < node.items.length ? updateNode(doc, node.items[index] as Node, item) : doc.createNode(item)));
    return node;
  }
  if (node && isScalar(node) && !isPlainObject(value) && !Array.isArray(value)) {
    if (node.value !== value) node.value = value;
    return node;
  }
  return doc.createNode(value) as Node;
}

/**
 * The same format for collections with translations (issue 21). Decap's i18n `single_file`
 * structure expects a file holding `{ ja: {…}, en: {…} }`; this site keeps the Japanese entry as
 * it is and its translations beside it under `translations:` (src/schemas/shared.ts), so the
 * file stays what the build and the zod schema read. These two functions map one to the other.
 */
export const I18N_FORMAT_NAME = 'frontmatter-kept-i18n';
const DEFAULT_LOCALE = 'ja';

export function fromFileI18n(content: string): Record<string, unknown> {
  const { translations, ...japanese } = fromFile(content);
  const given = isPlainObject(translations) ? translations : {};
  const { [SOURCE_KEY]: _source, ...plain } = japanese;
  // Every language gets the Japanese beside it, also one not yet translated (its preview needs it).
  const others = otherLocaleIds.map((locale) => [locale, { ...(isPlainObject(given[locale]) ? given[locale] : {}), [JAPANESE_KEY]: plain }] as const);
  return { [DEFAULT_LOCALE]: japanese, ...Object.fromEntries(others) };
}

export function toFileI18n(data: Record<string, unknown>, sortedKeys: readonly string[] = []): string {
  const { [DEFAULT_LOCALE]: japanese, ...others } = data;
  // A language the editor left empty is not written (the page then shows the Japanese).
  const translations = Object.fromEntries(Object.entries(others).map(([locale, value]) => [locale, pruned(value)]).filter(([, value]) => value !== undefined));
  const values = { ...(isPlainObject(japanese) ? japanese : {}) };
  delete values['translations'];
  return toFile(Object.keys(translations).length ? { ...values, translations } : values, sortedKeys);
}

/** Drops empty strings, lists and objects (and the CMS-only keys), so nothing empty is written. */
export function pruned(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() ? value : undefined;
  if (Array.isArray(value)) {
    const items = value.map(pruned).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([key]) => !NOT_WRITTEN.has(key)).map(([key, item]) => [key, pruned(item)] as const).filter(([, item]) => item !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value ?? undefined;
}
