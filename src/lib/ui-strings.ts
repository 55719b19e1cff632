/**
 * Every fixed UI string of the site now lives in one typed module per locale (src/i18n/<id>.ts).
 * This file re-exports the Japanese groups so existing imports keep working.
 */
export { ui, seminarUi, mangaUi, naviUi, searchUi, institutionUi, labels, localeUi } from '../i18n/ja.ts';
