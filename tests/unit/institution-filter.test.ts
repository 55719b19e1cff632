import { describe, expect, it } from 'vitest';
import { featureMask, filterFromQuery, filterInstitutions, filterToQuery, matcher, noFilter, normalizeForSearch, queryTerms } from '../../src/lib/institutions/filter';
import { countInSummary, fromCompactRow, summarize, toCompactRow } from '../../src/lib/institutions/data';
import { groupByWard, toInstitutionItems, wardsWithInstitutions } from '../../src/lib/institutions/view';
import { wardLists } from '../../src/lib/institutions/pages';
import { municipalities, municipalityName, municipalitySlugs } from '../../src/schemas/municipalities';
import { nearestWard } from '../../src/client/institution-finder';

const data = (id: string, name: string, kana: string, code: string, kind: string, features: Partial<Record<'ehr' | 'myna' | 'eprescription' | 'online' | 'pmh', boolean>>) => ({
  data: {
    id, name, kana, kind, municipalityCode: code, address: `東京都${name}の住所`, tel: '03-0000-0001', lat: code === '13201' ? 35.66 : 35.69, lng: code === '13201' ? 139.32 : 139.7,
    ehr: false, myna: false, eprescription: false, online: false, pmh: false, updated: '2026-03-01', sample: true, ...features,
  },
});
const items = toInstitutionItems([
  data('c', 'ウエノ医院', 'うえのいいん', '13201', 'clinic', { ehr: true }),
  data('a', '新宿イ内科', 'しんじゅくいないか', '13104', 'clinic', { ehr: true, eprescription: true }),
  data('b', '新宿ア病院', 'しんじゅくあびょういん', '13104', 'hospital', { eprescription: true, pmh: true }),
]);

describe('institution filter', () => {
  it('works the items out once per set of entries (Astro hands out the same entry objects for a whole build)', () => {
    const entries = [data('x', '港イ医院', 'みなといいいん', '13103', 'clinic', {}), data('y', '港ア医院', 'みなとあいいん', '13103', 'clinic', {})];
    const first = toInstitutionItems(entries);
    expect(toInstitutionItems([...entries])).toBe(first);
    expect(wardLists(first)).toBe(wardLists(first));
    // An edited entry (a new object, as in dev) is worked out again.
    const edited = [entries[0]!, data('y', '港ア医院', 'みなとあいいん', '13103', 'clinic', { ehr: true })];
    const again = toInstitutionItems(edited);
    expect(again).not.toBe(first);
    expect(again.find((i) => i.id === 'y')!.ehr).toBe(true);
    expect(again.map((i) => i.id)).toEqual(['y', 'x']);
  });
  it('no filter keeps everything, sorted in official 区市町村 order then by ふりがな', () => {
    expect(filterInstitutions(items, noFilter).map((i) => i.id)).toEqual(['b', 'a', 'c']);
    expect(items[0]!.municipality).toBe('shinjuku');
  });
  it('filters by 区市町村, kind and every chosen feature', () => {
    expect(filterInstitutions(items, { ...noFilter, ward: 'hachioji' }).map((i) => i.id)).toEqual(['c']);
    expect(filterInstitutions(items, { ...noFilter, kind: 'hospital' }).map((i) => i.id)).toEqual(['b']);
    expect(filterInstitutions(items, { ...noFilter, features: ['eprescription'] }).map((i) => i.id)).toEqual(['b', 'a']);
    expect(filterInstitutions(items, { ...noFilter, ward: 'shinjuku', features: ['eprescription', 'ehr'] }).map((i) => i.id)).toEqual(['a']);
  });
  it('finds words in the name, ふりがな or address, in kanji, hiragana, katakana or half-width kana', () => {
    expect(normalizeForSearch('ｼﾝｼﾞｭｸ　内科')).toBe('しんじゅく内科');
    expect(queryTerms(' 新宿　ないか ')).toEqual(['新宿', 'ないか']);
    for (const q of ['新宿', 'シンジュク', 'ｼﾝｼﾞｭｸ', 'しんじゅく']) expect(filterInstitutions(items, { ...noFilter, q }).map((i) => i.id)).toEqual(['b', 'a']);
    expect(filterInstitutions(items, { ...noFilter, q: 'うえの いいん' }).map((i) => i.id)).toEqual(['c']);
    expect(filterInstitutions(items, { ...noFilter, q: '住所 病院' }).map((i) => i.id)).toEqual(['b']);
    expect(matcher({ ...noFilter, q: 'なにもない' })(items[0]!)).toBe(false);
  });
  it('reads and writes the query string, dropping unknown values', () => {
    const filter = filterFromQuery('?ward=ota&feature=pmh&feature=bogus&feature=ehr&kind=clinic&q=内科', ['ota', 'shinjuku'], ['clinic']);
    expect(filter).toEqual({ ward: 'ota', kind: 'clinic', features: ['ehr', 'pmh'], q: '内科' });
    expect(filterToQuery(filter)).toBe('?q=%E5%86%85%E7%A7%91&ward=ota&kind=clinic&feature=ehr&feature=pmh');
    expect(filterFromQuery('?ward=atlantis&kind=spa', ['ota'], ['clinic'])).toEqual(noFilter);
    expect(filterToQuery(noFilter)).toBe('');
  });
});

