/**
 * A medical institution and its DX status. Facilities are not hand-edited: the importer
 * (scripts/import-institutions.ts) reads an open-data CSV, maps its columns to these fields
 * (src/lib/institutions/mapping.json) and validates every row with this schema, which also
 * accepts the CSV's own spellings (「病院」, 「○」, 「2026/4/1」, full-width digits) so a source
 * needs no code change. The build reads the importer's JSON through src/integrations/institution-loader.ts
 * with this same schema. Explicit `.ts` extensions: the importer runs on plain Node.
 */
import { z } from 'astro/zod';
import { municipalityByCode, municipalityCodes } from './municipalities.ts';
import { sample } from './shared.ts';
import { labels } from '../i18n/ja.ts';
import { institutionKinds, type InstitutionKind } from './institution-values.ts';

export const institutionKindLabels: Record<InstitutionKind, string> = labels.institutionKinds;

export { institutionKinds, type InstitutionKind };

/** Spellings of yes and no found in Japanese open data; an empty cell means no. */
const yes = new Set(['1', 'true', 'yes', 'y', '○', '〇', '◯', '有', 'あり', '対応', '対応済', '済', 'はい']);
const no = new Set(['0', 'false', 'no', 'n', '×', '✕', '-', '－', '無', 'なし', '未対応', '未', 'いいえ', '']);

/** Full-width digits, letters and hyphens become ASCII; trims. */
const normalized = (value: unknown) => (typeof value === 'string' ? value.normalize('NFKC').trim() : value);

const flag = (label: string) =>
  z.preprocess(
    (value) => {
      const text = normalized(value);
      if (typeof text !== 'string') return text;
      const lower = text.toLowerCase();
      return yes.has(lower) ? true : no.has(lower) ? false : text;
    },
    z.boolean({ error: `${label}は「1」か「0」（○・×、あり・なしも可）で書いてください` }),
  );

const coordinate = (label: string, min: number, max: number) =>
  z.preprocess(
    (value) => {
      const text = normalized(value);
      return typeof text === 'string' ? (text === '' ? undefined : Number(text)) : text;
    },
    z
      .number({ error: (issue) => (issue.input === undefined ? `${label}がありません` : `${label}は数字で書いてください`) })
      .min(min, `${label}が東京都の範囲外です`)
      .max(max, `${label}が東京都の範囲外です`),
  );

const kindsByLabel = new Map<string, InstitutionKind>([
  ...institutionKinds.map((kind) => [kind, kind] as const),
  ...institutionKinds.map((kind) => [institutionKindLabels[kind], kind] as const),
  ['一般診療所', 'clinic'],
  ['医科診療所', 'clinic'],
  ['歯科', 'dental'],
]);

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export const institutionSchema = z.object({
  /** The facility's ID in the source (医療情報ネットの医療機関コード等), unique in the data. */
  id: z.preprocess(normalized, z.string({ error: 'IDがありません' }).regex(/^[0-9A-Za-z-]{1,32}$/, 'IDは半角英数字とハイフン（32文字まで）で書いてください')),
  name: z.preprocess(normalized, z.string({ error: '名称がありません' }).min(1, '名称がありません').max(120, '名称が長すぎます（120文字まで）')),
  /** ふりがな, in hiragana or katakana (half-width katakana is widened). */
  kana: z.preprocess(
    normalized,
    z.string({ error: 'ふりがながありません' }).min(1, 'ふりがながありません').regex(/^[\p{Script=Hiragana}\p{Script=Katakana}ー・ 　0-9]+$/u, 'ふりがなはひらがなかカタカナで書いてください'),
  ),
  kind: z.preprocess(
    (value) => {
      const text = normalized(value);
      return typeof text === 'string' ? (kindsByLabel.get(text) ?? text) : text;
    },
    z.enum(institutionKinds, { error: '種別は「病院」「診療所」「歯科診療所」「薬局」のどれかで書いてください' }),
  ),
  /** JIS 全国地方公共団体コード of the 区市町村, five digits (a six-digit code with check digit is accepted). */
  municipalityCode: z.preprocess(
    (value) => {
      const text = normalized(value);
      if (typeof text !== 'string') return text;
      const slug = municipalityByCode(text);
      return slug ? municipalityCodes.get(slug) : text;
    },
    z.string({ error: '区市町村コードがありません' }).refine((code) => municipalityByCode(code) !== undefined, '区市町村コードが東京都の区市町村（例：13112 世田谷区）ではありません'),
  ),
  /** The full address as the source gives it, e.g. 「東京都世田谷区世田谷四丁目21番27号」. */
  address: z.preprocess(normalized, z.string({ error: '住所がありません' }).min(1, '住所がありません')),
  /** Phone number with hyphens, e.g. 03-1234-5678; may be absent. */
  tel: z.preprocess(
    (value) => {
      const text = normalized(value);
      return text === '' ? undefined : text;
    },
    z.string().regex(/^0\d{1,4}-?\d{1,4}-?\d{3,4}$/, '電話は 03-1234-5678 の形で書いてください').optional(),
  ),
  /** Latitude (WGS84); Tokyo including the islands lies between 20 and 36. */
  lat: coordinate('緯度', 20, 36),
  /** Longitude (WGS84); Tokyo including the islands lies between 136 and 154. */
  lng: coordinate('経度', 136, 154),
  /** 電子カルテを導入している */
  ehr: flag('電子カルテ'),
  /** マイナ保険証（オンライン資格確認）を利用できる */
  myna: flag('マイナ保険証'),
  /** 電子処方箋に対応している */
  eprescription: flag('電子処方箋'),
  /** オンライン診療に対応している */
  online: flag('オンライン診療'),
  /** PMH に接続している */
  pmh: flag('PMH'),
  /** When the source last updated the facility, as YYYY-MM-DD (2026/4/1 is accepted). */
  updated: z.preprocess(
    (value) => {
      const text = normalized(value);
      const match = typeof text === 'string' ? /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) : null;
      return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : text;
    },
    z
      .string({ error: '更新日がありません' })
      .regex(isoDate, '更新日は 2026-04-01 の形で書いてください')
      .refine((text) => {
        const date = new Date(`${text}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
      }, '更新日が暦にない日付です'),
  ),
  sample: z.preprocess((value) => {
    const text = normalized(value);
    if (typeof text !== 'string') return text;
    return text === '' ? undefined : yes.has(text.toLowerCase()) ? true : no.has(text.toLowerCase()) ? false : text;
  }, sample),
});
export type Institution = z.infer<typeof institutionSchema>;

/** The fields in the order of the canonical CSV columns (docs: src/lib/institutions/mapping.json). */
export const institutionFields = Object.keys(institutionSchema.shape) as (keyof Institution)[];
