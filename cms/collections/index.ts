/**
 * Every CMS collection: its Japanese wording, paired with the schema the collection registry
 * (src/schemas/collections.ts) gives it. The list of collections comes from the registry;
 * this file only supplies wording, keyed by name, so a collection added to the registry
 * without wording fails the type check here and the agreement test names it.
 */
import type { z } from 'astro/zod';
import { collectionRegistry, editedCollections, importedCollections as registryImported, type EditedCollectionName, type ImageFunction } from '../../src/schemas/collections';
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

/** Wording per edited collection (cms/collections/<name>.ts). */
export const cmsWordings: Partial<Record<string, CollectionWording>> & Record<EditedCollectionName, CollectionWording> = {
  seminars: seminarsWording,
  manga: mangaWording,
  videos: videosWording,
  glossary: glossaryWording,
  // 医療DX東京ナビ portal sections (issue 9)
  merits: meritsWording,
  cases: casesWording,
  support: supportWording,
  adoption: adoptionWording,
  pmh: pmhWording,
  // よくある質問 (issue 18)
  faq: faqWording,
  // お知らせ (issue 20)
  news: newsWording,
};

/** Edited collections without wording (empty when the type check passes; the agreement test reports it by name). */
export const collectionsWithoutWording = editedCollections.filter((name) => !cmsWordings[name]);

// The CMS sees images as the path strings Decap writes; the stand-in marks them for the generator.
const cmsImage = imageStandIn as unknown as ImageFunction;

/** In the order the CMS sidebar lists them (the registry's order). */
export const cmsCollections: CmsCollectionSource[] = editedCollections.flatMap((name) => {
  const wording = cmsWordings[name];
  return wording ? [{ wording, schema: collectionRegistry[name].schema(cmsImage) }] : [];
});

/**
 * Collections that are imported, not edited in the CMS: 15,000 facilities come from open data
 * through `npm run import:institutions` (see docs/editor-guide.md), so the CMS has no form for them.
 */
export const importedCollections: readonly string[] = registryImported;
