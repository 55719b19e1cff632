/**
 * /search/records.json: one search record per glossary entry and FAQ answer, at its anchor, from
 * content. Read by the indexer after the build (src/integrations/search-index.mjs); not
 * fetched by browsers.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { faqRecords, glossaryRecords } from '../../lib/search/search';

export const GET: APIRoute = async () => {
  const [glossary, faq] = await Promise.all([getCollection('glossary'), getCollection('faq')]);
  const records = [...glossaryRecords(glossary), ...faqRecords(faq)];
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
