/**
 * The built pages say what 「サンプル」 means for their kind of content: a date-and-venue caveat
 * only where there are dates and venues, and no invented phone number in the footer of any page.
 */
import { describe, expect, it } from 'vitest';
import { builtPagePaths, readBuilt } from '../support/dist';

const dateVenueCaveat = '実際の日程・会場・内容とは異なります';
const noteOf = (html: string) => html.match(/<p class="sample-note"[^>]*>([\s\S]*?)<\/p>/)?.[1]?.replace(/<[^>]+>/g, '') ?? '';

describe('sample notes that fit the content type', () => {
  it.each(['/manga/episode-01/', '/videos/overview/', '/cases/sample-clinic-ehr-introduction/', '/institutions/'])(
    '%s explains its sample without a date or venue caveat',
    (page) => {
      const html = readBuilt(page);
      expect(noteOf(html)).toMatch(/サンプル/);
      expect(html).not.toContain(dateVenueCaveat);
    },
  );

  it('a sample seminar keeps the date and venue caveat', () => {
    expect(noteOf(readBuilt('/seminars/applied-acute-care/'))).toContain(dateVenueCaveat);
  });

  it('no page shows the invented 03-0000-0000 in its footer', () => {
    const withNumber = builtPagePaths()
      .filter((page) => page.endsWith('/') || page.endsWith('.html'))
      .filter((page) => (readBuilt(page).match(/<footer[\s\S]*?<\/footer>/)?.[0] ?? '').includes('03-0000-0000'));
    expect(withNumber).toEqual([]);
  });
});
