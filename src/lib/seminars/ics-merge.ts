/**
 * Merges the per-session .ics files (written at build time by ical-generator) into one
 * calendar in the browser, for the 気になる講習会 export. It only moves whole VEVENT and
 * VTIMEZONE blocks between files, so folding and escaping stay as the library wrote them;
 * shipping ical-generator itself to the phone would cost far more than this.
 */
const CRLF = '\r\n';

/** RFC 5545 TEXT escaping (3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

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
 * @param name calendar name, escaped and folded here.
 */
export function mergeCalendars(files: readonly string[], name: string): string {
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
    foldIcsLine(`NAME:${escapeIcsText(name)}`),
    foldIcsLine(`X-WR-CALNAME:${escapeIcsText(name)}`),
    '',
  ].join(CRLF) + [...timezones.values()].join('') + [...events.values()].join('') + `END:VCALENDAR${CRLF}`;
}
