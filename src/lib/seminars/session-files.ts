/**
 * The two files each session has beside its page: `/seminars/<slug>.ics` (its own calendar)
 * and `/seminars/<slug>/image.png` (for its structured data and sharing, given here as SVG).
 * The one generator of both: the build step that writes every session's files after the pages
 * (src/integrations/session-files.ts) and the dev server's routes for them call these.
 */
import type { SeminarData } from '../../schemas/seminar';
import { formatDateTimeRangeWithEra, formatDateWithEra } from '../site/dates';
import { siteName } from '../site/site';
import { seminarUi } from '../site/ui-strings';
import { sessionsToIcs } from './calendar';
import { sessionImageSvg } from './image';
import { calendarSessionOf } from './sessions';

/** What the build writes for one session; `ics` is absent for a session with no date or last viewing day. */
export interface SessionFiles {
  slug: string;
  ics?: string;
  imageSvg: string;
}

/** Where a session's files are, relative to the site's root (and to dist/). */
export function sessionFilePaths(slug: string): { ics: string; image: string } {
  return { ics: `seminars/${slug}.ics`, image: `seminars/${slug}/image.png` };
}

/**
 * The session's own calendar file, or undefined when it has no calendar entry. A cancelled or
 * postponed session keeps its file (STATUS:CANCELLED), so re-importing it updates the event.
 * `stamp` is the build time (DTSTAMP).
 */
export function sessionIcs(slug: string, data: SeminarData, site: URL, stamp: Date): string | undefined {
  const session = calendarSessionOf(slug, data, site);
  return session && sessionsToIcs([session], { name: data.title, uidDomain: site.host, stamp });
}

/** The session image as SVG: kind, title (prefixed 【中止】… by lifecycle), when, and the site's name. */
export function sessionImageSvgOf(data: SeminarData): string {
  const when = data.start
    ? formatDateTimeRangeWithEra(data.start, data.end)
    : data.availableFrom && data.availableUntil
      ? `${formatDateWithEra(data.availableFrom)}〜${formatDateWithEra(data.availableUntil)}`
      : seminarUi.formats[data.format];
  return sessionImageSvg({
    kind: seminarUi.kinds[data.kind],
    title: data.title,
    when,
    lifecycle: data.lifecycle === 'scheduled' ? '' : seminarUi.calendarPrefixes[data.lifecycle],
    site: siteName,
  });
}

/** Every session's files. */
export function sessionFilesOf(entries: readonly { id: string; data: SeminarData }[], site: URL, stamp: Date): SessionFiles[] {
  return entries.map(({ id, data }) => {
    const ics = sessionIcs(id, data, site, stamp);
    return { slug: id, imageSvg: sessionImageSvgOf(data), ...(ics === undefined ? {} : { ics }) };
  });
}

/** The site's URL for calendar UIDs and links: `site` from astro.config.mjs, or localhost where none is set (a bare `astro dev`). */
export const siteOrLocalhost = (site: URL | undefined): URL => site ?? new URL('http://localhost/');
