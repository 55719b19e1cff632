/**
 * Compares a zod schema with a Decap CMS field list, independently of cms/generate.ts: every
 * schema field needs a widget of a compatible type and required-ness, every widget needs a
 * schema field, selects offer exactly the enum's values, patterns equal the schema's regex,
 * lists mirror arrays, objects mirror objects, image widgets mirror image(), relations hold ids.
 * Returns readable problems (empty when they agree) so one failing test names every mismatch.
 */
import { z } from 'astro/zod';
import { checksOf, defOf, enumValues, imageMarker } from '../../cms/zod-introspect';

export interface Field {
  name: string;
  widget?: string;
  label?: string;
  required?: boolean;
  pattern?: [string, string];
  options?: (string | { value: string; label: string })[];
  multiple?: boolean;
  fields?: Field[];
  field?: Field;
  min?: number;
  value_type?: string;
  format?: string;
  time_format?: string | false;
  collection?: string;
  value_field?: string;
}

/**
 * Schema fields that are not widgets: `translations` is edited through Decap's i18n language
 * panes (checked by the agreement test's own case for translated collections).
 */
export const NON_WIDGET_FIELDS = new Set(['translations']);

/** Widgets that are not frontmatter fields of the schema: the Markdown body and the folder name. */
export const NON_SCHEMA_WIDGETS = new Set(['body', 'slug']);

interface Peeled {
  core: z.ZodType;
  optional: boolean;
}

function peel(schema: z.ZodType): Peeled {
  let core = schema;
  let optional = false;
  for (;;) {
    const def = defOf(core);
    if (['optional', 'nullable', 'default', 'prefault'].includes(def.type)) optional = true;
    else if (def.type !== 'readonly') return { core, optional };
    core = def.innerType!;
  }
}

const isDate = (core: z.ZodType): boolean => {
  const def = defOf(core);
  return def.type === 'date' || (def.type === 'pipe' && defOf(peel(def.out!).core).type === 'date');
};

const hasJapanese = (text: string | undefined) => !!text && /[\u3040-\u30ff\u4e00-\u9fff]/.test(text);

export function compareObject(schema: z.ZodType, fields: readonly Field[], where: string, parentOptional = false): string[] {
  const problems: string[] = [];
  const shape = (defOf(schema).shape ?? {}) as Record<string, z.ZodType>;
  const byName = new Map(fields.map((field) => [field.name, field]));
  for (const [name, child] of Object.entries(shape)) {
    const field = byName.get(name);
    if (!field && where === '' && NON_WIDGET_FIELDS.has(name)) continue;
    if (!field) problems.push(`${where}${name}: in the schema but the CMS has no widget for it`);
    else problems.push(...compareField(child, field, `${where}${name}`, parentOptional));
  }
  for (const field of fields) {
    if (!(field.name in shape) && !(where === '' && NON_SCHEMA_WIDGETS.has(field.name))) {
      problems.push(`${where}${field.name}: the CMS has a widget but the schema has no such field`);
    }
  }
  return problems;
}

export function compareField(schema: z.ZodType, field: Field, path: string, parentOptional: boolean): string[] {
  const problems: string[] = [];
  const { core, optional } = peel(schema);
  const widget = field.widget ?? 'string';
  const widgetRequired = field.required !== false;
  if (!hasJapanese(field.label)) problems.push(`${path}: needs a Japanese label (has ${JSON.stringify(field.label)})`);
  // A required widget for an optional field would block valid entries; an optional widget for
  // a required field lets editors save what the build then rejects. Inside an optional object
  // the schema only requires a field once the object is filled in, so an optional widget is right.
  if (optional && widgetRequired) problems.push(`${path}: optional in the schema but required in the CMS`);
  if (!optional && !widgetRequired && !parentOptional) problems.push(`${path}: required in the schema but optional in the CMS`);
  const type = core === imageMarker ? 'image' : defOf(core).type;
  const mismatch = (expected: string) => problems.push(`${path}: schema type ${type} needs ${expected}, the CMS has widget ${widget}`);

  if (type === 'image') {
    if (widget !== 'image') mismatch('an image widget');
  } else if (isDate(core)) {
    if (widget !== 'datetime') mismatch('a datetime widget');
    else if (field.time_format === false ? field.format !== 'YYYY-MM-DD' : field.format !== 'YYYY-MM-DDTHH:mm:ss[+09:00]') {
      problems.push(`${path}: datetime must write ${field.time_format === false ? 'YYYY-MM-DD' : 'YYYY-MM-DDTHH:mm:ss[+09:00]'}, has ${field.format}`);
    }
  } else if (type === 'enum') {
    if (widget !== 'select' || field.multiple) mismatch('a single select widget');
    else problems.push(...compareOptions(core, field, path));
  } else if (type === 'string') {
    if (widget === 'relation') {
      if (field.multiple) problems.push(`${path}: a single id needs a relation without multiple`);
      problems.push(...compareRelation(field, path));
    } else if (!['string', 'text', 'markdown', 'file'].includes(widget)) mismatch('a string, text, markdown or file widget');
    else problems.push(...comparePattern(core, field, path));
  } else if (type === 'number') {
    if (widget !== 'number') mismatch('a number widget');
    else {
      const int = checksOf(core).some((check) => check.format === 'safeint' || check.format === 'int32');
      if (int !== (field.value_type === 'int')) problems.push(`${path}: integer in the schema needs value_type int (and only then)`);
    }
  } else if (type === 'boolean') {
    if (widget !== 'boolean') mismatch('a boolean widget');
  } else if (type === 'object') {
    if (widget !== 'object' || !field.fields) mismatch('an object widget with fields');
    else problems.push(...compareObject(core, field.fields, `${path}.`, parentOptional || optional));
  } else if (type === 'array') {
    problems.push(...compareArray(core, field, path, parentOptional));
  } else {
    problems.push(`${path}: schema type ${type} has no CMS equivalent; use string, number, boolean, enum, date, image(), object or array`);
  }
  return problems;
}

