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
import { contactMethods, hospitalTypes, recordingOptions, registrationOverrides, seminarFormats, seminarKinds, seminarLifecycles, specialties } from './seminar-values';

const text = (field: string) => z.string().trim().min(1, `${field} を入力してください`);

export const venueSchema = z.object({
  /** 会場名, e.g. 東京都庁第一本庁舎 5階 大会議場 */
  name: text('会場名（venue.name）'),
  /** 郵便番号, e.g. 163-8001 (structured data asks for it). */
  postalCode: z.string().regex(/^\d{3}-\d{4}$/, '郵便番号（venue.postalCode）は 163-8001 の形で書いてください').optional(),
  /** 住所, starting with 東京都 and the ward, city, town or village. */
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
  /** 講師紹介: a short profile (2–3 sentences). */
  profile: z.string().optional(),
});

/** 日本医師会生涯教育制度 credits, where the session is accredited. */
export const cmeSchema = z.object({
  /** 単位数, e.g. 1.5 */
  credits: z.number({ error: '単位数（cme.credits）は数字で入力してください' }).positive('単位数（cme.credits）は0より大きい数にしてください'),
  /** カリキュラムコード, e.g. 12 */
  curriculumCodes: z.array(z.string().trim().regex(/^\d{1,3}$/, 'カリキュラムコード（cme.curriculumCodes）は数字で書いてください')).default([]),
  note: z.string().optional(),
});

/** One published change to a session (中止・延期・日程変更…). Its count is the calendars' SEQUENCE. */
export const changeSchema = z.object({
  /** When the change was announced. */
  date: instant,
  /** What changed, shown on the page, e.g. 講師の都合により中止します。 */
  note: text('お知らせの内容（changes.note）'),
});

export const alternativeSchema = z.object({
  method: z.enum(contactMethods, { error: '申込方法（method）は email / fax / phone / mail のいずれかです' }),
  /** Address or number, e.g. iryo-dx@example.jp */
  value: text('連絡先（value）'),
  note: z.string().optional(),
});

export const registrationSchema = z.object({
  /** 申込が必要か. Off for sessions anyone can join or watch without applying. */
  required: z.boolean().default(true),
  /** Official application form (https). */
  url: httpsUrl.optional(),
  /** 受付開始 */
  opens: instant.optional(),
  /** 受付締切; defaults to the start of the session. */
  closes: instant.optional(),
  /** Other ways to apply: email, FAX, phone. */
  alternatives: z.array(alternativeSchema).default([]),
  /** 残りわずか / キャンセル待ち / 満席, set by an editor. */
  override: z.enum(registrationOverrides, { error: '席の状況（registration.override）は few-left / waitlist / full のいずれかです' }).optional(),
  /** Shown with the override, e.g. キャンセル待ちは申込フォームから受け付けます。 */
  overrideNote: z.string().optional(),
  /** How to cancel an application; the site's standard wording when empty. */
  cancelHow: z.string().optional(),
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
    /** 予定どおり / 中止 / 延期 / 日程変更 / オンライン開催に変更. */
    lifecycle: z.enum(seminarLifecycles, { error: `開催状況（lifecycle）は ${seminarLifecycles.join(' / ')} のいずれかです` }).default('scheduled'),
    /** 日程変更: the date first announced (start/end hold the new one). */
    previousStart: instant.optional(),
    /** Published changes, oldest first; every change raises the calendars' SEQUENCE. */
    changes: z.array(changeSchema).default([]),
    /** On-demand modules: the viewing period. */
    availableFrom: instant.optional(),
    availableUntil: instant.optional(),
    /** The period as the plan words it, e.g. 令和8年6月頃から令和9年2月末までを想定 */
    availabilityNote: z.string().optional(),
    /** On-demand modules: length of the video in minutes (courseWorkload). */
    durationMinutes: z.number().int().positive('動画の長さ（durationMinutes）は分単位の正の整数です').optional(),
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
    registration: registrationSchema.default({ required: true, alternatives: [] }),
    /** Slides and handouts, after the event. */
    materials: z.array(linkSchema).default([]),
    /** Recording, after the event. */
    archiveUrl: httpsUrl.optional(),
    /** 後日録画を配信する / しない; omit when undecided. */
    recording: z.enum(recordingOptions, { error: '録画の配信（recording）は later / none のいずれかです' }).optional(),
    /** 日医生涯教育制度の単位, where given. */
    cme: cmeSchema.optional(),
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
    if (data.lifecycle === 'rescheduled' && !data.previousStart) {
      ctx.addIssue({ code: 'custom', path: ['previousStart'], message: '日程変更（rescheduled）の回には変更前の開始日時（previousStart）を入力してください' });
    }
    if (data.previousStart && data.start && data.previousStart.getTime() === data.start.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['previousStart'], message: '変更前の開始日時（previousStart）が新しい開始日時（start）と同じです' });
    }
    if (data.lifecycle === 'moved-online' && data.format !== 'online') {
      ctx.addIssue({ code: 'custom', path: ['format'], message: 'オンライン開催に変更（moved-online）の回は、形式（format）を online にしてください' });
    }
    if (data.lifecycle !== 'scheduled' && data.changes.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['changes'], message: '中止・延期・日程変更のときは、お知らせ（changes）に変更内容を1件以上入力してください' });
    }
    if (data.format === 'on-demand' && data.lifecycle !== 'scheduled' && data.lifecycle !== 'cancelled') {
      ctx.addIssue({ code: 'custom', path: ['lifecycle'], message: 'オンデマンド配信の開催状況（lifecycle）は scheduled か cancelled にしてください' });
    }
    if (data.availableFrom && data.availableUntil && data.availableUntil.getTime() <= data.availableFrom.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['availableUntil'], message: '公開終了（availableUntil）は公開開始（availableFrom）より後にしてください' });
    }
  });

export type SeminarData = z.infer<typeof seminarSchema>;
