/**
 * The closed vocabularies of the seminar schema, without zod, so browser scripts can
 * import them without pulling the schema library into the page bundle.
 */
/** 基礎編 (on-demand), 応用編 (hospitals), 出張講習会 (clinics). */
export const seminarKinds = ['basic', 'applied', 'outreach'] as const;
export type SeminarKind = (typeof seminarKinds)[number];

export const seminarFormats = ['on-demand', 'in-person', 'online', 'hybrid'] as const;
export type SeminarFormat = (typeof seminarFormats)[number];

/** The eight specialties of the outreach lectures, as the plan lists them. */
export const specialties = [
  'internal-medicine',
  'psychiatry',
  'orthopedics',
  'dermatology',
  'obstetrics-gynecology',
  'otolaryngology',
  'ophthalmology',
  'pediatrics',
] as const;
export type Specialty = (typeof specialties)[number];

/** The hospital types of the applied tier (応用編). */
export const hospitalTypes = ['acute-care', 'long-term-care', 'psychiatric'] as const;
export type HospitalType = (typeof hospitalTypes)[number];

/**
 * Seat flags set by an editor: a static site cannot know seat counts by itself.
 * 残りわずか keeps registration open; キャンセル待ち takes applications for the waiting list.
 */
export const registrationOverrides = ['few-left', 'waitlist', 'full'] as const;
export type RegistrationOverride = (typeof registrationOverrides)[number];

/**
 * Where a session stands as an event, set by an editor (schema.org eventStatus):
 * 予定どおり, 中止, 延期 (new date not yet known), 日程変更 (new date, previous one kept),
 * オンライン開催に変更.
 */
export const seminarLifecycles = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'] as const;
export type SeminarLifecycle = (typeof seminarLifecycles)[number];

/** Sessions that still take place at a known time: the only ones offered to add to a calendar or shortlist. */
export function isAttendable(lifecycle: SeminarLifecycle | undefined): boolean {
  return lifecycle !== 'cancelled' && lifecycle !== 'postponed';
}

/** Who a session is for, as the 病院向け / 診療所向け filter offers it. */
export const seminarAudiences = ['hospital', 'clinic'] as const;
export type SeminarAudience = (typeof seminarAudiences)[number];

/** Whether the session's recording will be offered afterwards. */
export const recordingOptions = ['later', 'none'] as const;

export const contactMethods = ['email', 'fax', 'phone', 'mail'] as const;

