import { z } from 'astro/zod';

/** The `image()` helper Astro passes to schema functions; tests pass a stand-in. */
export type ImageSchema<I extends z.ZodType = z.ZodType> = () => I;

/** Marks an entry whose facts are not from the official plan; the site labels it サンプル. */
export const sample = z.boolean().default(false);

/** ASCII slug used in URLs and as the CMS folder name. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const instantMessage = (value: unknown) =>
  `日時${typeof value === 'string' ? `「${value}」` : ''}は 2026-07-09T19:00:00+09:00 のように、実在する日付・時刻と +09:00（または Z）まで書いてください`;

const instantPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|\+09:00)$/;
const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a day that exists (2026-02-30 and 2026-13-01 do not; JavaScript's Date would roll them over). */
export function isRealCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An ISO 8601 date-time with an explicit +09:00 or Z offset, naming a real day and time. */
export function isStrictInstant(value: string): boolean {
  const match = instantPattern.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  return isRealCalendarDate(year, month, day) && hour <= 23 && minute <= 59 && second <= 59;
}

/**
 * A point in time. Only source text is accepted: the content loader
 * (src/integrations/content-loader.ts) reads frontmatter with the YAML 1.2 core schema, so an
 * unquoted timestamp arrives as the string the editor wrote instead of a Date that js-yaml has
 * already read as UTC (no offset) or rolled over (02-30 → 03-02). The CMS's datetime widget
 * writes strings too. Hence a Date here cannot be checked and is refused.
 */
export const instant = z
  .string({ error: (issue) => instantMessage(issue.input) })
  .trim()
  .refine(isStrictInstant, { error: (issue) => instantMessage(issue.input), abort: true })
  .pipe(z.coerce.date());

/** A calendar day (YYYY-MM-DD) that exists, e.g. a publication date. */
export const calendarDate = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .refine((value) => {
      const match = calendarDatePattern.exec(value);
      return match !== null && isRealCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
    }, { error: message, abort: true })
    .pipe(z.coerce.date());

/** Only https:// URLs, as the message says (a plain http:// link can be rewritten on the way). */
export const httpsUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      return /^https:\/\/[^\s]+$/.test(value) && new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'URL は https:// から始まる形で書いてください');

const siteOrigin = 'https://site.invalid';

/**
 * A path on this site. Checked with a URL parser, not a prefix test: `/\evil.example/x` and
 * `//2130706433/` start with "/" but browsers resolve them to another host.
 */
export function isSitePath(value: string): boolean {
  if (!value.startsWith('/') || /[\\\s\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    return new URL(value, siteOrigin).origin === siteOrigin;
  } catch {
    return false;
  }
}

export const reference = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: httpsUrl,
});

/**
 * Translations of an entry's texts into the site's other languages (issue 21), kept in the same
 * file beside the Japanese (`translations: { en: {…}, easy: {…} }`), checked by the same build
 * and CMS pre-save as the rest of the entry. A language left out shows the Japanese with a
 * notice in the reader's language; a language given must have every field its shape requires.
 * The CMS edits them as Decap i18n locales (cms/admin/yaml-format.ts maps the two layouts).
 */
export const otherLocaleIds = ['easy', 'en', 'zh-hans', 'zh-hant', 'ko'] as const;
export const translationsOf = <T extends z.ZodType>(shape: T) => z.partialRecord(z.enum(otherLocaleIds), shape).optional();
