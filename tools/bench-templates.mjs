// Page templates the benchmark measures: one representative built page each. `pages` (optional)
// says which other built pages share the template, for the HTML budget every page is held to
// (tools/budgets.mjs pageHtmlBudgetFailures); other pages get the default HTML budget.
// `budget` (gzip bytes, optional) is checked by the benchmark and by the budget tests.
// Each capability adds its templates here.
/** @typedef {{ jsGzip?: number, totalGzip?: number, htmlRaw?: number, htmlGzip?: number }} TemplateBudget */
/** @type {{ name: string, path: string, pages?: RegExp, budget?: TemplateBudget }[]} */
export const templates = [
  { name: 'home', path: '/', budget: { jsGzip: 15 * 1024 } },
  { name: 'manga list', path: '/manga/' },
  // The reader's JS (Swiper + reader.ts) ≤ 60 KB gzip; page 1 on a phone ≤ 200 KB in all.
  { name: 'manga episode', path: '/manga/episode-01/', pages: /^\/manga\/(?!glossary\/)[^/]+\/$/, budget: { jsGzip: 60 * 1024, totalGzip: 200 * 1024 } },
  // Every term on one page: about 27 KB now; 120 KB leaves room for several times as many terms.
  { name: 'glossary', path: '/manga/glossary/', budget: { htmlRaw: 120 * 1024, htmlGzip: 25 * 1024 } },
  { name: 'seminar list', path: '/seminars/', budget: { jsGzip: 15 * 1024 } },
  { name: 'seminar session', path: '/seminars/basic-01-national-dx/', pages: /^\/seminars\/[^/]+\/$/ },
  { name: 'seminar session (outreach)', path: '/seminars/outreach-orthopedics-2/' },
  { name: 'video list', path: '/videos/' },
  // Released video, measured before play: the facade loads nothing from YouTube.
  { name: 'video page', path: '/videos/overview/', pages: /^\/videos\/[^/]+\/$/, budget: { totalGzip: 100 * 1024 } },
  { name: 'video page (coming soon)', path: '/videos/young-adults/', budget: { totalGzip: 100 * 1024 } },
  // /search/ loads Pagefind at once for its filters; issue 7's target: a first search under 150 KB.
  { name: 'search', path: '/search/', budget: { jsGzip: 110 * 1024, totalGzip: 150 * 1024 } },
  { name: '404', path: '/404.html' },
  // 医療DX東京ナビ portal sections (issue 9)
  { name: 'navi about', path: '/about/' },
  { name: 'navi merits', path: '/merits/' },
  // Header scripts only: the search dialog, the furigana switch and the shared startAll module (issue 13, ≈0.2 KB gzip, cached across pages).
  { name: 'navi dashboard', path: '/dashboard/', budget: { jsGzip: 2.5 * 1024 } },
  { name: 'navi cases', path: '/cases/' },
  { name: 'navi case', path: '/cases/sample-avoided-duplicate-test/', pages: /^\/cases\/[^/]+\/$/ },
  // The finder (issue 19): filters, list, card dialog, 現在地 and the map loader; Leaflet + supercluster load only on 「地図を表示する」.
  { name: 'navi institutions', path: '/institutions/', budget: { jsGzip: 14 * 1024 } },
  { name: 'navi institutions ward', path: '/institutions/ward/shinjuku/', budget: { jsGzip: 2.5 * 1024 } },
  { name: 'navi pmh', path: '/pmh/' },
  { name: 'navi support', path: '/support/' },
  { name: 'navi lease calculator', path: '/support/lease/', budget: { jsGzip: 10 * 1024 } },
  { name: 'navi cybersecurity', path: '/cybersecurity/' },
  // The lease-subsidy checker (issue 16): its module and the decision it runs.
  { name: 'navi lease checker', path: '/support/lease/check/', budget: { jsGzip: 10 * 1024 } },
  // Issue 20: news, the hub for institutions, FAQ, the accessibility policy and its test report
  // (generated from the test results: one row per success criterion, so it grows with none of the content).
  { name: 'news list', path: '/news/' },
  { name: 'news entry', path: '/news/sample-manga-episode-01/', pages: /^\/news\/[^/]+\/$/ },
  { name: 'for institutions', path: '/for-institutions/' },
  { name: 'faq', path: '/faq/' },
  { name: 'accessibility', path: '/accessibility/' },
  { name: 'accessibility report', path: '/accessibility/report/' },
];

// Languages (issue 21): each citizen template again in every other published language, with the
// same budgets (its pages under /<locale>/ held to the same HTML budget). A language's strings
// reach the browser as one extra chunk, counted in these JS figures.
const citizenTemplates = ['home', 'manga list', 'manga episode', 'glossary', 'video list', 'video page', 'search', 'navi about', 'navi merits', 'navi institutions', 'faq', 'accessibility'];
for (const locale of ['easy', 'en']) {
  for (const template of templates.filter((t) => citizenTemplates.includes(t.name))) {
    templates.push({
      ...template,
      name: `${template.name} (${locale})`,
      path: `/${locale}${template.path}`,
      ...(template.pages ? { pages: new RegExp(`^\\/${locale}${template.pages.source.slice(1)}`) } : {}),
    });
  }
}

// The summary for medical institutions exists only in the other languages (its Japanese counterpart is /seminars/).
for (const locale of ['easy', 'en']) templates.push({ name: `medical institutions summary (${locale})`, path: `/${locale}/medical-institutions/` });

// Per-episode manga figures (scripts/bench.mjs, "Manga episodes"): every built episode is
// measured; these are its budgets in gzip bytes.
export const mangaBudget = { firstLoadGzip: 200 * 1024, jsGzip: 60 * 1024 };
