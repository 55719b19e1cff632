/**
 * Checks on the content folders and on each entry's source text that the zod schemas cannot
 * make, because they see only parsed data of one entry:
 * - one entry per URL: a collection folder holds `<slug>/index.md` and media, nothing the
 *   loader would silently ignore (`index-1.md`, which Decap writes for a taken slug) or let
 *   replace another entry (`<slug>/old/index.md`, an `index.mdx` beside `index.md`);
 * - folder names are URL slugs (lowercase ASCII);
 * - frontmatter is read as YAML 1.2 core, so timestamps stay the text the editor wrote
 *   (js-yaml turns an unquoted one into a UTC Date and rolls 02-30 over to 03-02);
 * - no control characters, no `__proto__` key;
 * - references to other entries point at entries that exist.
 * Pure functions over file lists and text; src/integrations/content-loader.ts feeds them.
 */
import { parseDocument } from 'yaml';
import { slugPattern } from '../schemas/shared';

/** A problem, already worded for the editor: "<file>: <field>: <message>". */
export type ContentProblem = string;

const markdownFile = /\.(md|mdx|markdown|mdown|mkd)$/i;

/**
 * @param collection folder name under src/content/
 * @param files every file in that folder, relative to it, with `/` separators
 */
export function auditCollectionFiles(collection: string, files: readonly string[]): ContentProblem[] {
  const base = `src/content/${collection}`;
  const problems: ContentProblem[] = [];
  const entries = new Set(files.filter((file) => /^[^/]+\/index\.md$/.test(file)));
  const entryFolders = new Set([...entries].map((file) => file.split('/')[0]!));
  const badFolders = new Set<string>();
  for (const file of [...files].sort()) {
    const parts = file.split('/');
    const folder = parts[0]!;
    if (parts.length > 1 && !slugPattern.test(folder) && !badFolders.has(folder)) {
      badFolders.add(folder);
      problems.push(`${base}/${folder}/: フォルダ名「${folder}」は URL になるため、半角英小文字・数字・ハイフンだけにしてください（例: outreach-orthopedics-1）`);
    }
    if (!markdownFile.test(file) || entries.has(file)) continue;
    const owner = entryFolders.has(folder) ? `${base}/${folder}/index.md` : undefined;
    if (parts.length === 2 && parts[1] === 'index.mdx') {
      problems.push(
        owner
          ? `${base}/${file}: ${owner} と ${base}/${file} が同じページ /${collection}/${folder}/ になります。.mdx はコンテンツでは使えないため、index.md の1つにまとめてください`
          : `${base}/${file}: .mdx はコンテンツでは使えません（ビルド時にコードとして実行されるため）。index.md にしてください`,
      );
    } else if (parts.length > 2 && /^index\.mdx?$/.test(parts.at(-1)!)) {
      problems.push(
        `${base}/${file}: ${owner ?? `${base}/${folder}/`} のフォルダの中に別のエントリ ${base}/${file} があります。1つのページは1つのフォルダにし、入れ子にしないでください`,
      );
    } else {
      const hint = /^index-\d+\.md$/.test(parts.at(-1)!) ? '（CMS で同じスラッグのエントリを作ると、このファイルができます。別のスラッグで作り直してください）' : '';
      problems.push(`${base}/${file}: このファイルはサイトに読み込まれません。エントリは ${base}/<スラッグ>/index.md だけです${hint}`);
    }
  }
  return problems;
}

/** The frontmatter block of a Markdown file, or undefined when it has none. */
export function frontmatterText(source: string): string | undefined {
  return /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source)?.[1];
}

// C0 controls except tab, LF and CR; DEL; C1 controls.
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

const describeControl = (text: string) => {
  const code = text.match(controlCharacter)![0].codePointAt(0)!;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
};

type Walked = { path: string; key?: string; value?: string };

