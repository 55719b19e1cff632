/**
 * /search/terms.json: the site's terms (glossary terms with their readings and other names),
 * from content. The indexer (src/integrations/search-index.mjs) reads it after the build to give
 * every page the readings of the terms it names; the search UI fetches it (about 1 KB gzip) to
 * put a term's answer first and to suggest terms. A term an editor adds needs no code change.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { glossaryTerms } from '../../lib/search/search';

export const GET: APIRoute = async () => {
  const terms = glossaryTerms(await getCollection('glossary'));
  return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
