/**
 * Builds Decap CMS fields from a collection's zod schema plus its Japanese wording, so the
 * schema stays the one source of truth for shape (types, required-ness, enums, patterns,
 * list minimums) and cms/collections/<name>.ts only says how each field reads.
 * tests/unit/cms-agreement.test.ts checks the result independently of this file.
 */
import { z } from 'astro/zod';
import { slugPattern } from '../src/schemas/shared';
import type { CollectionWording, DecapCollection, DecapField, FieldWording } from './types';
import { checkMessage, checksOf, defOf, enumValues, kindOf, unwrap } from './zod-introspect';
import { FORMAT_NAME, I18N_FORMAT_NAME } from './admin/yaml-format';
import { OPTIONAL_MARK } from './admin/validate';
import { readdirSync } from 'node:fs';
import { defaultLocaleId, locales } from '../src/i18n/locales';

/**
 * The languages editors translate into: those the site publishes (src/i18n/<id>.ts exists), the
 * same rule as astro.config.mjs and src/i18n/index.ts.
 */
// Read from the project root (the build and the tests run there; this file is bundled elsewhere).
const i18nFiles = new Set(readdirSync('src/i18n').map((name) => name.replace(/\.ts$/, '')));
export const cmsLocales = locales.map((locale) => locale.id).filter((id) => id === defaultLocaleId || i18nFiles.has(id));

/** The schema of one language's translation when the entry has `translations` (translationsOf). */
function translationShape(core: z.ZodType): z.ZodType | undefined {
  const translations = ((core as z.ZodObject).shape as Record<string, z.ZodType> | undefined)?.['translations'];
  return translations ? defOf(unwrap(translations).core).valueType : undefined;
}

/**
 * Marks which fields Decap shows in the other languages' panes: those the translation schema
 * has are translated (i18n: true); inside a translated list, the item's other fields are
 * copied from Japanese ('duplicate', e.g. a manga page's image); the rest are Japanese only.
 */
function markI18n(fields: DecapField[], shape: z.ZodType | undefined, inside: boolean): DecapField[] {
  const translated = shape ? ((defOf(unwrap(shape).core).shape ?? {}) as Record<string, z.ZodType>) : {};
  return fields.map((field) => {
    const child = translated[field.name];
    const i18n: DecapField['i18n'] = child ? true : inside ? 'duplicate' : false;
    if (!child || !('widget' in field) || (field.widget !== 'list' && field.widget !== 'object')) return { ...field, i18n };
    const element = defOf(unwrap(child).core).type === 'array' ? defOf(unwrap(child).core).element : child;
    if ('fields' in field && field.fields) return { ...field, i18n, fields: markI18n(field.fields, element, true) };
    return { ...field, i18n };
  });
}

/** Decap writes this; the +09:00 is literal so the file never depends on the editor's PC clock zone. */
export const INSTANT_FORMAT = 'YYYY-MM-DDTHH:mm:ss[+09:00]';
export const DATE_FORMAT = 'YYYY-MM-DD';
export const URL_PATTERN: [string, string] = ['^https?://\\S+$', 'URL は https:// から始まる形で入力してください'];

/**
 * The folder name of a new entry, typed by the editor: Decap's own slug from a Japanese title
 * is unusable. Not required by the form, because entries written by hand carry no `slug` and
 * must stay editable; a new entry without one is refused by Decap (no identifier). Astro
 * ignores the key (ids come from folder names) and the schemas strip it.
 */
export const slugField: DecapField = {
  name: 'slug',
  label: 'URL名（フォルダ名・新規作成時に必須）',
  widget: 'string',
  required: false,
  pattern: [slugPattern.source, '半角英小文字・数字とハイフンで入力してください（例：outreach-pediatrics-2）'],
  hint: '新しく作るときに入力します。ページのURLの一部になります（例：outreach-pediatrics-2 → /seminars/outreach-pediatrics-2/）。既存のページでは空欄のままで構いません。',
};

export interface GeneratedCollection {
  collection: DecapCollection;
  /** Dotted paths the generator could not express as a widget (the agreement test reports them). */
  unsupported: string[];
}

/**
 * Decap's i18n panes for translated collections: the other languages beside the Japanese, each
 * pane editing `translations.<locale>` of the same file (cms/admin/yaml-format.ts maps Decap's
 * `{ ja, en, … }` to it). Decap validates only the Japanese pane; the pre-save check runs each
 * language's zod schema. The config also needs the top-level `i18n` (cms/config.ts): without it
 * Decap ignored the collections' own and the editor opened empty (tests/browser/cms-i18n.test.ts).
 */
