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

/** Set by an editor: a static site cannot know seat counts or a cancellation by itself. */
export const registrationOverrides = ['full', 'cancelled', 'postponed'] as const;
export type RegistrationOverride = (typeof registrationOverrides)[number];

export const contactMethods = ['email', 'fax', 'phone', 'mail'] as const;

