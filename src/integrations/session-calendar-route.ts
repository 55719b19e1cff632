/** /seminars/<slug>.ics under `astro dev` only; the build writes these files (src/integrations/session-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTime } from './build-clock';
import { hasCalendar } from '../lib/seminars/sessions';
import { sessionIcs, siteOrLocalhost } from '../lib/seminars/session-files';

export const getStaticPaths = (async () => {
  const entries = await getCollection('seminars');
  return entries.filter((entry) => hasCalendar(entry.data)).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'seminars'> }> = ({ props, site }) => {
  const body = sessionIcs(props.entry.id, props.entry.data, siteOrLocalhost(site), buildTime());
  return new Response(body ?? null, { status: body === undefined ? 404 : 200, headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
