/**
 * CMS config ↔ zod schemas, for every collection in src/content.config.ts. The Decap fields
 * are generated from the schemas (cms/generate.ts), so this checks them with a separate walker
 * (tests/support/cms-agreement.ts), checks the wording covers exactly the schema's fields, and
 * proves the walker notices a field added on one side only.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { buildCmsConfig } from '../../cms/config';
import { cmsCollections, collectionsWithoutWording } from '../../cms/collections/index';
import { buildCollection } from '../../cms/generate';
import { compareObject, type Field } from '../support/cms-agreement';
import { compareFields, jsonSchemaOf } from '../support/cms-json-schema';
import { collectionRegistry, editedCollections, type ImageFunction } from '../../src/schemas/collections';
import { defOf, imageStandIn } from '../../cms/zod-introspect';

// From the collection registry, the list src/content.config.ts is wired from.
const wired = editedCollections.map((name) => ({ name }));
const loadSchema = async ({ name }: { name: (typeof editedCollections)[number] }) => collectionRegistry[name].schema(imageStandIn as unknown as ImageFunction);
const config = buildCmsConfig({});
const cmsByName = new Map(config.collections.map((collection) => [collection.name, collection]));

/** Dotted paths of every field of a schema, as cms/collections/<name>.ts keys them. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  let core = schema;
  while (['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(defOf(core).type)) core = defOf(core).innerType!;
  if (defOf(core).type === 'array') return schemaPaths(defOf(core).element!, prefix);
  if (defOf(core).type !== 'object') return [];
  return Object.entries(defOf(core).shape!).flatMap(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    return [path, ...schemaPaths(child, path)];
  });
}

describe('every content collection has a CMS collection', () => {
  it('every edited collection in the registry has its CMS wording', () => {
    expect(collectionsWithoutWording, 'collections in src/schemas/collections.ts without wording in cms/collections/index.ts (cmsWordings)').toEqual([]);
  });

  it('content.config.ts and cms/collections/index.ts list the same collections', () => {
    expect(wired.length).toBeGreaterThan(0);
    expect([...cmsByName.keys()].sort()).toEqual(wired.map((collection) => collection.name).sort());
  });
});

describe.each(wired)('$name', (collection) => {
  it('the Decap fields agree with the zod schema', async () => {
    const schema = await loadSchema(collection);
    const cms = cmsByName.get(collection.name);
    expect(cms, `cms/collections has no collection "${collection.name}"`).toBeDefined();
    expect(compareObject(schema, cms!.fields as Field[], '')).toEqual([]);
  });

  it("the Decap fields equal zod's own JSON Schema (z.toJSONSchema): required, defaults, options, patterns, limits", async () => {
    const schema = await loadSchema(collection);
    expect(compareFields(jsonSchemaOf(schema), cmsByName.get(collection.name)!.fields as Field[])).toEqual([]);
  });

  it('translations (if the schema has them) are Decap i18n languages beside the Japanese, each translated field marked', async () => {
    const schema = await loadSchema(collection);
    const source = cmsCollections.find((entry) => entry.wording.name === collection.name)!;
    // Generated with Decap i18n on (off in the served CMS for now: cms/generate.ts decapI18nEnabled).
    const cms = buildCollection(source.wording, schema, { i18n: true }).collection;
    const translations = (defOf(schema).shape as Record<string, z.ZodType> | undefined)?.['translations'];
    if (!translations) {
      expect(cms.i18n).toBeUndefined();
      return;
    }
    expect(cms.i18n).toEqual({ structure: 'single_file', locales: ['ja', 'easy', 'en'], default_locale: 'ja' });
    expect(cms.format).toBe('frontmatter-kept-i18n');
    let inner: z.ZodType = translations;
    while (defOf(inner).type === 'optional') inner = defOf(inner).innerType!;
    const shape = defOf(defOf(inner).valueType!).shape!;
    const marked = cms.fields.filter((field) => field.i18n === true).map((field) => field.name);
    expect(marked.sort()).toEqual(Object.keys(shape).sort());
    expect(cms.fields.filter((field) => field.i18n === undefined)).toEqual([]);
  });

  it('cms/collections/index.ts pairs the wording with the schema content.config.ts uses', async () => {
    const schema = await loadSchema(collection);
    const source = cmsCollections.find((entry) => entry.wording.name === collection.name)!;
    expect(JSON.stringify(schemaPaths(source.schema))).toBe(JSON.stringify(schemaPaths(schema)));
  });

  it('the Japanese wording covers exactly the schema fields', async () => {
    const schema = await loadSchema(collection);
    const wording = cmsCollections.find((entry) => entry.wording.name === collection.name)!.wording;
    const paths = schemaPaths(schema);
    expect(paths.filter((path) => !wording.fields[path]), 'fields without wording in cms/collections').toEqual([]);
    expect(Object.keys(wording.fields).filter((path) => !paths.includes(path)), 'wording for fields the schema does not have').toEqual([]);
    expect(buildCollection(wording, schema).unsupported).toEqual([]);
  });

  it('keeps each entry in its own folder with its images beside it', () => {
    const cms = cmsByName.get(collection.name)!;
    expect(cms).toMatchObject({ folder: `src/content/${collection.name}`, path: '{{slug}}/index', media_folder: '', public_folder: '' });
    const slug = cms.fields.find((field) => field.name === 'slug');
    expect(slug?.pattern?.[0]).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
  });

  it('relations point at collections that exist', () => {
    const relations = JSON.stringify(cmsByName.get(collection.name)!.fields).match(/"collection":"[^"]+"/g) ?? [];
    for (const relation of relations) expect([...cmsByName.keys()]).toContain(relation.slice(14, -1));
  });
});

describe('the walker notices disagreement', () => {
  const schema = z.object({
    title: z.string().min(1),
    kind: z.enum(['a', 'b']),
    start: z.coerce.date().optional(),
    tags: z.array(z.string()).default([]),
    place: z.object({ name: z.string() }).optional(),
  });
  const fields: Field[] = [
    { name: 'title', label: 'タイトル', widget: 'string' },
    { name: 'kind', label: '種類', widget: 'select', options: [{ value: 'a', label: 'エー' }, { value: 'b', label: 'ビー' }] },
    { name: 'start', label: '開始', widget: 'datetime', required: false, format: 'YYYY-MM-DDTHH:mm:ss[+09:00]', time_format: 'HH:mm' },
    { name: 'tags', label: 'タグ', widget: 'list', required: false, field: { name: 'tag', label: 'タグ', widget: 'string' } },
    { name: 'place', label: '場所', widget: 'object', required: false, fields: [{ name: 'name', label: '名称', widget: 'string', required: false }] },
  ];
  it('accepts a matching pair', () => {
    expect(compareObject(schema, fields, '')).toEqual([]);
  });
  it('reports a schema field the CMS lacks', () => {
    expect(compareObject(schema.extend({ venue: z.string() }), fields, '')).toEqual(['venue: in the schema but the CMS has no widget for it']);
  });
  it('reports a widget the schema lacks', () => {
    expect(compareObject(schema, [...fields, { name: 'extra', label: '余分', widget: 'string' }], '')).toEqual(['extra: the CMS has a widget but the schema has no such field']);
  });
  it('reports select options that differ from the enum', () => {
    expect(compareObject(schema.extend({ kind: z.enum(['a', 'b', 'c']) }), fields, '')[0]).toMatch(/^kind: select options/);
  });
  it('reports required-ness and type mismatches', () => {
    expect(compareObject(schema.extend({ start: z.coerce.date() }), fields, '')).toEqual(['start: required in the schema but optional in the CMS']);
    expect(compareObject(schema.extend({ title: z.number() }), fields, '')).toEqual(['title: schema type number needs a number widget, the CMS has widget string']);
  });
  it('reports an instant written without +09:00', () => {
    const bad = fields.map((field) => (field.name === 'start' ? { ...field, format: 'YYYY-MM-DDTHH:mm' } : field));
    expect(compareObject(schema, bad, '')[0]).toMatch(/^start: datetime must write YYYY-MM-DDTHH:mm:ss\[\+09:00\]/);
  });
});

describe("the JSON Schema comparison notices disagreement (against z.toJSONSchema, not zod's internals)", () => {
  const schema = z.object({
    title: z.string().min(1),
    year: z.number().int().min(2020).max(2100),
    percent: z.number().min(0).max(100).optional(),
    status: z.enum(['draft', 'done']).default('draft'),
    code: z.string().regex(/^\d{3}-\d{4}$/).optional(),
    email: z.string().email().optional(),
    url: z.url().optional(),
  });
  const wording = { name: 'probe', label: 'probe', label_singular: 'probe', fields: { title: { label: 't' }, year: { label: 'y' }, percent: { label: 'p' }, status: { label: 's' }, code: { label: 'c' }, email: { label: 'e' }, url: { label: 'u' } } };
  const fields = () => buildCollection(wording, schema).collection.fields as (Field & { max?: number; default?: unknown })[];
  const json = jsonSchemaOf(schema);
  const without = <F extends object>(field: F, key: string) => Object.fromEntries(Object.entries(field).filter(([name]) => name !== key)) as F;

  it('the generated fields equal the JSON Schema: limits, default, pattern, email, URL', () => {
    expect(compareFields(json, fields())).toEqual([]);
    expect(fields().find((field) => field.name === 'year')).toMatchObject({ min: 2020, max: 2100, value_type: 'int' });
  });

  it.each([
    ['a missing maximum', (list: ReturnType<typeof fields>) => list.map((field) => (field.name === 'percent' ? without(field, 'max') : field)), 'percent: maximum 100 in the schema'],
    ['a different minimum', (list: ReturnType<typeof fields>) => list.map((field) => (field.name === 'year' ? { ...field, min: 2000 } : field)), 'year: minimum 2020 in the schema'],
    ['a lost default', (list: ReturnType<typeof fields>) => list.map((field) => (field.name === 'status' ? without(field, 'default') : field)), 'status: default is "draft"'],
    ['another pattern', (list: ReturnType<typeof fields>) => list.map((field) => (field.name === 'code' ? { ...field, pattern: ['^\\d+$', 'x'] as [string, string] } : field)), 'code: pattern'],
    ['required-ness', (list: ReturnType<typeof fields>) => list.map((field) => (field.name === 'title' ? { ...field, required: false } : field)), 'title: required in the schema, optional in the CMS'],
    ['a widget without a field', (list: ReturnType<typeof fields>) => [...list, { name: 'extra', widget: 'string' }], 'extra: a CMS widget, not in the schema'],
  ])('%s', (_label, change, message) => {
    expect(compareFields(json, change(fields())).join('\n')).toContain(message);
  });
});
