/**
 * Zod-free vocabularies and the rules the schemas enforce with them: closed lists, patterns
 * and checks that both the schemas and src/lib need. Schemas import these (never src/lib),
 * src/lib imports these and the schemas' types, so imports run one way: lib → schemas.
 * Seminar and institution values have their own files beside this one (seminar-values.ts,
 * institution-values.ts) for the same reason.
 */

/** Bars of the adoption charts: 実績, 見通し (expected), 目標. */
export const barKinds = ['actual', 'expected', 'target'] as const;
export type BarKind = (typeof barKinds)[number];

/** A video planned for a month: `2027-02`. */
export const plannedMonthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A YouTube video id (11 characters). */
export const youtubeIdPattern = /^[A-Za-z0-9_-]{11}$/;

/**
 * Video length as an ISO 8601 duration. Only day/hour/minute/second parts are accepted:
 * years, months and weeks have no fixed length in seconds, and no video on this site lasts
 * that long, so they mean a typo.
 */
const isoDurationPattern = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Seconds in an ISO 8601 duration such as `PT1M30S`, or `undefined` when the text is not
 * one (`1:30`, `PT`, `P1M`, `PT1.5M`, negative values, empty parts).
 */
export function parseIsoDuration(text: string): number | undefined {
  const match = isoDurationPattern.exec(text.trim());
  if (!match) return undefined;
  const [, days, hours, minutes, seconds] = match;
  // "P" alone and "PT" with nothing after it match the pattern but say nothing.
  if ([days, hours, minutes, seconds].every((part) => part === undefined)) return undefined;
  if (text.includes('T') && [hours, minutes, seconds].every((part) => part === undefined)) return undefined;
  return Number(days ?? 0) * 86_400 + Number(hours ?? 0) * 3_600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}

export function isIsoDuration(text: string): boolean {
  return parseIsoDuration(text) !== undefined;
}

/** How a manga page is laid out, and the reading direction of an episode. */
export type PageLayout = 'single' | 'spread-left' | 'spread-right';
export type Direction = 'rtl' | 'ltr';

/** The half of a two-page drawing that is read first: the right half in a right-to-left book. */
export const firstHalf = (direction: Direction): PageLayout => (direction === 'rtl' ? 'spread-right' : 'spread-left');
export const secondHalf = (direction: Direction): PageLayout => (direction === 'rtl' ? 'spread-left' : 'spread-right');

/**
 * Declared spreads that cannot be shown as one: a half without its partner next to it,
 * or the cover marked as a spread. Returns page indices (0-based) with a Japanese message.
 */
export function spreadLayoutProblems(layouts: readonly PageLayout[], direction: Direction): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  const first = firstHalf(direction);
  const second = secondHalf(direction);
  const side = (layout: PageLayout) => (layout === 'spread-right' ? '右半分（spread-right）' : '左半分（spread-left）');
  layouts.forEach((layout, index) => {
    if (layout === 'single') return;
    if (index === 0) {
      problems.push({ index, message: '表紙（1ページ目）は見開きにできません。layout を single にしてください' });
    } else if (layout === first && layouts[index + 1] !== second) {
      problems.push({ index, message: `見開きの${side(layout)}の次のページは${side(second)}にしてください` });
    } else if (layout === second && layouts[index - 1] !== first) {
      problems.push({ index, message: `見開きの${side(layout)}の前のページは${side(first)}にしてください` });
    }
  });
  return problems;
}
