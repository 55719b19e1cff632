// Page templates the benchmark measures: one representative built page each.
// `budget` (gzip bytes, optional) is checked by the benchmark and by the budget tests.
// Each capability adds its templates here.
export const templates = [
  { name: 'home', path: '/', budget: { jsGzip: 15 * 1024 } },
  { name: 'manga list', path: '/manga/' },
  { name: 'manga episode', path: '/manga/episode-01/', budget: { jsGzip: 60 * 1024 } },
  { name: 'glossary', path: '/manga/glossary/' },
  { name: 'seminar list', path: '/seminars/', budget: { jsGzip: 15 * 1024 } },
  { name: 'seminar session', path: '/seminars/basic-01-national-dx/' },
  { name: 'video list', path: '/videos/' },
  { name: 'video page', path: '/videos/overview/', budget: { totalGzip: 100 * 1024 } },
  { name: 'search', path: '/search/' },
  { name: '404', path: '/404.html' },
  // 医療DX東京ナビ portal sections (issue 9)
  { name: 'navi about', path: '/about/' },
  { name: 'navi merits', path: '/merits/' },
  { name: 'navi dashboard', path: '/dashboard/', budget: { jsGzip: 0 } },
  { name: 'navi cases', path: '/cases/' },
  { name: 'navi case', path: '/cases/sample-avoided-duplicate-test/' },
  { name: 'navi institutions', path: '/institutions/', budget: { jsGzip: 10 * 1024 } },
  { name: 'navi institutions ward', path: '/institutions/ward/shinjuku/', budget: { jsGzip: 0 } },
  { name: 'navi pmh', path: '/pmh/' },
  { name: 'navi support', path: '/support/' },
  { name: 'navi lease calculator', path: '/support/lease/', budget: { jsGzip: 10 * 1024 } },
  { name: 'navi cybersecurity', path: '/cybersecurity/' },
];
