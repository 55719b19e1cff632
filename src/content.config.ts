/**
 * The one source of truth for content shape, wired from the collection registry
 * (src/schemas/collections.ts): each collection's schema lives in src/schemas/<name>.ts so it
 * can be unit-tested without Astro. Adding a collection is a line in the registry, not here.
 */
import { defineCollection, type SchemaContext } from 'astro:content';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { collectionNames, collectionRegistry, type CollectionName, type CollectionRegistry } from './schemas/collections';
import { institutionsLoader } from './integrations/institution-loader';

// One `<slug>/index.md` per entry, audited and read as written (src/integrations/content-loader.ts).
import { entriesIn } from './integrations/content-loader';
import { reportedTogether } from './integrations/content-problems';
// Each schema checked with the site's Japanese messages, not Astro's English ones (issue 14).
import { inJapanese } from './integrations/japanese-schema';

const wire = <N extends CollectionName>(name: N) =>
  defineCollection({
    // Every collection's problems in one report (src/integrations/content-problems.ts).
    loader: reportedTogether(
      name,
      collectionRegistry[name].source === 'edited'
        ? entriesIn(name)
        : // INSTITUTIONS_DATA swaps the importer's file (bench, Tokyo-scale test).
          institutionsLoader(process.env['INSTITUTIONS_DATA'] || `src/content/${name}/${name}.json`),
    ),
    // inJapanese: the site's Japanese messages, not Astro's English error map (issue 14).
    schema: ({ image }: SchemaContext) => inJapanese(collectionRegistry[name].schema(image)),
  });

/** What inJapanese returns for a schema: the same output, checked with the Japanese messages. */
type InJapanese<S> = S extends z.ZodType ? ReturnType<typeof inJapanese<S>> : never;

// Astro infers each collection's entry type from this type, so it names each schema exactly.
export const collections = Object.fromEntries(collectionNames.map((name) => [name, wire(name)])) as {
  [N in CollectionName]: { loader: Loader; schema: (context: SchemaContext) => InJapanese<ReturnType<CollectionRegistry[N]['schema']>> };
};
