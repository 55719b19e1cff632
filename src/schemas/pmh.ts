import { z } from 'astro/zod';
import { municipalitySlugs } from './municipalities';
import { sample } from './shared';

/** Whether the entry is a municipality (区市町村) or a medical institution (医療機関). */
export const pmhParticipantKinds = ['municipality', 'institution'] as const;

/** One participant connected to PMH (Public Medical Hub). */
export const pmhSchema = z.object({
  /** Name as published, e.g. 「新宿区」 or 「〇〇クリニック」. */
  name: z.string().trim().min(1, '名称（name）を入力してください'),
  kind: z.enum(pmhParticipantKinds),
  /** 区市町村 slug where the participant is. */
  municipality: z.enum(municipalitySlugs, { error: '区市町村（municipality）は一覧の値から選んでください' }),
  /** Services used over PMH, e.g. 「医療費助成」「予防接種」. */
  services: z.array(z.string().trim().min(1)).min(1, '利用している事業（services）を1件以上入力してください'),
  /** When the connection started, e.g. 「令和8年4月」. */
  since: z.string().trim().min(1).optional(),
  sample,
});
export type PmhParticipant = z.infer<typeof pmhSchema>;
