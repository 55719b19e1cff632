// Renders the video series thumbnails (1280×720, 16:9) from SVG into
// src/content/videos/<slug>/thumbnail.png. Run by hand when the design changes
// (`node scripts/make-video-images.mjs`); the PNGs are committed because the Japanese
// text needs fonts-noto-cjk, which a build machine may lack. Simple self-made
// illustrations: no copied artwork. Real thumbnails replace these when the videos exist.
import sharp from 'sharp';

const font = 'Noto Sans CJK JP, Noto Sans JP, sans-serif';

/** A phone outline with a few lines of "form" on its screen. */
const phone = (/** @type {number} */ x, /** @type {number} */ y, scale = 1) => `<g transform="translate(${x} ${y}) scale(${scale})">
  <rect width="120" height="220" rx="18" fill="#ffffff" stroke="#1a1a1a" stroke-width="6"/>
  <rect x="16" y="30" width="88" height="14" rx="4" fill="#0017c1"/>
  <rect x="16" y="60" width="88" height="10" rx="4" fill="#b3b3b3"/>
  <rect x="16" y="80" width="70" height="10" rx="4" fill="#b3b3b3"/>
  <circle cx="28" cy="112" r="9" fill="#197a4b"/><rect x="44" y="106" width="60" height="10" rx="4" fill="#b3b3b3"/>
  <circle cx="28" cy="140" r="9" fill="#197a4b"/><rect x="44" y="134" width="60" height="10" rx="4" fill="#b3b3b3"/>
  <rect x="30" y="180" width="60" height="20" rx="10" fill="#0017c1"/>
</g>`;

/** A simple figure: head and body; `h` is height. */
const person = (/** @type {number} */ x, /** @type {number} */ y, /** @type {number} */ h, /** @type {string} */ colour) => `<g transform="translate(${x} ${y})">
  <circle cx="0" cy="${-h + h * 0.16}" r="${h * 0.16}" fill="${colour}"/>
  <path d="M${-h * 0.2} 0 v${-h * 0.45} a${h * 0.2} ${h * 0.2} 0 0 1 ${h * 0.4} 0 v${h * 0.45} z" fill="${colour}"/>
</g>`;

/** Buildings joined by lines: the city whose medical information is connected. */
const network = `<g>
  <path d="M820 520 L930 380 L1080 450 L1160 300 M930 380 L1010 250 L1160 300 M820 520 L1080 450" stroke="#0017c1" stroke-width="6" fill="none"/>
  <rect x="780" y="470" width="80" height="100" fill="#ffffff" stroke="#1a1a1a" stroke-width="5"/><path d="M810 500h20M820 490v20" stroke="#cf0000" stroke-width="6"/>
  <rect x="895" y="330" width="70" height="90" fill="#ffffff" stroke="#1a1a1a" stroke-width="5"/>
  <rect x="1045" y="410" width="70" height="80" fill="#ffffff" stroke="#1a1a1a" stroke-width="5"/>
  <path d="M1120 300 l40 -40 l40 40 v60 h-80 z" fill="#ffffff" stroke="#1a1a1a" stroke-width="5"/>
  <circle cx="1010" cy="250" r="34" fill="#ffffff" stroke="#1a1a1a" stroke-width="5"/><path d="M995 250h30M1010 235v30" stroke="#197a4b" stroke-width="6"/>
</g>`;

/** @type {Record<string, string>} */
const illustrations = {
  overview: network,
  'young-adults': `${person(900, 600, 300, '#4d4d4d')}${phone(980, 300, 1.1)}`,
  parents: `${person(880, 600, 300, '#4d4d4d')}${person(1000, 600, 170, '#8a5300')}${phone(1060, 330, 1)}`,
  seniors: `${person(860, 600, 280, '#4d4d4d')}${person(1120, 600, 300, '#197a4b')}<rect x="930" y="330" width="140" height="100" rx="8" fill="#ffffff" stroke="#1a1a1a" stroke-width="6"/><rect x="950" y="355" width="100" height="12" rx="4" fill="#0017c1"/><rect x="950" y="385" width="80" height="12" rx="4" fill="#b3b3b3"/>`,
};

const videos = [
  { slug: 'overview', title: '医療DXの概要編', audience: '全年齢', background: '#e8f1fe', sample: true },
  { slug: 'young-adults', title: '若年層編', audience: '主に10代後半～30代', background: '#e6f5ec' },
  { slug: 'parents', title: '子育て世代編', audience: '主に30代～50代', background: '#fff3e0' },
  { slug: 'seniors', title: '高齢者編', audience: '主に60代以上', background: '#f3ecfa' },
];

for (const video of videos) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720">
  <rect width="1280" height="720" fill="${video.background}"/>
  <rect width="1280" height="20" fill="#0017c1"/>
  <text x="72" y="150" font-family="${font}" font-size="40" fill="#1a1a1a">医療DX普及啓発動画シリーズ</text>
  <text x="72" y="290" font-family="${font}" font-size="${video.title.length > 5 ? 96 : 120}" font-weight="700" fill="#1a1a1a">${video.title}</text>
  <text x="72" y="380" font-family="${font}" font-size="44" fill="#333333">${video.audience}</text>
  <text x="72" y="640" font-family="${font}" font-size="36" font-weight="700" fill="#0017c1">医療DX東京ナビ</text>
  ${video.sample ? `<rect x="72" y="440" width="200" height="72" rx="8" fill="#fff3c4" stroke="#9e7700" stroke-width="4"/><text x="172" y="490" text-anchor="middle" font-family="${font}" font-size="40" font-weight="700" fill="#5c4400">サンプル</text>` : ''}
  ${illustrations[video.slug]}
</svg>`;
  await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toFile(`src/content/videos/${video.slug}/thumbnail.png`);
  console.log(`src/content/videos/${video.slug}/thumbnail.png`);
}
