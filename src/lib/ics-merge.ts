/**
 * Merges the per-session .ics files (written at build time by ical-generator) into one
 * calendar in the browser, for the 気になる講習会 export. It only moves whole VEVENT and
 * VTIMEZONE blocks between files, so folding and escaping stay as the library wrote them;
 * shipping ical-generator itself to the phone would cost far more than this.
 */
const CRLF = '\r\n';

function blocks(text: string, component: string): string[] {
  const pattern = new RegExp(`BEGIN:${component}\\r\\n[\\s\\S]*?END:${component}\\r\\n`, 'g');
  return text.match(pattern) ?? [];
}

function uidOf(vevent: string): string {
  return /\r\nUID:([^\r\n]*)/.exec(vevent)?.[1] ?? vevent;
}

/** Calendar properties (VERSION, PRODID…) of the first file, minus its name lines and their folds. */
function calendarProperties(text: string): string[] {
  const head = text.slice(0, text.search(/BEGIN:(VTIMEZONE|VEVENT)\r\n/));
  const lines = head.split(CRLF).filter(Boolean);
  const kept: string[] = [];
  let skipping = false;
  for (const line of lines) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (!skipping) kept.push(line);
      continue;
    }
    skipping = /^(NAME|X-WR-CALNAME)[;:]/.test(line);
    if (!skipping && line !== 'BEGIN:VCALENDAR') kept.push(line);
  }
  return kept;
}

/**
 * @param files iCalendar texts as served (CRLF line ends).
 * @param name short calendar name without commas, semicolons or backslashes.
 */
export function mergeCalendars(files: readonly string[], name: string): string {
  if (/[,;\\\r\n]/.test(name) || new TextEncoder().encode(`X-WR-CALNAME:${name}`).length > 75) {
    throw new Error('calendar name must be short plain text');
  }
  const first = files[0];
  if (!first) throw new Error('no calendars to merge');
  const timezones = new Map<string, string>();
  const events = new Map<string, string>();
  for (const file of files) {
    for (const tz of blocks(file, 'VTIMEZONE')) timezones.set(/\r\nTZID:([^\r\n]*)/.exec(tz)?.[1] ?? tz, tz);
    for (const event of blocks(file, 'VEVENT')) events.set(uidOf(event), event);
  }
  return [
    'BEGIN:VCALENDAR',
    ...calendarProperties(first),
    `NAME:${name}`,
    `X-WR-CALNAME:${name}`,
    '',
  ].join(CRLF) + [...timezones.values()].join('') + [...events.values()].join('') + `END:VCALENDAR${CRLF}`;
}
