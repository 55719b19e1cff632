/** /seminars/<slug>.ics for each session (on-demand modules: the last viewing day). Cancelled ones keep theirs, STATUS:CANCELLED, so a re-import updates the event. */
import { buildTime } from '../../integrations/build-clock';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { calendarSessionOf, hasCalendar } from '../../lib/seminars/sessions';
import { sessionsToIcs } from '../../lib/seminars/calendar';

export const getStaticPaths = (async () => {
  const entries = await getCollection('seminars');
  return entries.filter((entry) => hasCalendar(entry.data)).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'seminars'> }> = ({ props, site }) => {
  const origin = site ?? new URL('http://localhost/');
  const session = calendarSessionOf(props.entry.id, props.entry.data, origin);
  const body = sessionsToIcs(session ? [session] : [], { name: props.entry.data.title, uidDomain: origin.host, stamp: buildTime() });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
