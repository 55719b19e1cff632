import { describe, expect, it } from 'vitest';
import { filterFromQuery, filterInstitutions, filterToQuery, matchesFilter } from '../../src/lib/institution-filter';
import { municipalities, municipalityName, municipalitySlugs } from '../../src/lib/municipalities';

const item = (municipality: string, ehr: boolean, pmh: boolean, online: boolean) => ({ municipality, features: { ehr, pmh, online } });
const items = [item('shinjuku', true, true, false), item('shinjuku', true, false, true), item('ota', false, false, true), item('ota', true, true, true)];

describe('institution filter', () => {
  it('no filter keeps everything', () => {
    expect(filterInstitutions(items, { features: [] })).toHaveLength(4);
  });
  it('filters by ward', () => {
    expect(filterInstitutions(items, { ward: 'ota', features: [] })).toEqual([items[2], items[3]]);
  });
  it('requires every chosen feature', () => {
    expect(filterInstitutions(items, { features: ['ehr', 'online'] })).toEqual([items[1], items[3]]);
    expect(filterInstitutions(items, { ward: 'shinjuku', features: ['pmh', 'online'] })).toEqual([]);
    expect(matchesFilter(items[0]!, { ward: '', features: ['ehr'] })).toBe(true);
  });
  it('reads and writes the query string, dropping unknown values', () => {
    const filter = filterFromQuery('?ward=ota&feature=ehr&feature=bogus&feature=ehr', ['ota', 'shinjuku']);
    expect(filter).toEqual({ ward: 'ota', features: ['ehr'] });
    expect(filterToQuery(filter)).toBe('?ward=ota&feature=ehr');
    expect(filterFromQuery('?ward=atlantis', ['ota']).ward).toBe('');
    expect(filterToQuery({ features: [] })).toBe('');
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

describe('institutions view', async () => {
  const { toInstitutionItems, wardsWithInstitutions } = await import('../../src/lib/institutions-view');
  const data = (name: string, municipality: string) => ({ name, kind: 'clinic', municipality, address: 'a', lat: 35, lng: 139, ehr: true, pmh: false, onlineConsultation: true, sample: true });
  const list = toInstitutionItems([
    { id: 'c', data: data('ううう', 'hachioji') },
    { id: 'a', data: data('いいい', 'shinjuku') },
    { id: 'b', data: data('あああ', 'shinjuku') },
  ]);
  it('sorts by official ward order then name and maps features', () => {
    expect(list.map((i) => i.id)).toEqual(['b', 'a', 'c']);
    expect(list[0]!.features).toEqual({ ehr: true, pmh: false, online: true });
    expect(list[0]!.municipalityName).toBe('新宿区');
  });
  it('lists only wards that have institutions, with counts', () => {
    expect(wardsWithInstitutions(list)).toEqual([
      { slug: 'shinjuku', name: '新宿区', count: 2 },
      { slug: 'hachioji', name: '八王子市', count: 1 },
    ]);
  });
});
