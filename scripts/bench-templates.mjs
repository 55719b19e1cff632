// Page templates the benchmark measures: one representative built page each.
// `budget` (gzip bytes, optional) is checked by the benchmark and by the budget tests.
// Each capability adds its templates here.
export const templates = [
  { name: 'home', path: '/', budget: { jsGzip: 15 * 1024 } },
  { name: 'manga list', path: '/manga/' },
  // The reader's JS (Swiper + reader.ts) ≤ 60 KB gzip; page 1 on a phone ≤ 200 KB in all.
  { name: 'manga episode', path: '/manga/episode-01/', budget: { jsGzip: 60 * 1024, totalGzip: 200 * 1024 } },
  { name: 'glossary', path: '/manga/glossary/' },
  { name: 'seminar list', path: '/seminars/', budget: { jsGzip: 15 * 1024 } },
  { name: 'seminar session', path: '/seminars/basic-01-national-dx/' },
  { name: 'video list', path: '/videos/' },
  { name: 'video page', path: '/videos/overview/', budget: { totalGzip: 100 * 1024 } },
  { name: 'search', path: '/search/' },
  { name: '404', path: '/404.html' },
];

// Per-episode manga figures (scripts/bench.mjs, "Manga episodes"): every built episode is
// measured; these are its budgets in gzip bytes.
export const mangaBudget = { firstLoadGzip: 200 * 1024, jsGzip: 60 * 1024 };
