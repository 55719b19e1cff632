import { describe, expect, it } from 'vitest';
import { fillSearchTemplate } from '../../src/lib/search/search';
import { searchStrings } from '../../src/lib/search/search-strings';
import { searchUi, ui } from '../../src/lib/site/ui-strings';

describe('the search UI’s words, handed over as data', () => {
  const words = searchStrings();
  it('read exactly like the ui-strings messages once filled', () => {
    expect(fillSearchTemplate(words.resultCount, { query: '薬', count: 12 })).toBe(ui.searchResultCount('薬', 12));
    expect(fillSearchTemplate(words.noResults, { query: 'お薬' })).toBe(ui.searchNoResults('お薬'));
    expect(fillSearchTemplate(words.includingCorrection, { query: 'オンラン診療', term: 'オンライン診療', count: 3 })).toBe(searchUi.includingCorrection('オンラン診療', 'オンライン診療', 3));
    expect(fillSearchTemplate(words.filterCount, { count: 0 })).toBe(searchUi.filterCount(0));
    expect(fillSearchTemplate(words.filterSelected, { count: 2 })).toBe(searchUi.filterSelected(2));
    expect(words.filterLabels).toEqual(ui.searchFilterLabels);
    expect(words.loadFailed).toBe(ui.searchLoadFailed);
  });
  it('leave a slot they do not know as written, and fill every slot they know', () => {
    expect(fillSearchTemplate('「{query}」{other}', { query: 'DX' })).toBe('「DX」{other}');
    for (const template of Object.values(words).filter((value): value is string => typeof value === 'string')) {
      expect(fillSearchTemplate(template, { query: 'q', term: 't', count: 1 })).not.toMatch(/\{\w+\}/);
    }
  });
  it('never put ui-strings into the search UI’s browser code', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync('src/client/search-ui.ts', 'utf8');
    expect(source).not.toMatch(/from ['"][^'"]*ui-strings['"]/);
    expect(source).not.toMatch(/from ['"][^'"]*search-strings['"]/);
  });
});
