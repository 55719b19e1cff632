/**
 * Whether a video can be watched. An entry can say 公開中 with a release date still ahead
 * (staff prepare it in the CMS before the ads start); until that day passes it is shown
 * as coming soon, decided at build time from the `now` passed in.
 */
import { formatJapaneseEraYear } from '../site/dates';
import { plannedMonthPattern } from '../../schemas/vocabularies';

export type VideoStatus = 'in-production' | 'published';
export type VideoAvailability = 'released' | 'coming-soon';

export function videoAvailability(video: { status: VideoStatus; releaseDate?: Date | undefined }, now: Date): VideoAvailability {
  if (video.status !== 'published' || !video.releaseDate) return 'coming-soon';
  return video.releaseDate.getTime() <= now.getTime() ? 'released' : 'coming-soon';
}


/** `2027-02` → 「令和9年（2027年）2月」, the style of Tokyo's notices. */
export function formatPlannedMonth(month: string): string {
  const match = plannedMonthPattern.exec(month);
  if (!match) throw new Error(`planned month must be YYYY-MM: ${month}`);
  const year = Number(match[1]);
  const monthNumber = Number(match[2]);
  // Mid-month noon in Tokyo, so the era year never depends on the build machine's zone.
  const era = formatJapaneseEraYear(new Date(`${match[1]}-${match[2]}-15T12:00:00+09:00`));
  return `${era}（${year}年）${monthNumber}月`;
}
