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
import { newsSchema } from './schemas/news';
import { institutionsLoader } from './lib/institution-loader';

// One `<slug>/index.md` per entry, audited and read as written (src/integrations/content-loader.ts).
import { entriesIn } from './integrations/content-loader';

export const collections = {
  manga: defineCollection({ loader: entriesIn('manga'), schema: ({ image }) => mangaSchema(image) }),
  seminars: defineCollection({ loader: entriesIn('seminars'), schema: seminarSchema }),
  videos: defineCollection({ loader: entriesIn('videos'), schema: ({ image }) => videoSchema(image) }),
  glossary: defineCollection({ loader: entriesIn('glossary'), schema: glossarySchema }),
  // 医療DX東京ナビ portal sections (issue 9)
  adoption: defineCollection({ loader: entriesIn('adoption'), schema: adoptionSchema }),
  cases: defineCollection({ loader: entriesIn('cases'), schema: caseStudySchema }),
  // Imported from open data, not hand-edited (npm run import:institutions); INSTITUTIONS_DATA swaps the file (bench, Tokyo-scale test).
  institutions: defineCollection({ loader: institutionsLoader(process.env['INSTITUTIONS_DATA'] || 'src/content/institutions/institutions.json'), schema: institutionSchema }),
  merits: defineCollection({ loader: entriesIn('merits'), schema: meritSchema }),
  pmh: defineCollection({ loader: entriesIn('pmh'), schema: pmhSchema }),
  support: defineCollection({ loader: entriesIn('support'), schema: supportMenuSchema }),
  // よくある質問 (issue 18)
  faq: defineCollection({ loader: entriesIn('faq'), schema: faqSchema }),
  // お知らせ (issue 20)
  news: defineCollection({ loader: entriesIn('news'), schema: newsSchema }),
};
