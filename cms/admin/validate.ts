/**
 * The check an entry passes before the CMS writes it: the collection's own zod schema (the one
 * the build uses), worded by src/schemas/messages.ts, each problem naming the field by the label
 * the editor sees in the form (list items counted from 1). Pure, so it is unit-tested apart
 * from the CMS; cms/admin/pre-save.ts runs it in Decap's preSave event.
 */
import type { z } from 'astro/zod';
import { japaneseIssueMessage } from '../../src/schemas/messages';
import type { DecapField } from '../types';
import { locales } from '../../src/i18n/locales';

/** The end of an optional field's label, written by cms/generate.ts (Decap's own mark is hidden). */
export const OPTIONAL_MARK = '（任意）';

export interface EntryProblem {
  /** The field as the form names it, e.g. 「ページ（11件目）› ページ画像」. */
  field: string;
  message: string;
}

/**
 * 「English › 回答」 for ['translations', 'en', 'answer']: a translation's field is named by its
 * language and the label of the Japanese field it translates (Decap shows it in that pane).
 */
function translationLabel(fields: readonly DecapField[], path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'translations' || typeof path[1] !== 'string') return undefined;
  const language = locales.find((locale) => locale.id === path[1])?.nativeName ?? path[1];
  return path.length > 2 ? `${language} › ${fieldLabel(fields, path.slice(2))}` : language;
}

/** 「ページ（11件目）› ページ画像」 for ['pages', 10, 'image']. */
export function fieldLabel(fields: readonly DecapField[], path: readonly PropertyKey[]): string {
  const translated = translationLabel(fields, path);
  if (translated) return translated;
  const parts: string[] = [];
  let current: readonly DecapField[] | undefined = fields;
  let listLabel: string | undefined;
  for (const key of path) {
    if (typeof key === 'number') {
      // The item of the list named just before: 「ページ」 → 「ページ（11件目）」.
      if (parts.length) parts[parts.length - 1] = `${listLabel ?? parts[parts.length - 1]}（${key + 1}件目）`;
      continue;
    }
    const field: DecapField | undefined = current?.find((candidate) => candidate.name === key);
    if (!field) {
      parts.push(String(key));
      current = undefined;
      continue;
    }
    // 「共有文」, not 「共有文（任意）」: the problem is what is wrong with the field, not whether it may be empty.
    const label = field.label.endsWith(OPTIONAL_MARK) ? field.label.slice(0, -OPTIONAL_MARK.length) : field.label;
    parts.push(label);
    listLabel = label;
    current = 'fields' in field && field.fields ? field.fields : 'field' in field && field.field ? [field.field] : undefined;
  }
  return parts.join(' › ') || '入力内容';
}

/** Every problem the build would report for this entry's data, in the order of the form. */
export async function entryProblems(schema: z.ZodType, fields: readonly DecapField[], data: Record<string, unknown>): Promise<EntryProblem[]> {
  const result = await schema.safeParseAsync(data, { error: japaneseIssueMessage });
  if (result.success) return [];
  const order = fields.map((field) => field.name);
  const position = (issue: z.core.$ZodIssue) => {
    const index = order.indexOf(String(issue.path[0]));
    return index === -1 ? order.length : index;
  };
  const seen = new Set<string>();
  return [...result.error.issues]
    .sort((a, b) => position(a) - position(b))
    .map((issue) => ({ field: fieldLabel(fields, issue.path), message: issue.message }))
    .filter((problem) => {
      const key = `${problem.field}\u0000${problem.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * The build's messages name the file's key for developers (「終了日時（end）は…」); the form
 * names fields by label, so the key is left out there: 「（end）」 → 「」, 「（duration、例 PT1M30S）」 → 「（例 PT1M30S）」.
 */
export const withoutFileKeys = (message: string) => message.replace(/（[A-Za-z][\w.]*）/g, '').replace(/（[A-Za-z][\w.]*、/g, '（');

export const problemText = (problem: EntryProblem) => `${problem.field}：${withoutFileKeys(problem.message)}`;
