// /institutions/data/index.json: per 区市町村 counts, centre and bounds — the finder's first download.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { summarize } from '../../../lib/institutions/data';
import { groupByWard, toInstitutionItems } from '../../../lib/institutions/view';

export const GET: APIRoute = async () => {
  const index = summarize(groupByWard(toInstitutionItems(await getCollection('institutions'))));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
