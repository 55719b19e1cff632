/** How the seminar lists are cut into pages, so /seminars/ stays small whatever the number of sessions. */
/** Upcoming sessions shown on /seminars/ itself; the rest are on the per-month and per-tier pages. */
export const UPCOMING_LIMIT = 60;
/** Finished sessions shown on /seminars/; the rest are in /seminars/archive/. */
export const RECENT_ARCHIVE = 6;
/** Sessions per page of the archive and of each filter page. */
export const LIST_PAGE_SIZE = 50;
/**
 * Sessions the HTML sitemap (/sitemap/) names one by one. Beyond this many it links to the
 * seminar list's browsing (by month and kind) and the archive instead, so the sitemap stays
 * within its HTML budget at thousands of sessions (at 2,000 it had grown to 300 KB).
 */
export const SITEMAP_SESSION_LIMIT = UPCOMING_LIMIT;

/** Whether /sitemap/ lists each of `count` sessions (true) or links to the seminar lists instead. */
export const sitemapListsEverySession = (count: number) => count <= SITEMAP_SESSION_LIMIT;
