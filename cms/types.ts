/**
 * The part of Decap CMS's configuration this site uses (a subset of `CmsField` /
 * `CmsCollection` from decap-cms-core, narrowed so TypeScript catches a typo in a widget
 * name). Collections are described in cms/collections/<name>.ts as *Japanese wording per
 * schema field*; cms/generate.ts turns the zod schema plus that wording into Decap fields.
 */

export interface SelectOption {
  label: string;
  value: string;
}

interface FieldBase {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  pattern?: [string, string];
  /**
   * Decap i18n (issue 21): true = translated per language, 'duplicate' = copied from Japanese,
   * false = Japanese only (hidden in the other languages' panes).
   */
  i18n?: boolean | 'duplicate';
}

export type DecapField = FieldBase &
  (
    | { widget: 'string' | 'text' | 'markdown'; default?: string }
    | { widget: 'number'; value_type: 'int' | 'float'; min?: number; max?: number; default?: number }
    | { widget: 'boolean'; default?: boolean }
    | { widget: 'datetime'; format: string; date_format: string; time_format: string | false; picker_utc: false; default?: string }
    | { widget: 'select'; options: SelectOption[]; multiple?: boolean; default?: string | string[] }
    | { widget: 'image'; choose_url: false; media_folder?: string; public_folder?: string }
    | { widget: 'file'; choose_url: false }
    | { widget: 'object'; fields: DecapField[]; collapsed?: boolean; summary?: string }
    | { widget: 'list'; field?: DecapField; fields?: DecapField[]; min?: number; summary?: string; label_singular?: string; collapsed?: boolean; default?: unknown[] }
    | {
        widget: 'relation';
        collection: string;
        value_field: string;
        search_fields: string[];
        display_fields: string[];
        multiple?: boolean;
        options_length?: number;
      }
  );

export type DecapWidget = DecapField['widget'];

export interface DecapCollection {
  name: string;
  label: string;
  label_singular: string;
  description?: string;
  folder: string;
  path: string;
  slug: string;
  identifier_field: string;
  summary: string;
  extension: 'md';
  /** cms/admin/yaml-format.ts: frontmatter edited with the `yaml` Document API. */
  format: 'frontmatter-kept' | 'frontmatter-kept-i18n';
  /** Translations beside the Japanese in the same file (src/schemas/shared.ts translationsOf). */
  i18n?: { structure: 'single_file'; locales: string[]; default_locale: string };
  create: true;
  media_folder: '';
  public_folder: '';
  sortable_fields?: string[];
  fields: DecapField[];
}

/**
 * How one schema field reads in the CMS. Keyed in `CollectionWording.fields` by its dotted
 * path: `title`, `venue.name`, `pages.transcript.line` (array items add no segment).
 */
export interface FieldWording {
  /** Japanese label shown above the input. */
  label: string;
  /** Japanese help text under the input: what to write, with an example. */
  hint?: string;
  /** Japanese label for each enum value (select widgets). */
  options?: Record<string, string>;
  /** A file name of a file uploaded beside the entry (e.g. captions.vtt), chosen with an upload button. */
  upload?: boolean;
  /** A string field edited as several lines. */
  multiline?: boolean;
  /** A date without time (`published: 2026-10-01`); otherwise dates are instants with +09:00. */
  dateOnly?: boolean;
  /** A string (or array of strings) holding ids of entries in another collection. */
  relation?: { collection: string; searchFields: string[]; displayField: string };
  /** Lists: what one item is called (「ページ」) and the summary template shown when folded. */
  itemLabel?: string;
  summary?: string;
}

export interface CollectionWording {
  /** The key in src/content.config.ts; the folder is src/content/<name>/. */
  name: string;
  label: string;
  label_singular: string;
  description?: string;
  /** Field shown as the entry's title in the list (default `title`). */
  titleField?: string;
  /** Markdown body under the frontmatter; omit when the collection has none. */
  body?: { label: string; hint?: string };
  sortableFields?: string[];
  fields: Record<string, FieldWording>;
}
