/**
 * CMS ↔ schema equality through zod's own JSON Schema (`z.toJSONSchema`, io: 'input'), not a
 * second reader of zod internals: every property needs a widget and every widget a property;
 * required-ness, defaults, enum options, patterns, number limits and list minimums must be
 * equal. Returns readable problems (empty when they agree), each with the field's dotted path.
 */
import { z } from 'astro/zod';
import { NON_SCHEMA_WIDGETS, NON_WIDGET_FIELDS, type Field } from './cms-agreement';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  default?: unknown;
  anyOf?: JsonSchema[];
}

type CmsField = Field & { max?: number; default?: unknown };

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** A nullable or single-branch union reads as its one non-null branch. */
function core(schema: JsonSchema): JsonSchema {
  const branches = schema.anyOf?.filter((branch) => branch.type !== 'null');
  return branches?.length === 1 ? { ...branches[0]!, ...(schema.default === undefined ? {} : { default: schema.default }) } : schema;
}

const optionValues = (field: CmsField) => (field.options ?? []).map((option) => (typeof option === 'string' ? option : option.value));
// Integers come with ±MAX_SAFE_INTEGER bounds from zod; they say nothing an editor needs.
const realBound = (value: number | undefined) => (value === undefined || Math.abs(value) >= Number.MAX_SAFE_INTEGER ? undefined : value);

function compareValue(property: JsonSchema, field: CmsField, path: string, problems: string[], parentOptional: boolean, selfOptional: boolean): void {
  const schema = core(property);
  const defaultValue = schema.default;
  if ((typeof defaultValue === 'number' || typeof defaultValue === 'boolean' || (typeof defaultValue === 'string' && defaultValue !== '')) && field.default !== defaultValue) {
    problems.push(`${path}: default is ${JSON.stringify(defaultValue)} in the schema, ${JSON.stringify(field.default)} in the CMS`);
  }
  if (schema.type === 'array') {
    if ((schema.minItems ?? 0) > 0 && field.min !== schema.minItems) problems.push(`${path}: at least ${schema.minItems} items in the schema, min ${field.min} in the CMS`);
    const items = core(schema.items ?? {});
    if (items.enum) {
      if (JSON.stringify(optionValues(field)) !== JSON.stringify(items.enum)) problems.push(`${path}: options ${JSON.stringify(optionValues(field))} ≠ enum ${JSON.stringify(items.enum)}`);
    } else if (items.type === 'object') {
      // A list's items are required as items: only an optional object around the list relaxes them.
      problems.push(...compareFields(items, field.fields ?? [], path, parentOptional));
    } else if (field.field) {
      compareValue(items, field.field, `${path}[]`, problems, parentOptional, false);
    }
    return;
  }
  if (schema.type === 'object') {
    problems.push(...compareFields(schema, field.fields ?? [], path, parentOptional || selfOptional));
    return;
  }
  if (schema.enum && JSON.stringify(optionValues(field)) !== JSON.stringify(schema.enum)) problems.push(`${path}: options ${JSON.stringify(optionValues(field))} ≠ enum ${JSON.stringify(schema.enum)}`);
  if (schema.pattern !== undefined && field.pattern?.[0] !== schema.pattern) problems.push(`${path}: pattern ${JSON.stringify(field.pattern?.[0])} in the CMS ≠ ${JSON.stringify(schema.pattern)} in the schema`);
  if (schema.type === 'integer' || schema.type === 'number') {
    const integer = schema.type === 'integer';
    if (integer && field.value_type !== 'int') problems.push(`${path}: an integer in the schema, value_type ${field.value_type} in the CMS`);
    const min = realBound(schema.minimum) ?? (schema.exclusiveMinimum === undefined ? undefined : integer ? schema.exclusiveMinimum + 1 : schema.exclusiveMinimum);
    const max = realBound(schema.maximum) ?? (schema.exclusiveMaximum === undefined ? undefined : integer ? schema.exclusiveMaximum - 1 : schema.exclusiveMaximum);
    if (min !== field.min) problems.push(`${path}: minimum ${min} in the schema, min ${field.min} in the CMS`);
    if (max !== field.max) problems.push(`${path}: maximum ${max} in the schema, max ${field.max} in the CMS`);
  }
}

/**
 * `parentOptional`: inside an optional object or list, Decap cannot say "required once the object is
 * filled in", so those fields are optional in the CMS and the build's schema check enforces them.
 */
export function compareFields(schema: JsonSchema, fields: CmsField[], prefix = '', parentOptional = false): string[] {
  const problems: string[] = [];
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(properties)) {
    const path = prefix ? `${prefix}.${name}` : name;
    const field = fields.find((candidate) => candidate.name === name);
    // `translations` is no widget: Decap's i18n panes edit it (tests/support/cms-agreement.ts NON_WIDGET_FIELDS).
    if (!field && !prefix && NON_WIDGET_FIELDS.has(name)) continue;
    if (!field) {
      problems.push(`${path}: in the schema, no CMS widget`);
      continue;
    }
    // Required in input and without a default: the editor must fill it in.
    const mustFill = required.has(name) && core(property).default === undefined;
    const expected = mustFill && !parentOptional;
    if ((field.required !== false) !== expected) problems.push(`${path}: ${expected ? 'required' : 'optional'} in the schema, ${field.required === false ? 'optional' : 'required'} in the CMS`);
    compareValue(property, field, path, problems, parentOptional, !mustFill);
  }
  for (const field of fields) {
    if (!NON_SCHEMA_WIDGETS.has(field.widget ?? '') && !NON_SCHEMA_WIDGETS.has(field.name) && !(field.name in properties)) problems.push(`${prefix ? `${prefix}.` : ''}${field.name}: a CMS widget, not in the schema`);
  }
  return problems;
}
