/**
 * The institutions importer: UTF-8 and Shift_JIS CSVs, a mapping file for another source's
 * column names, and bad rows reported by row and column (nothing written above the threshold).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeCsv, formatReport, importInstitutions, serializeInstitutions, type ColumnMapping } from '../../src/lib/institutions/import';
import { codeCheckDigit, municipalityByCode } from '../../src/schemas/municipalities';

const fixtures = 'tests/fixtures/institutions';
const defaultMapping = JSON.parse(readFileSync('src/lib/institutions/mapping.json', 'utf8')) as ColumnMapping;
const sampleCsv = readFileSync('src/content/institutions/sample-institutions.csv');

describe('importInstitutions', () => {
  it('reads the shipped sample CSV into valid institutions, every row kept', () => {
    const result = importInstitutions(sampleCsv, defaultMapping);
    expect(result.refused).toBe(false);
    expect(result.errors).toEqual([]);
    expect(result.encoding).toBe('utf-8');
    expect(result.institutions).toHaveLength(result.rows);
    expect(result.institutions[0]).toMatchObject({ id: 'S13104-0001', kind: 'hospital', municipalityCode: '13104', tel: '03-0000-0101', lat: 35.6938, eprescription: true, sample: true });
  });

  it('the committed data file is exactly what importing the sample CSV writes', () => {
    const written = serializeInstitutions(importInstitutions(sampleCsv, defaultMapping).institutions);
    expect(readFileSync('src/content/institutions/institutions.json', 'utf8')).toBe(written);
  });

  it('reads a Shift_JIS CSV (as Japanese open data often is) the same as UTF-8', () => {
    const bytes = readFileSync(path.join(fixtures, 'shift-jis.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = importInstitutions(bytes, defaultMapping);
    expect(result.encoding).toBe('shift_jis');
    expect(result.errors).toEqual([]);
    expect(result.institutions.map((i) => i.name)).toEqual(['サンプル新宿中央病院', 'サンプル新宿内科クリニック', 'サンプル新宿駅前薬局']);
    expect(decodeCsv(bytes).text).toContain('東京都新宿区');
  });

  it('maps renamed columns and the source\'s own spellings through a mapping file, without code changes', () => {
    const mapping = JSON.parse(readFileSync(path.join(fixtures, 'renamed-mapping.json'), 'utf8')) as ColumnMapping;
    const csv = readFileSync(path.join(fixtures, 'renamed-columns.csv'));
    expect(importInstitutions(csv, defaultMapping).refused).toBe(true);
    const result = importInstitutions(csv, mapping);
    expect(result.errors).toEqual([]);
    expect(result.institutions).toEqual([
      {
        id: '1311200000011', name: 'テスト世田谷医院', kana: 'テストセタガヤイイン', kind: 'clinic', municipalityCode: '13112',
        address: '東京都世田谷区架空町一丁目1番1号', tel: '03-0000-2001', lat: 35.6464, lng: 139.6533,
        ehr: true, myna: true, eprescription: false, online: true, pmh: false, updated: '2026-04-01', sample: false,
      },
    ]);
  });

  it('names the row, the column and the problem in Japanese for every bad row, and refuses above the threshold', () => {
    const result = importInstitutions(readFileSync(path.join(fixtures, 'bad-rows.csv')), defaultMapping);
    expect(result.errors).toEqual([
      { row: 3, column: '区市町村コード', message: '区市町村コードが東京都の区市町村（例：13112 世田谷区）ではありません（値：「27100」）' },
      { row: 4, column: '緯度', message: '緯度が東京都の範囲外です（値：「43.06」）' },
      { row: 5, column: 'マイナ保険証', message: 'マイナ保険証は「1」か「0」（○・×、あり・なしも可）で書いてください（値：「たぶん」）' },
      { row: 5, column: '更新日', message: '更新日が暦にない日付です（値：「2026-02-30」）' },
      { row: 6, column: 'ID', message: 'IDが2行目と重複しています（値：「T-0001」）' },
    ]);
    expect(result.refused).toBe(true);
    const report = formatReport(result, 'bad-rows.csv');
    expect(report).toContain('4行目 列「緯度」：緯度が東京都の範囲外です');
    expect(report).toContain('書き込みませんでした：誤りのある行が4行あり、上限の0行を超えています');
  });

  it('writes the good rows when the bad ones are within the threshold, and lists each row it left out', () => {
    const result = importInstitutions(readFileSync(path.join(fixtures, 'bad-rows.csv')), defaultMapping, { maxErrors: 4 });
    expect(result.refused).toBe(false);
    expect(result.institutions.map((i) => i.id)).toEqual(['T-0001']);
    expect(formatReport(result, 'bad-rows.csv')).toContain('1件を書き込みました。誤りのある4行（上の一覧）は取り込んでいません。');
  });

  it('refuses a file that lacks a required column, naming it', () => {
    const csv = new TextEncoder().encode('ID,名称\nX-1,テスト\n');
    const result = importInstitutions(csv, defaultMapping);
    expect(result.refused).toBe(true);
    expect(result.fatal).toContain('列「緯度」が見出し行にありません（対応表の lat）');
  });
});

describe('npm run import:institutions', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/import-institutions.ts', ...args], { encoding: 'utf8' });

  it('leaves the data file untouched and exits 1 when errors exceed the threshold', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'institutions-import-'));
    const out = path.join(dir, 'institutions.json');
    writeFileSync(out, 'previous data\n');
    const result = run(path.join(fixtures, 'bad-rows.csv'), '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('6行目 列「ID」：IDが2行目と重複しています');
    expect(readFileSync(out, 'utf8')).toBe('previous data\n');
  });

  it('writes the data file from a Shift_JIS CSV', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'institutions-import-'));
    const out = path.join(dir, 'institutions.json');
    const result = run(path.join(fixtures, 'shift-jis.csv'), '--out', out);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(3);
  });
});

describe('団体コード', () => {
  it('computes the check digit and reads five- and six-digit codes', () => {
    expect(codeCheckDigit('13101')).toBe('6');
    expect(municipalityByCode('131016')).toBe('chiyoda');
    expect(municipalityByCode('131017')).toBeUndefined();
    expect(municipalityByCode('134210')).toBe('ogasawara-mura');
    expect(municipalityByCode('27100')).toBeUndefined();
  });
});