function compareArray(core: z.ZodType, field: Field, path: string, parentOptional: boolean): string[] {
  const element = peel(defOf(core).element!).core;
  const elementType = element === imageMarker ? 'image' : defOf(element).type;
  const widget = field.widget ?? 'string';
  const minimum = checksOf(core).find((check) => check.check === 'min_length')?.minimum ?? 0;
  const problems: string[] = [];
  if (elementType === 'enum') {
    if (widget !== 'select' || !field.multiple) return [`${path}: an array of enum values needs a select widget with multiple: true`];
    return compareOptions(element, field, path);
  }
  if (elementType === 'string' && widget === 'relation') {
    if (!field.multiple) problems.push(`${path}: an array of ids needs a relation with multiple: true`);
    return [...problems, ...compareRelation(field, path)];
  }
  if (widget !== 'list') return [`${path}: an array needs a list widget (or select/relation with multiple), the CMS has ${widget}`];
  if ((field.min ?? 0) !== minimum) problems.push(`${path}: the schema needs at least ${minimum} items, the list widget min is ${field.min ?? 0}`);
  if (elementType === 'object') {
    if (!field.fields) return [...problems, `${path}: an array of objects needs a list with fields`];
    return [...problems, ...compareObject(element, field.fields, `${path}[].`, parentOptional)];
  }
  if (!field.field) return [...problems, `${path}: an array of ${elementType} needs a list with a single field`];
  return [...problems, ...compareField(element, { ...field.field, required: true }, `${path}[]`, parentOptional)];
}

function compareOptions(core: z.ZodType, field: Field, path: string): string[] {
  const values = (field.options ?? []).map((option) => (typeof option === 'string' ? option : option.value));
  const expected = enumValues(core);
  const problems: string[] = [];
  if (JSON.stringify([...values].sort()) !== JSON.stringify([...expected].sort())) {
    problems.push(`${path}: select options ${JSON.stringify(values)} differ from the enum ${JSON.stringify(expected)}`);
  }
  for (const option of field.options ?? []) {
    // A label equal to the stored value means nobody wrote one (「FAX」 for fax is fine).
    if (typeof option === 'string' || !option.label || option.label === option.value) problems.push(`${path}: option ${JSON.stringify(option)} needs a label for editors`);
  }
  return problems;
}

function comparePattern(core: z.ZodType, field: Field, path: string): string[] {
  const checks = checksOf(core);
  const regex = checks.find((check) => (check.format === 'regex' || check.format === 'email') && check.pattern)?.pattern;
  if (regex && field.pattern?.[0] !== regex.source) return [`${path}: the schema's pattern ${regex.source} is not the widget's ${field.pattern?.[0] ?? '(none)'}`];
  if (checks.some((check) => check.format === 'url') && !field.pattern?.[0]?.startsWith('^https?://')) return [`${path}: a URL field needs a pattern starting ^https?://`];
  if (field.pattern && !regex && !checks.some((check) => check.format === 'url')) return [`${path}: the widget has a pattern the schema does not check`];
  if (field.pattern && !hasJapanese(field.pattern[1])) return [`${path}: the pattern's message must be Japanese`];
  return [];
}

function compareRelation(field: Field, path: string): string[] {
  return field.value_field === '{{slug}}' && field.collection ? [] : [`${path}: a relation must store the entry id ({{slug}}) of a named collection`];
}