export const decapI18nEnabled = true;

export function buildCollection(wording: CollectionWording, schema: z.ZodType, { i18n = decapI18nEnabled }: { i18n?: boolean } = {}): GeneratedCollection {
  const unsupported: string[] = [];
  const { core } = unwrap(schema);
  const translation = i18n ? translationShape(core) : undefined;
  // `translations` is not a form field: Decap's i18n edits it as the other languages' panes.
  const { translations, ...shape } = ((core as z.ZodObject).shape ?? {}) as Record<string, z.ZodType>;
  const ownFields = objectFields(translations ? z.object(shape) : core, '', wording.fields, false, unsupported);
  const fields = translation ? markI18n(ownFields, translation, false) : ownFields;
  const hasOwnSlug = fields.some((field) => field.name === 'slug');
  const titleField = wording.titleField ?? 'title';
  return {
    unsupported,
    collection: {
      name: wording.name,
      label: wording.label,
      label_singular: wording.label_singular,
      ...(wording.description ? { description: wording.description } : {}),
      folder: `src/content/${wording.name}`,
      path: '{{slug}}/index',
      slug: '{{slug}}',
      identifier_field: 'slug',
      summary: `{{${titleField}}}`,
      extension: 'md',
      // Markdown + YAML frontmatter, edited in place so a save changes only the edited lines (cms/admin/yaml-format.ts).
      format: translation ? I18N_FORMAT_NAME : FORMAT_NAME,
      ...(translation && cmsLocales.length > 1 ? { i18n: { structure: 'single_file' as const, locales: cmsLocales, default_locale: defaultLocaleId } } : {}),
      create: true,
      // Images live beside index.md so Astro's image() resolves and optimises them.
      media_folder: '',
      public_folder: '',
      ...(wording.sortableFields ? { sortable_fields: wording.sortableFields } : {}),
      fields: [
        ...(hasOwnSlug ? [] : [translation ? { ...slugField, i18n: false } : slugField]),
        ...fields,
        ...(wording.body ? [{ name: 'body', label: `${wording.body.label}${OPTIONAL_MARK}`, widget: 'markdown' as const, required: false, ...(wording.body.hint ? { hint: wording.body.hint } : {}), ...(translation ? { i18n: false } : {}) }] : []),
      ],
    },
  };
}

function objectFields(core: z.ZodType, prefix: string, wording: Record<string, FieldWording>, parentOptional: boolean, unsupported: string[], parentLabel?: string): DecapField[] {
  const shape = (core as z.ZodObject).shape as Record<string, z.ZodType>;
  return Object.entries(shape).flatMap(([name, schema]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const field = fieldFor(name, path, schema, wording, parentOptional, unsupported, parentLabel);
    return field ? [field] : [];
  });
}

