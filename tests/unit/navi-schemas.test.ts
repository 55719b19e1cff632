/** Schema accept/reject cases for the 医療DX東京ナビ collections (issue 9). */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { adoptionSchema } from '../../src/schemas/adoption';
import { caseStudySchema } from '../../src/schemas/case-study';
import { institutionSchema } from '../../src/schemas/institution';
import { meritSchema } from '../../src/schemas/merit';
import { pmhSchema } from '../../src/schemas/pmh';
import { supportMenuSchema } from '../../src/schemas/support-menu';

const issuesOf = (result: { success: boolean; error?: z.ZodError }) => result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

const adoption = {
  title: '令和8年の導入率', period: '令和8年', year: 2026, kind: 'actual',
  figures: [{ series: 'hospital', label: '病院', percent: 74.7 }],
  quote: '令和8年の導入率は病院74.7%', source: '東京都',
};
const institution = {
  id: 'S-1', name: 'サンプル病院', kana: 'さんぷるびょういん', kind: '病院', municipalityCode: '131041', address: '東京都新宿区架空町1', tel: '０３-0000-0001',
  lat: '35.69', lng: 139.7, ehr: '○', myna: '1', eprescription: 'なし', online: false, pmh: '', updated: '2026/4/1',
};

describe('adoption schema', () => {
  it('accepts a period and defaults sample to false', () => {
    expect(adoptionSchema.parse(adoption).sample).toBe(false);
  });
  it('rejects a percentage over 100 and an empty figure list, naming the field', () => {
    expect(issuesOf(adoptionSchema.safeParse({ ...adoption, figures: [{ ...adoption.figures[0], percent: 107 }] }))).toEqual(['figures.0.percent: 割合は100以下です']);
    expect(issuesOf(adoptionSchema.safeParse({ ...adoption, figures: [] }))).toEqual(['figures: 数値（figures）を1件以上入力してください']);
  });
  it('rejects an unknown kind', () => {
    expect(adoptionSchema.safeParse({ ...adoption, kind: 'guess' }).success).toBe(false);
  });
});

describe('institution schema', () => {
  it('accepts an institution in the CSV\'s own spellings and normalises them', () => {
    expect(institutionSchema.parse(institution)).toEqual({
      id: 'S-1', name: 'サンプル病院', kana: 'さんぷるびょういん', kind: 'hospital', municipalityCode: '13104', address: '東京都新宿区架空町1', tel: '03-0000-0001',
      lat: 35.69, lng: 139.7, ehr: true, myna: true, eprescription: false, online: false, pmh: false, updated: '2026-04-01', sample: false,
    });
  });
  it('rejects a municipality outside Tokyo, a wrong check digit and coordinates outside Tokyo, in Japanese', () => {
    expect(issuesOf(institutionSchema.safeParse({ ...institution, municipalityCode: '27100' }))).toEqual(['municipalityCode: 区市町村コードが東京都の区市町村（例：13112 世田谷区）ではありません']);
    expect(issuesOf(institutionSchema.safeParse({ ...institution, municipalityCode: '131040' }))).toHaveLength(1);
    expect(issuesOf(institutionSchema.safeParse({ ...institution, lat: 43 }))).toEqual(['lat: 緯度が東京都の範囲外です']);
    expect(issuesOf(institutionSchema.safeParse({ ...institution, kana: 'Sample' }))).toEqual(['kana: ふりがなはひらがなかカタカナで書いてください']);
    expect(issuesOf(institutionSchema.safeParse({ ...institution, tel: '電話なし' }))).toEqual(['tel: 電話は 03-1234-5678 の形で書いてください']);
  });
  it('requires the yes/no fields and the coordinates', () => {
    const { ehr: _ehr, lat: _lat, ...without } = institution;
    expect(issuesOf(institutionSchema.safeParse(without))).toEqual(['lat: 緯度がありません', 'ehr: 電子カルテは「1」か「0」（○・×、あり・なしも可）で書いてください']);
  });
});

describe('other navi schemas', () => {
  it('case study needs a known audience and theme', () => {
    const ok = { title: 't', audience: 'citizen', theme: 'duplicate-tests', summary: 's' };
    expect(caseStudySchema.parse(ok).position).toBe(100);
    expect(caseStudySchema.safeParse({ ...ok, theme: 'other' }).success).toBe(false);
  });
  it('merit links need an ASCII slug', () => {
    const ok = { title: 't', audience: 'patient', summary: 's', links: [{ kind: 'manga', slug: 'episode-01' }] };
    expect(meritSchema.parse(ok).links).toHaveLength(1);
    expect(issuesOf(meritSchema.safeParse({ ...ok, links: [{ kind: 'manga', slug: '第1話' }] }))).toEqual(['links.0.slug: スラッグ（slug）は半角英小文字・数字・ハイフンで入力してください']);
  });
  it('pmh entry needs at least one service', () => {
    const ok = { name: '新宿区', kind: 'municipality', municipality: 'shinjuku', services: ['予防接種'] };
    expect(pmhSchema.parse(ok).sample).toBe(false);
    expect(issuesOf(pmhSchema.safeParse({ ...ok, services: [] }))).toEqual(['services: 利用している事業（services）を1件以上入力してください']);
  });
  const support = {
    title: 't', stage: 'during', provider: 'tokyo', summary: 's', eligibility: 'e', provides: 'p', period: '令和8年度',
    application: { method: 'm' }, contact: { name: '窓口', email: 'desk@example.jp' }, detailPath: '/support/lease/',
  };
  it('support item detail path must be a site path', () => {
    expect(supportMenuSchema.parse(support).detailPath).toBe('/support/lease/');
    expect(supportMenuSchema.safeParse({ ...support, detailPath: 'https://example.com' }).success).toBe(false);
  });
  it('support item needs how to apply and a contact that can be reached', () => {
    const { application: _a, ...withoutApplication } = support;
    expect(issuesOf(supportMenuSchema.safeParse(withoutApplication))[0]).toMatch(/^application: /);
    expect(issuesOf(supportMenuSchema.safeParse({ ...support, contact: { name: '窓口' } }))).toEqual(['contact: 問い合わせ先には電話番号・メールアドレス・URLのいずれかを入力してください']);
    expect(issuesOf(supportMenuSchema.safeParse({ ...support, contact: { name: '窓口', phone: '0353204444' } }))[0]).toMatch(/^contact.phone: 電話番号/);
    expect(issuesOf(supportMenuSchema.safeParse({ ...support, documents: [{ title: '要綱', url: 'javascript:alert(1)' }] }))[0]).toMatch(/^documents.0.url: /);
    expect(supportMenuSchema.parse(support)).toMatchObject({ documents: [], sampleParts: [] });
    expect(supportMenuSchema.safeParse({ ...support, sampleParts: ['budget'] }).success).toBe(false);
  });
});
