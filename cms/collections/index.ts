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
import { adoptionSchema } from '../../src/schemas/adoption';
import { caseStudySchema } from '../../src/schemas/case-study';
import { meritSchema } from '../../src/schemas/merit';
import { pmhSchema } from '../../src/schemas/pmh';
import { supportMenuSchema } from '../../src/schemas/support-menu';
import { faqSchema } from '../../src/schemas/faq';
import { newsSchema } from '../../src/schemas/news';
import type { CollectionWording } from '../types';
import { imageStandIn } from '../zod-introspect';
import { glossaryWording } from './glossary';
import { mangaWording } from './manga';
import { seminarsWording } from './seminars';
import { videosWording } from './videos';
import { adoptionWording } from './adoption';
import { casesWording } from './cases';
import { meritsWording } from './merits';
import { pmhWording } from './pmh';
import { supportWording } from './support';
import { faqWording } from './faq';
import { newsWording } from './news';

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
  // 医療DX東京ナビ portal sections (issue 9)
  { wording: meritsWording, schema: meritSchema },
  { wording: casesWording, schema: caseStudySchema },
  { wording: supportWording, schema: supportMenuSchema },
  { wording: adoptionWording, schema: adoptionSchema },
  { wording: pmhWording, schema: pmhSchema },
  // よくある質問 (issue 18)
  { wording: faqWording, schema: faqSchema },
  // お知らせ (issue 20)
  { wording: newsWording, schema: newsSchema },
];

/**
 * Collections that are imported, not edited in the CMS: 15,000 facilities come from open data
 * through `npm run import:institutions` (see docs/editor-guide.md), so the CMS has no form for them.
 */
export const importedCollections: readonly string[] = ['institutions'];