function fieldFor(name: string, path: string, schema: z.ZodType, wording: Record<string, FieldWording>, parentOptional: boolean, unsupported: string[], parentLabel?: string): DecapField | undefined {
  const { core, optional, hasDefault, defaultValue } = unwrap(schema);
  const words = wording[path] ?? { label: name };
  // Fields inside an optional object are only required when the object is filled in; Decap
  // cannot say that, so they stay optional there and the build's schema check enforces them.
  const required = !optional && !hasDefault && !parentOptional;
  // Decap marks every field it does not require 「(任意)」, also those the build requires when
  // their object is filled in (会場 › 会場名) or in some cases (診療科 for 出張講習会). Its mark is
  // hidden (cms/admin/start.ts) and the label says 「（任意）」 only where the field truly is;
  // a conditional field's hint says when it is required.
  const requiredWithParent = parentOptional && !optional && !hasDefault;
  const conditional = Boolean(words.hint?.includes('必須'));
  const hint = requiredWithParent && !conditional && parentLabel ? [words.hint, `「${parentLabel}」を入力するときは必須です。`].filter(Boolean).join(' ') : words.hint;
  const label = required || requiredWithParent || conditional ? words.label : `${words.label}${OPTIONAL_MARK}`;
  const base = { name, label, ...(hint ? { hint } : {}), required };
  const kind = kindOf(core);
  switch (kind) {
    case 'image':
      return { ...base, widget: 'image', choose_url: false };
    case 'string':
      if (words.relation) return relationField(base, words, false);
      if (words.upload) return { ...base, widget: 'file', choose_url: false, ...patternOf(core) };
      return { ...base, widget: words.multiline ? 'text' : 'string', ...patternOf(core), ...(typeof defaultValue === 'string' && defaultValue ? { default: defaultValue } : {}) };
    case 'enum':
      return { ...base, widget: 'select', options: optionsFor(core, words), ...(typeof defaultValue === 'string' ? { default: defaultValue } : {}) };
    case 'number': {
      const checks = checksOf(core);
      const int = checks.some((check) => check.format === 'safeint' || check.format === 'int32');
      const lower = checks.find((check) => check.check === 'greater_than');
      const min = lower ? Number(lower.value) + (lower.inclusive ? 0 : int ? 1 : 0) : undefined;
      const upper = checks.find((check) => check.check === 'less_than');
      const max = upper ? Number(upper.value) - (upper.inclusive ? 0 : int ? 1 : 0) : undefined;
      return { ...base, widget: 'number', value_type: int ? 'int' : 'float', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }), ...(typeof defaultValue === 'number' ? { default: defaultValue } : {}) };
    }
    case 'boolean':
      return { ...base, widget: 'boolean', ...(typeof defaultValue === 'boolean' ? { default: defaultValue } : {}) };
    case 'date':
      return words.dateOnly
        ? { ...base, widget: 'datetime', format: DATE_FORMAT, date_format: DATE_FORMAT, time_format: false, picker_utc: false }
        : { ...base, widget: 'datetime', format: INSTANT_FORMAT, date_format: DATE_FORMAT, time_format: 'HH:mm', picker_utc: false };
    case 'object':
      return { ...base, widget: 'object', fields: objectFields(core, path, wording, parentOptional || !required, unsupported, words.label) };
    case 'array':
      return listField(base, path, core, words, wording, parentOptional, unsupported);
    default:
      unsupported.push(path);
      return undefined;
  }
}

type Base = { name: string; label: string; hint?: string; required: boolean };

function listField(base: Base, path: string, core: z.ZodType, words: FieldWording, wording: Record<string, FieldWording>, parentOptional: boolean, unsupported: string[]): DecapField | undefined {
  const element = unwrap((core as z.ZodArray<z.ZodType>).element).core;
  const minCheck = checksOf(core).find((check) => check.check === 'min_length');
  const min = minCheck?.minimum ? { min: minCheck.minimum } : {};
  switch (kindOf(element)) {
    case 'string':
      if (words.relation) return relationField(base, words, true);
      return { ...base, widget: 'list', label_singular: words.itemLabel ?? words.label, ...min, field: { name: base.name, label: words.itemLabel ?? words.label, widget: words.multiline ? 'text' : 'string', required: true, ...patternOf(element) } };
    case 'enum':
      return { ...base, widget: 'select', multiple: true, options: optionsFor(element, words) };
    case 'object':
      return {
        ...base,
        widget: 'list',
        ...min,
        collapsed: true,
        // 「…を追加」 names the item, never with the （任意） of the list's label.
        label_singular: words.itemLabel ?? words.label,
        ...(words.summary ? { summary: words.summary } : {}),
        fields: objectFields(element, path, wording, parentOptional, unsupported),
      };
    default:
      unsupported.push(path);
      return undefined;
  }
}

function relationField(base: Base, words: FieldWording, multiple: boolean): DecapField {
  const relation = words.relation!;
  return {
    ...base,
    widget: 'relation',
    collection: relation.collection,
    value_field: '{{slug}}',
    search_fields: relation.searchFields,
    display_fields: [relation.displayField],
    options_length: 500,
    ...(multiple ? { multiple: true } : {}),
  };
}

function optionsFor(core: z.ZodType, words: FieldWording) {
  return enumValues(core).map((value) => ({ value, label: words.options?.[value] ?? value }));
}

function patternOf(core: z.ZodType): { pattern?: [string, string] } {
  const checks = checksOf(core);
  // A regex, or a format zod checks with a pattern (email): the CMS checks the same expression.
  const regex = checks.find((check) => (check.format === 'regex' || check.format === 'email') && check.pattern);
  if (regex) return { pattern: [regex.pattern!.source, checkMessage(regex) ?? '入力の形式が正しくありません'] };
  if (checks.some((check) => check.format === 'url')) return { pattern: URL_PATTERN };
  return {};
}
