/** /seminars/calendar/<tier|specialty>.ics: a subscribable calendar per tier and per specialty. */
import { buildTime } from '../../../integrations/build-clock';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { calendarSessionOf, compareSessions, seminarFeeds, type SeminarFeed } from '../../../lib/seminars/sessions';
import { sessionsToIcs } from '../../../lib/seminars/calendar';
import { siteOrLocalhost } from '../../../lib/seminars/session-files';
import { siteName } from '../../../lib/site/site';

export const getStaticPaths = (() =>
  seminarFeeds()
    .filter((feed) => feed.id !== 'all')
    .map((feed) => ({ params: { feed: feed.id }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: SeminarFeed }> = async ({ props, site }) => {
  const origin = siteOrLocalhost(site);
  const entries = (await getCollection('seminars')).filter((entry) => props.feed.includes(entry.data)).sort((a, b) => compareSessions(a.data, b.data));
  const sessions = entries.flatMap((entry) => calendarSessionOf(entry.id, entry.data, origin) ?? []);
  const body = sessionsToIcs(sessions, { name: `${siteName} ${props.feed.name}`, uidDomain: origin.host, stamp: buildTime() });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
