/**
 * One seminar session, on-demand module or outreach lecture (src/content/seminars/<slug>/index.md).
 *
 * Field names are plain camelCase so the CMS config can mirror them one to one.
 * Cross-field rules (end after start, registration closing before the start, a venue for
 * in-person sessions, a specialty for outreach lectures…) are refinements whose issue `path`
 * names the field, so `astro build` reports e.g. `registration.closes` for the right file.
 */
import { z } from 'astro/zod';
import { httpsUrl, instant, sample } from './shared';

export * from './seminar-values';
import { contactMethods, hospitalTypes, registrationOverrides, seminarFormats, seminarKinds, specialties } from './seminar-values';

const text = (field: string) => z.string().trim().min(1, `${field} を入力してください`);

export const venueSchema = z.object({
  /** 会場名, e.g. 東京都庁第一本庁舎 5階 大会議場 */
  name: text('会場名（venue.name）'),
  /** 住所 */
  address: text('住所（venue.address）'),
  /** 交通案内 (nearest station, walking time) */
  access: z.string().optional(),
  /** A map page (e.g. the venue's own access page). Not loaded on page view. */
  mapUrl: httpsUrl.optional(),
});

export const onlineSchema = z.object({
  /** 配信方法, e.g. Zoomウェビナー */
  platform: text('配信方法（online.platform）'),
  /** How participants get the link, e.g. 申込者にメールでお知らせします */
  note: z.string().optional(),
  /** Public viewing page, if any (a join link is usually sent privately). */
  url: httpsUrl.optional(),
});

export const programPartSchema = z.object({
  /** 第1部 */
  label: z.string().optional(),
  title: text('プログラムの内容（program.title）'),
  /** Speaker or role, e.g. 東京都職員 */
  speaker: z.string().optional(),
});

export const lecturerSchema = z.object({
  /** Leave empty while 調整中 (to be decided). */
  name: z.string().optional(),
  /** 所属・役職 or what kind of lecturer is planned. */
  role: text('講師の所属・役割（lecturer.role）'),
});

export const alternativeSchema = z.object({
  method: z.enum(contactMethods, { error: '申込方法（method）は email / fax / phone / mail のいずれかです' }),
  /** Address or number, e.g. iryo-dx@example.jp */
  value: text('連絡先（value）'),
  note: z.string().optional(),
});

export const registrationSchema = z.object({
  /** Official application form (https). */
  url: httpsUrl.optional(),
  /** 受付開始 */
  opens: instant.optional(),
  /** 受付締切; defaults to the start of the session. */
  closes: instant.optional(),
  /** Other ways to apply: email, FAX, phone. */
  alternatives: z.array(alternativeSchema).default([]),
  /** 満員 / 中止 / 延期, set by an editor. */
  override: z.enum(registrationOverrides, { error: '受付状況（override）は full / cancelled / postponed のいずれかです' }).optional(),
  /** Shown with the override, e.g. 新しい日程は決まり次第お知らせします。 */
  overrideNote: z.string().optional(),
});

export const linkSchema = z.object({
  title: text('資料名（title）'),
  url: httpsUrl,
});

export const seminarSchema = z
  .object({
    title: text('タイトル（title）'),
    kind: z.enum(seminarKinds, { error: '種類（kind）は basic / applied / outreach のいずれかです' }),
    format: z.enum(seminarFormats, { error: '形式（format）は on-demand / in-person / online / hybrid のいずれかです' }),
    /** Outreach lectures: which clinic specialty the session is for. */
    specialty: z.enum(specialties, { error: `診療科（specialty）は ${specialties.join(' / ')} のいずれかです` }).optional(),
    /** Applied tier: which kind of hospital the session is for. */
    hospitalType: z.enum(hospitalTypes, { error: `病院の種類（hospitalType）は ${hospitalTypes.join(' / ')} のいずれかです` }).optional(),
    /** Basic tier: module number ①〜④, used for ordering. */
    module: z.number().int().positive().optional(),
    summary: text('概要（summary）'),
    /** Dated sessions: ISO 8601 with +09:00. */
    start: instant.optional(),
    end: instant.optional(),
    /** On-demand modules: the viewing period. */
    availableFrom: instant.optional(),
    availableUntil: instant.optional(),
    /** The period as the plan words it, e.g. 令和8年6月頃から令和9年2月末までを想定 */
    availabilityNote: z.string().optional(),
    /** On-demand viewing page. */
    viewingUrl: httpsUrl.optional(),
    venue: venueSchema.optional(),
    online: onlineSchema.optional(),
    /** Seats; omit when unlimited (on-demand). */
    capacity: z.number().int().positive().optional(),
    capacityNote: z.string().optional(),
    /** Yen; 0 is shown as 無料. */
    fee: z.number().int().min(0).default(0),
    /** 対象, quoted from the plan. */
    audience: text('対象（audience）'),
    program: z.array(programPartSchema).default([]),
    lecturer: lecturerSchema.optional(),
    /** Outreach: an EHR hands-on booth at the venue. */
    handsOnBooth: z.boolean().default(false),
    registration: registrationSchema.default({ alternatives: [] }),
    /** Slides and handouts, after the event. */
    materials: z.array(linkSchema).default([]),
    /** Recording, after the event. */
    archiveUrl: httpsUrl.optional(),
    sample,
  })
  .superRefine((data, ctx) => {
    const dated = data.format !== 'on-demand';
    if (dated && !data.start) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: '開始日時（start）を入力してください（オンデマンド以外は必須）' });
    }
    if (data.start && data.end && data.end.getTime() <= data.start.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: '終了日時（end）は開始日時（start）より後にしてください' });
    }
    const { opens, closes } = data.registration;
    if (data.start && closes && closes.getTime() > data.start.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['registration', 'closes'], message: '申込締切（registration.closes）は開始日時（start）以前にしてください' });
    }
    if (opens && closes && opens.getTime() >= closes.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['registration', 'opens'], message: '受付開始（registration.opens）は申込締切（registration.closes）より前にしてください' });
    }
    if ((data.format === 'in-person' || data.format === 'hybrid') && !data.venue) {
      ctx.addIssue({ code: 'custom', path: ['venue'], message: '対面・ハイブリッドの回には会場（venue）を入力してください' });
    }
    if ((data.format === 'online' || data.format === 'hybrid') && !data.online) {
      ctx.addIssue({ code: 'custom', path: ['online'], message: 'オンライン・ハイブリッドの回には配信方法（online）を入力してください' });
    }
    if (data.kind === 'outreach' && !data.specialty) {
      ctx.addIssue({ code: 'custom', path: ['specialty'], message: '出張講習会には診療科（specialty）を入力してください' });
    }
    if (data.kind === 'applied' && !data.hospitalType) {
      ctx.addIssue({ code: 'custom', path: ['hospitalType'], message: '応用編には病院の種類（hospitalType）を入力してください' });
    }
    if (data.availableFrom && data.availableUntil && data.availableUntil.getTime() <= data.availableFrom.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['availableUntil'], message: '公開終了（availableUntil）は公開開始（availableFrom）より後にしてください' });
    }
  });

export type SeminarData = z.infer<typeof seminarSchema>;
