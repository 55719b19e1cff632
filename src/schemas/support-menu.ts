import { z } from 'astro/zod';
import { httpsUrl, isSitePath, sample } from './shared';

/** The plan's three stages of support: 導入前 / 導入時 / 導入後. */
export const supportStages = ['before', 'during', 'after'] as const;
export const supportStageLabels: Record<(typeof supportStages)[number], string> = {
  before: '【導入前】',
  during: '【導入時】',
  after: '【導入後】',
};
/** What each stage is for, in public wording (the page's section intros). */
export const supportStageIntros: Record<(typeof supportStages)[number], string> = {
  before: '電子カルテを導入する前に、相談やコンサルティングで準備を支援します。',
  during: '電子カルテを導入するときの費用を支援します。',
  after: '電子カルテを導入した後の、サイバーセキュリティ対策や人材育成を支援します。',
};
export const supportProviders = ['tokyo', 'national'] as const;
export const supportProviderLabels: Record<(typeof supportProviders)[number], string> = {
  tokyo: '東京都',
  national: '国',
};

/** Parts of an item that can be sample content while the rest is quoted from the plan. */
export const supportSampleParts = ['eligibility', 'provides', 'period', 'application', 'contact', 'documents'] as const;
export const supportSamplePartLabels: Record<(typeof supportSampleParts)[number], string> = {
  eligibility: '対象',
  provides: '支援の内容',
  period: '実施期間',
  application: '申請方法',
  contact: '問い合わせ先',
  documents: '関係資料',
};

/** Tokyo phone numbers as written on official pages: 03-5320-4444. */
const phonePattern = /^0\d{1,4}-\d{1,4}-\d{3,4}$/;
/** A site path (/support/lease/) or an https:// address. */
const linkTarget = z.string().trim().regex(/^(\/[a-z0-9/#-]*|https:\/\/\S+)$/, 'リンク先は /support/lease/ のようなサイト内のパスか、https:// から始まるURLで書いてください');

const contact = z
  .object({
    /** 窓口の名前, e.g. 「東京都保健医療局 医療政策部 医療政策課」. */
    name: z.string().trim().min(1, '問い合わせ先の名前（contact.name）を入力してください'),
    phone: z.string().trim().regex(phonePattern, '電話番号（contact.phone）は 03-5320-4444 のようにハイフン区切りで書いてください').optional(),
    email: z.string().trim().email({ error: 'メールアドレス（contact.email）の形式が正しくありません' }).optional(),
    url: httpsUrl.optional(),
    /** 受付時間, e.g. 「平日9時〜17時」. */
    hours: z.string().trim().min(1).optional(),
  })
  .refine((c) => Boolean(c.phone || c.email || c.url), { error: '問い合わせ先には電話番号・メールアドレス・URLのいずれかを入力してください' });

const document = z.object({
  title: z.string().trim().min(1),
  url: linkTarget,
  /** What the link leads to when it is not the document itself (a publisher's top page). */
  note: z.string().trim().min(1).optional(),
});

/** One item of the support menu for institutions (目的別の電子カルテ支援メニュー). */
export const supportMenuSchema = z.object({
  /** Name of the programme as published, e.g. 「医療機関診療情報デジタル推進事業」. */
  title: z.string().trim().min(1),
  stage: z.enum(supportStages),
  provider: z.enum(supportProviders),
  /** What it supports, in the source's words where there is one. */
  summary: z.string().trim().min(1, '概要（summary）を入力してください'),
  /** Who can use it. */
  eligibility: z.string().trim().min(1, '対象（eligibility）を入力してください'),
  /** What it pays or provides. */
  provides: z.string().trim().min(1, '支援の内容（provides）を入力してください'),
  /** When it runs, in public wording (令和8年度（2026年度）…). */
  period: z.string().trim().min(1, '実施期間（period）を入力してください'),
  application: z.object({
    /** How to apply, step by step in a sentence or two. */
    method: z.string().trim().min(1, '申請方法（application.method）を入力してください'),
    /** When applications are accepted. */
    period: z.string().trim().min(1).optional(),
    url: linkTarget.optional(),
  }),
  contact,
  documents: z.array(document).default([]),
  /** Budget in public wording, e.g. 「令和8年度予算 42億円」; shown as context, not as a heading. */
  budget: z.string().trim().min(1).optional(),
  /** Site path of the page with details (e.g. /support/lease/), if any. */
  detailPath: z
    .string()
    .regex(/^\/[a-z0-9/-]*\/$/, '詳細ページ（detailPath）は /support/lease/ のように書いてください')
    .refine(isSitePath, '詳細ページ（detailPath）はこのサイトの中のパスにしてください')
    .optional(),
  /** Order within its stage, smallest first. */
  position: z.number().int().nonnegative().default(100),
  /** Parts that are sample content (the plan gives no detail); each gets a サンプル label. */
  sampleParts: z.array(z.enum(supportSampleParts)).default([]),
  sample,
});
export type SupportMenuItem = z.infer<typeof supportMenuSchema>;
