/**
 * The one collection registry. Everything that needs the list of collections derives it from
 * here: src/content.config.ts (validation), cms/collections/index.ts (the CMS forms; it must
 * give wording for every `edited` collection, or the type check and the agreement test fail
 * naming it) and the generic tests (fault behaviour, minimal entries, CMS agreement).
 * Adding a collection is one line here plus its schema file and its CMS wording.
 *
 * Plain TypeScript with zod only (no astro:content), so tests and the CMS import it as is.
 * The key order is the CMS sidebar order.
 */
import type { SchemaContext } from 'astro:content';
import { adoptionSchema } from './adoption';
import { caseStudySchema } from './case-study';
import { faqSchema } from './faq';
import { glossarySchema } from './glossary';
import { institutionSchema } from './institution';
import { mangaSchema } from './manga';
import { meritSchema } from './merit';
import { newsSchema } from './news';
import { pmhSchema } from './pmh';
import { seminarSchema } from './seminar';
import { supportMenuSchema } from './support-menu';
import { videoSchema } from './video';

/** Astro's `image()`; tests and the CMS pass a stand-in of the same shape. */
export type ImageFunction = SchemaContext['image'];

export interface CollectionDefinition {
  /** The collection's zod schema, given Astro's image() (a function so image collections can use it). */
  schema: (image: ImageFunction) => import('astro/zod').ZodType;
  /**
   * `edited`: one `src/content/<name>/<slug>/index.md` per entry, edited in the CMS.
   * `imported`: read from a data file written by an importer; no CMS form.
   */
  source: 'edited' | 'imported';
  /** The page that lists the collection; it must still render with the collection empty. */
  listPage: `/${string}/`;
  /** Whether each entry has its own page at `/<name>/<slug>/`. */
  entryPages: boolean;
}

export const collectionRegistry = {
  seminars: { schema: () => seminarSchema, source: 'edited', listPage: '/seminars/', entryPages: true },
  manga: { schema: (image: ImageFunction) => mangaSchema(image), source: 'edited', listPage: '/manga/', entryPages: true },
  videos: { schema: (image: ImageFunction) => videoSchema(image), source: 'edited', listPage: '/videos/', entryPages: true },
  glossary: { schema: () => glossarySchema, source: 'edited', listPage: '/manga/glossary/', entryPages: false },
  // 医療DX東京ナビ portal sections (issue 9)
  merits: { schema: () => meritSchema, source: 'edited', listPage: '/merits/', entryPages: false },
  cases: { schema: () => caseStudySchema, source: 'edited', listPage: '/cases/', entryPages: false },
  support: { schema: () => supportMenuSchema, source: 'edited', listPage: '/support/', entryPages: false },
  adoption: { schema: () => adoptionSchema, source: 'edited', listPage: '/dashboard/', entryPages: false },
  pmh: { schema: () => pmhSchema, source: 'edited', listPage: '/pmh/', entryPages: false },
  // よくある質問 (issue 18)
  faq: { schema: () => faqSchema, source: 'edited', listPage: '/faq/', entryPages: false },
  // お知らせ (issue 20)
  news: { schema: () => newsSchema, source: 'edited', listPage: '/news/', entryPages: true },
  // Imported from open data, not hand-edited (npm run import:institutions).
  institutions: { schema: () => institutionSchema, source: 'imported', listPage: '/institutions/', entryPages: false },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionRegistry = typeof collectionRegistry;
export type CollectionName = keyof CollectionRegistry;
export type EditedCollectionName = { [N in CollectionName]: CollectionRegistry[N]['source'] extends 'edited' ? N : never }[CollectionName];

/** Every collection, in registry (CMS sidebar) order. */
export const collectionNames = Object.keys(collectionRegistry) as CollectionName[];
/** Collections with one folder per entry, edited in the CMS. */
export const editedCollections = collectionNames.filter((name): name is EditedCollectionName => collectionRegistry[name].source === 'edited');
/** Collections read from an importer's data file; the CMS has no form for them. */
export const importedCollections = collectionNames.filter((name) => collectionRegistry[name].source === 'imported');
