/**
 * The one source of truth for content shape. Each collection's schema lives in
 * src/schemas/<name>.ts so it can be unit-tested without Astro; this file wires
 * them to their folders. Adding a collection: add its schema here, its CMS config in
 * cms/collections/, and the agreement test picks it up.
 */
import { defineCollection } from 'astro:content';
import { glossarySchema } from './schemas/glossary';
import { mangaSchema } from './schemas/manga';
import { seminarSchema } from './schemas/seminar';
import { videoSchema } from './schemas/video';
import { adoptionSchema } from './schemas/adoption';
import { caseStudySchema } from './schemas/case-study';
import { institutionSchema } from './schemas/institution';
import { meritSchema } from './schemas/merit';
import { pmhSchema } from './schemas/pmh';
import { supportMenuSchema } from './schemas/support-menu';
import { faqSchema } from './schemas/faq';
import { institutionsLoader } from './lib/institution-loader';

// One `<slug>/index.md` per entry, audited and read as written (src/integrations/content-loader.ts).
import { entriesIn } from './integrations/content-loader';
// Each schema checked with the site's Japanese messages, not Astro's English ones (issue 14).
import { inJapanese } from './integrations/japanese-schema';

export const collections = {
  manga: defineCollection({ loader: entriesIn('manga'), schema: ({ image }) => inJapanese(mangaSchema(image)) }),
  seminars: defineCollection({ loader: entriesIn('seminars'), schema: inJapanese(seminarSchema) }),
  videos: defineCollection({ loader: entriesIn('videos'), schema: ({ image }) => inJapanese(videoSchema(image)) }),
  glossary: defineCollection({ loader: entriesIn('glossary'), schema: inJapanese(glossarySchema) }),
  // 医療DX東京ナビ portal sections (issue 9)
  adoption: defineCollection({ loader: entriesIn('adoption'), schema: inJapanese(adoptionSchema) }),
  cases: defineCollection({ loader: entriesIn('cases'), schema: inJapanese(caseStudySchema) }),
  // Imported from open data, not hand-edited (npm run import:institutions); INSTITUTIONS_DATA swaps the file (bench, Tokyo-scale test).
  institutions: defineCollection({ loader: institutionsLoader(process.env['INSTITUTIONS_DATA'] || 'src/content/institutions/institutions.json'), schema: inJapanese(institutionSchema) }),
  merits: defineCollection({ loader: entriesIn('merits'), schema: inJapanese(meritSchema) }),
  pmh: defineCollection({ loader: entriesIn('pmh'), schema: inJapanese(pmhSchema) }),
  support: defineCollection({ loader: entriesIn('support'), schema: inJapanese(supportMenuSchema) }),
  // よくある質問 (issue 18)
  faq: defineCollection({ loader: entriesIn('faq'), schema: inJapanese(faqSchema) }),
};
