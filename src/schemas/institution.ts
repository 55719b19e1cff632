import { z } from 'astro/zod';
import { municipalitySlugs } from '../lib/municipalities';
import { sample } from './shared';

export const institutionKinds = ['hospital', 'clinic', 'dental', 'pharmacy'] as const;
export const institutionKindLabels: Record<(typeof institutionKinds)[number], string> = {
  hospital: '病院',
  clinic: '診療所',
  dental: '歯科診療所',
  pharmacy: '薬局',
};

/** A medical institution and its DX status, shown in the list and on the map. */
export const institutionSchema = z.object({
  name: z.string().trim().min(1, '名称（name）を入力してください'),
  kind: z.enum(institutionKinds),
  /** 区市町村 slug (see src/lib/municipalities.ts), e.g. shinjuku. */
  municipality: z.enum(municipalitySlugs, { error: '区市町村（municipality）は一覧の値から選んでください' }),
  /** Address after the 区市町村 name, e.g. 「西新宿二丁目8番1号」. */
  address: z.string().trim().min(1, '住所（address）を入力してください'),
  /** Latitude (WGS84); Tokyo including the islands lies between 20 and 36. */
  lat: z.number().min(20, '緯度（lat）が東京都の範囲外です').max(36, '緯度（lat）が東京都の範囲外です'),
  /** Longitude (WGS84); Tokyo including the islands lies between 136 and 154. */
  lng: z.number().min(136, '経度（lng）が東京都の範囲外です').max(154, '経度（lng）が東京都の範囲外です'),
  /** 電子カルテ導入済み */
  ehr: z.boolean(),
  /** PMH に接続済み */
  pmh: z.boolean(),
  /** オンライン診療に対応 */
  onlineConsultation: z.boolean(),
  sample,
});
export type Institution = z.infer<typeof institutionSchema>;