function walk(value: unknown, path: string, out: Walked[]): void {
  if (typeof value === 'string') out.push({ path, value });
  else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`, out));
  else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const key of Object.keys(value)) {
      const here = path ? `${path}.${key}` : key;
      out.push({ path: here, key });
      walk((value as Record<string, unknown>)[key], here, out);
    }
  }
}

/**
 * Reads an entry's frontmatter as YAML 1.2 core (no timestamp type, so dates stay strings)
 * and checks its text. Returns the data, or the problems that stop the build.
 */
export function readEntrySource(source: string, file: string): { data: Record<string, unknown>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const text = frontmatterText(source);
  const body = text === undefined ? source : source.slice(source.indexOf(text) + text.length);
  if (controlCharacter.test(body)) problems.push(`${file}: 本文: 制御文字（${describeControl(body)}）が含まれています。削除してください`);
  if (text === undefined) return { data: {}, problems };
  const document = parseDocument(text, { schema: 'core', merge: true, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    problems.push(`${file}: frontmatter の YAML が読めません: ${document.errors[0]!.message.split('\n')[0]}`);
    return { data: {}, problems };
  }
  const data = (document.toJS() ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push(`${file}: frontmatter は「項目名: 値」の形で書いてください`);
    return { data: {}, problems };
  }
  const walked: Walked[] = [];
  walk(data, '', walked);
  for (const item of walked) {
    if (item.key === '__proto__' || item.key === 'constructor' || item.key === 'prototype') {
      problems.push(`${file}: ${item.path}: 項目名「${item.key}」は使えません。削除してください`);
    } else if (item.key !== undefined && controlCharacter.test(item.key)) {
      problems.push(`${file}: ${item.path}: 項目名に制御文字（${describeControl(item.key)}）が含まれています`);
    } else if (item.value !== undefined && controlCharacter.test(item.value)) {
      problems.push(`${file}: ${item.path}: 制御文字（${describeControl(item.value)}）が含まれています。削除してください`);
    }
  }
  return { data, problems };
}

/** A field that names entries of another (or the same) collection by folder name. */
export interface ReferenceRule {
  /** Field path; `[]` marks an array, e.g. `related[]`, `links[].slug`. */
  field: string;
  /** Target collection, or a function of the array item (merits.links: kind → collection). */
  target: string | ((item: Record<string, unknown>) => string | undefined);
  label: string;
}

/** Every cross-entry reference in the content, by collection. */
export const referenceRules: Readonly<Record<string, readonly ReferenceRule[]>> = {
  glossary: [{ field: 'related', target: 'glossary', label: '関連用語' }],
  manga: [{ field: 'glossary', target: 'glossary', label: '用語' }],
  merits: [
    {
      field: 'links',
      target: (item) => (item['kind'] === 'manga' ? 'manga' : item['kind'] === 'video' ? 'videos' : undefined),
      label: 'リンク先',
    },
  ],
};

/**
 * @param exists whether `src/content/<collection>/<id>/index.md` exists
 */
export function referenceProblems(
  collection: string,
  data: Record<string, unknown>,
  file: string,
  exists: (collection: string, id: string) => boolean,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const rule of referenceRules[collection] ?? []) {
    const list = data[rule.field];
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, index) => {
      const isObject = typeof item === 'object' && item !== null;
      const id = isObject ? (item as Record<string, unknown>)['slug'] : item;
      const target = typeof rule.target === 'string' ? rule.target : isObject ? rule.target(item as Record<string, unknown>) : undefined;
      if (typeof id !== 'string' || target === undefined) return;
      if (!exists(target, id)) {
        const field = isObject ? `${rule.field}[${index}].slug` : `${rule.field}[${index}]`;
        problems.push(`${file}: ${field}: ${rule.label}「${id}」がありません（src/content/${target}/${id}/index.md が見つかりません）`);
      }
    });
  }
  return problems;
}

/** Size limits for an image an editor adds: a phone must be able to decode it. */
export interface ImageLimit {
  maxSide: number;
  maxBytes: number;
}

/** Manga pages are drawn at about 1000–1200 px wide; thumbnails and OGP cards are smaller. */
export const imageLimits: Readonly<Record<string, ImageLimit>> = {
  'manga:pages[].image': { maxSide: 4000, maxBytes: 10 * 1024 * 1024 },
  default: { maxSide: 4000, maxBytes: 5 * 1024 * 1024 },
};

const imageExtension = /\.(png|jpe?g|webp|avif|gif|tiff?)$/i;

/** Every field of an entry that names an image file beside it, as [field, relative path]. */
export function imageFieldsOf(data: Record<string, unknown>): [string, string][] {
  const walked: Walked[] = [];
  walk(data, '', walked);
  return walked.filter((item): item is Required<Pick<Walked, 'path' | 'value'>> & Walked => item.value !== undefined && imageExtension.test(item.value) && !/^[a-z]+:|^\/\//i.test(item.value)).map((item) => [item.path, item.value!]);
}

const limitFor = (collection: string, field: string) => imageLimits[`${collection}:${field.replace(/\[\d+\]/g, '[]')}`] ?? imageLimits['default']!;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The problem with one image's measured size, or undefined when it is within its field's limit. */
export function imageSizeProblem(
  collection: string,
  file: string,
  field: string,
  src: string,
  measured: { width: number; height: number; bytes: number },
): ContentProblem | undefined {
  const limit = limitFor(collection, field);
  if (measured.width > limit.maxSide || measured.height > limit.maxSide) {
    return `${file}: ${field}: 画像 ${src} は ${measured.width}×${measured.height} px です。縦横とも ${limit.maxSide.toLocaleString('ja-JP')} px 以下に縮小してください（大きすぎる画像はスマートフォンで表示できません）`;
  }
  if (measured.bytes > limit.maxBytes) {
    return `${file}: ${field}: 画像 ${src} は ${megabytes(measured.bytes)} です。${megabytes(limit.maxBytes)} 以下にしてください`;
  }
  return undefined;
}
