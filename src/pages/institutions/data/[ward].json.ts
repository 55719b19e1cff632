// /institutions/data/<slug>.json: one 区市町村's facilities as compact rows, loaded on demand.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { toCompactRow } from '../../../lib/institutions/data';
import { groupByWard, toInstitutionItems, type InstitutionItem } from '../../../lib/institutions/view';

export const getStaticPaths = (async () => {
  const groups = groupByWard(toInstitutionItems(await getCollection('institutions')));
  return [...groups].map(([ward, items]) => ({ params: { ward }, props: { items } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: InstitutionItem[] }> = ({ props }) =>
  new Response(JSON.stringify(props.items.map(toCompactRow)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
