/**
 * Decap's preSave event: the last step before anything is written. Drops fields left empty,
 * then refuses the save — nothing is written — when the URL名 or the collection's zod schema
 * (the build's own rules) finds a problem. The problems are listed, by the field's label in the
 * form, in a panel that stays until the editor closes it (Decap's own toast, which shows the
 * same text, disappears after 8 seconds).
 */
import { cmsCollections } from '../collections/index';
import type { DecapField } from '../types';
import { cleanEntryData, type ImmutableLike } from './clean-data';
import { entryProblems, fieldLabel, problemText } from './validate';
import { SLUG_LABEL, slugProblems, urlNameOf } from './slug-guard';
import { webVttProblems } from '../../src/lib/videos/webvtt';
import { pruned } from './yaml-format';
import { transcriptTextProblems } from '../../src/lib/videos/transcript-text';

/**
 * Files uploaded with the entry that the build reads as text, checked the way the build checks
 * them (collection → field → check). A file is only uploaded together with its entry's save,
 * so a refused save writes neither.
 */
const uploadChecks: Record<string, Record<string, { check: (text: string) => string[]; readAs: string }>> = {
  videos: {
    captions: { check: webVttProblems, readAs: ' WebVTT ' },
    transcriptFile: { check: transcriptTextProblems, readAs: '書き起こし' },
  },
};

interface DraftMediaFile {
  name?: string;
  path?: string;
  file?: Blob;
}

async function uploadProblems(collection: string, fields: DecapField[], data: Record<string, unknown>, mediaFiles: DraftMediaFile[]): Promise<string[]> {
  const checks = uploadChecks[collection] ?? {};
  const problems: string[] = [];
  for (const [name, { check, readAs }] of Object.entries(checks)) {
    const value = data[name];
    if (typeof value !== 'string' || !value) continue;
    const fileName = value.split('/').pop();
    const upload = mediaFiles.find((media) => (media.name ?? media.path?.split('/').pop()) === fileName && media.file);
    if (!upload?.file) continue;
    const label = fieldLabel(fields, [name]);
    for (const problem of check(await upload.file.text())) problems.push(`${label}：${fileName} は${readAs}として読めません（${problem}）`);
  }
  return problems;
}

/** The non-empty languages of Decap's `i18n` map, as `translations` holds them. */
export function translationsOf(i18n: Record<string, unknown> | undefined): Record<string, Record<string, unknown>> {
  const result: Record<string, Record<string, unknown>> = {};
  for (const [locale, value] of Object.entries(i18n ?? {})) {
    const data = pruned((value as { data?: unknown } | undefined)?.data);
    if (data && typeof data === 'object' && !Array.isArray(data)) result[locale] = data as Record<string, unknown>;
  }
  return result;
}

export interface PreSaveContext {
  collections: { name: string; folder: string; fields: DecapField[] }[];
  exists: (path: string) => Promise<boolean>;
  /** Whether a draft of a new entry (editorial workflow) holds this URL名. */
  draftExists?: (collection: string, slug: string) => Promise<boolean>;
}

interface EntryLike extends ImmutableLike {
  toJS?: () => unknown;
}

/** An Error that prints as its message alone: Decap shows `String(error)` in its toast. */
export class SaveRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`次の項目を直してください。${problems.join(' ／ ')}`);
    this.name = '';
  }
}

const toJs = (value: unknown) => ((value as { toJS?: () => unknown })?.toJS?.() ?? value) as Record<string, unknown>;

/** Returns the cleaned data to save, or throws SaveRefused with every problem found. */
export async function checkBeforeSave(entry: EntryLike, context: PreSaveContext): Promise<ImmutableLike> {
  const started = performance.now();
  const data = cleanEntryData(entry.get('data') as ImmutableLike);
  const name = String(entry.get('collection'));
  const collection = context.collections.find((candidate) => candidate.name === name);
  const source = cmsCollections.find((candidate) => candidate.wording.name === name);
  if (!collection || !source) return data;
  const plain = toJs(data);
  const slugIssues = await slugProblems({
    newRecord: Boolean(entry.get('newRecord')),
    currentSlug: entry.get('slug') ? urlNameOf(String(entry.get('slug'))) : undefined,
    typedSlug: typeof plain['slug'] === 'string' ? plain['slug'] : undefined,
    exists: (slug) => context.exists(`${collection.folder}/${slug}/index.md`),
    inDraft: context.draftExists ? (slug) => context.draftExists!(name, slug) : undefined,
  });
  const { slug: _slug, body: _body, ...japanese } = plain;
  // Decap keeps the other languages' panes under entry.i18n.<locale>.data; the schema checks
  // them where the file keeps them, under `translations` (cms/admin/yaml-format.ts).
  const translations = translationsOf(toJs(entry.get('i18n')));
  const fields = Object.keys(translations).length ? { ...japanese, translations } : japanese;
  const schemaIssues = (await entryProblems(source.schema, collection.fields, fields)).map(problemText);
  const mediaFiles = (toJs(entry.get('mediaFiles')) as unknown as DraftMediaFile[] | undefined) ?? [];
  const fileIssues = await uploadProblems(name, collection.fields, fields, Array.isArray(mediaFiles) ? mediaFiles : []);
  const problems = [...slugIssues.map((message) => `${SLUG_LABEL}：${message}`), ...schemaIssues, ...fileIssues];
  // Kept on the page so the browser test can report how long one save's check takes.
  document.body.dataset['cmsCheckMs'] = (performance.now() - started).toFixed(1);
  if (problems.length) {
    showProblems(problems);
    throw new SaveRefused(problems);
  }
  hideProblems();
  return data;
}

const PANEL_ID = 'cms-save-problems';

function showProblems(problems: string[]) {
  hideProblems();
  const panel = document.createElement('section');
  panel.id = PANEL_ID;
  panel.className = 'cms-problems';
  panel.setAttribute('role', 'alert');
  panel.setAttribute('aria-labelledby', `${PANEL_ID}-title`);
  const heading = document.createElement('h2');
  heading.id = `${PANEL_ID}-title`;
  heading.textContent = '保存できませんでした。次の項目を直してください（まだ何も保存されていません）。';
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '閉じる';
  close.addEventListener('click', hideProblems);
  panel.append(heading, list, close);
  document.body.append(panel);
}

function hideProblems() {
  document.getElementById(PANEL_ID)?.remove();
}