describe('institution data for the browser', () => {
  const index = summarize(groupByWard(items));
  it('counts any kind + feature filter per 区市町村 from the index alone, as the full filter would', () => {
    for (const filter of [noFilter, { ...noFilter, features: ['eprescription'] as const }, { ...noFilter, kind: 'clinic', features: ['ehr'] as const }]) {
      for (const summary of index.municipalities) {
        expect(countInSummary(summary, filter)).toBe(filterInstitutions(items, { ...filter, ward: summary.slug }).length);
      }
    }
    expect(index.total).toBe(3);
    expect(index.municipalities.map((m) => [m.slug, m.count])).toEqual([['shinjuku', 2], ['hachioji', 1]]);
  });
  it('a compact row comes back as the same facility', () => {
    const back = fromCompactRow(toCompactRow(items[1]!), 'shinjuku');
    expect(back).toMatchObject({ id: 'a', name: '新宿イ内科', kind: 'clinic', tel: '03-0000-0001', mask: featureMask(['ehr', 'eprescription']), updated: '2026-03-01', sample: true, text: items[1]!.text });
  });
  it('現在地: picks the 区市町村 around the point, and none far outside Tokyo', () => {
    expect(nearestWard(index.municipalities, { lat: 35.69, lng: 139.7 })?.slug).toBe('shinjuku');
    expect(nearestWard(index.municipalities, { lat: 35.67, lng: 139.33 })?.slug).toBe('hachioji');
    expect(nearestWard(index.municipalities, { lat: 34.69, lng: 135.5 })).toBeUndefined();
  });
});

describe('pre-rendered lists', () => {
  it('lists only 区市町村 that have institutions, with counts per feature', () => {
    expect(wardsWithInstitutions(items)).toEqual([{ slug: 'shinjuku', name: '新宿区', count: 2 }, { slug: 'hachioji', name: '八王子市', count: 1 }]);
    const [shinjuku] = wardLists(items);
    expect(shinjuku!.featureCounts).toEqual({ ehr: 1, myna: 0, eprescription: 2, online: 0, pmh: 1 });
    expect(shinjuku!.byFeature.pmh.map((i) => i.id)).toEqual(['b']);
  });
});

describe('municipalities', () => {
  it('lists Tokyo’s 62 区市町村 with unique ASCII slugs', () => {
    expect(municipalities).toHaveLength(62);
    expect(new Set(municipalitySlugs).size).toBe(62);
    for (const slug of municipalitySlugs) expect(slug).toMatch(/^[a-z]+(-[a-z]+)?$/);
    expect(municipalityName('toshima')).toBe('豊島区');
    expect(municipalityName('toshima-mura')).toBe('利島村');
    expect(() => municipalityName('nowhere')).toThrow();
  });
});
