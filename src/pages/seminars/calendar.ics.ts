/** /seminars/calendar.ics: every session in one calendar, regenerated on each build. */
import { buildTime } from '../../integrations/build-clock';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { calendarSessionOf, compareSessions } from '../../lib/seminars/sessions';
import { sessionsToIcs } from '../../lib/seminars/calendar';
import { siteOrLocalhost } from '../../lib/seminars/session-files';
import { siteName } from '../../lib/site/site';
import { seminarUi } from '../../lib/site/ui-strings';

export const GET: APIRoute = async ({ site }) => {
  const origin = siteOrLocalhost(site);
  const entries = (await getCollection('seminars')).sort((a, b) => compareSessions(a.data, b.data));
  const sessions = entries.flatMap((entry) => calendarSessionOf(entry.id, entry.data, origin) ?? []);
  const body = sessionsToIcs(sessions, { name: `${siteName} ${seminarUi.calendarFeedAll}`, uidDomain: origin.host, stamp: buildTime() });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
