/**
 * Every CMS collection: its Japanese wording and the zod schema it mirrors. Adding a
 * collection to src/content.config.ts means adding a line here (see docs/cms.md); the
 * agreement test fails until you do.
 */
import type { z } from 'astro/zod';
import { glossarySchema } from '../../src/schemas/glossary';
import { mangaSchema } from '../../src/schemas/manga';
import { seminarSchema } from '../../src/schemas/seminar';
import { videoSchema } from '../../src/schemas/video';
import type { CollectionWording } from '../types';
import { imageStandIn } from '../zod-introspect';
import { glossaryWording } from './glossary';
import { mangaWording } from './manga';
import { seminarsWording } from './seminars';
import { videosWording } from './videos';

export interface CmsCollectionSource {
  wording: CollectionWording;
  schema: z.ZodType;
}

/** In the order the CMS sidebar lists them. */
export const cmsCollections: CmsCollectionSource[] = [
  { wording: seminarsWording, schema: seminarSchema },
  { wording: mangaWording, schema: mangaSchema(imageStandIn) },
  { wording: videosWording, schema: videoSchema(imageStandIn) },
  { wording: glossaryWording, schema: glossarySchema },
];
