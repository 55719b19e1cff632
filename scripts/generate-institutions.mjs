// `npm run generate:institutions -- <out.csv> [--hospitals 650] [--clinics 14350] [--seed 19]`
// Writes a Tokyo-scale institutions CSV in the canonical columns (src/lib/institutions/mapping.json):
// ≈650 hospitals and ≈14,000 clinics across all 62 区市町村 including the islands, spread by
// population around each 区市町村's centre, every one an invented サンプル facility. The same seed
// always gives the same file, so tests can count what it holds. Used by the Tokyo-scale browser
// test and `npm run bench`; never part of the site's own content.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

/** slug, name, 団体コード, centre lat, lng, radius km, population (thousands): approximate, for plausibility only. */
/** @type {[slug: string, name: string, code: string, lat: number, lng: number, radiusKm: number, population: number][]} */
export const areas = [
  ['chiyoda', '千代田区', '13101', 35.694, 139.754, 1.8, 68], ['chuo', '中央区', '13102', 35.671, 139.772, 1.6, 175],
  ['minato', '港区', '13103', 35.658, 139.751, 2.2, 265], ['shinjuku', '新宿区', '13104', 35.694, 139.703, 2.2, 350],
  ['bunkyo', '文京区', '13105', 35.708, 139.752, 1.8, 240], ['taito', '台東区', '13106', 35.713, 139.78, 1.7, 215],
  ['sumida', '墨田区', '13107', 35.711, 139.801, 2.0, 280], ['koto', '江東区', '13108', 35.673, 139.817, 3.0, 540],
  ['shinagawa', '品川区', '13109', 35.609, 139.73, 2.5, 420], ['meguro', '目黒区', '13110', 35.634, 139.698, 2.0, 290],
  ['ota', '大田区', '13111', 35.561, 139.716, 4.0, 740], ['setagaya', '世田谷区', '13112', 35.646, 139.653, 4.0, 940],
  ['shibuya', '渋谷区', '13113', 35.664, 139.698, 2.2, 240], ['nakano', '中野区', '13114', 35.707, 139.664, 2.0, 340],
  ['suginami', '杉並区', '13115', 35.699, 139.636, 3.0, 590], ['toshima', '豊島区', '13116', 35.726, 139.716, 1.8, 300],
  ['kita', '北区', '13117', 35.753, 139.734, 2.5, 355], ['arakawa', '荒川区', '13118', 35.736, 139.783, 1.6, 218],
  ['itabashi', '板橋区', '13119', 35.751, 139.709, 3.0, 575], ['nerima', '練馬区', '13120', 35.736, 139.652, 3.8, 750],
  ['adachi', '足立区', '13121', 35.775, 139.805, 3.8, 690], ['katsushika', '葛飾区', '13122', 35.743, 139.847, 3.0, 465],
  ['edogawa', '江戸川区', '13123', 35.707, 139.868, 3.5, 690],
  ['hachioji', '八王子市', '13201', 35.666, 139.316, 7.0, 580], ['tachikawa', '立川市', '13202', 35.714, 139.408, 3.0, 185],
  ['musashino', '武蔵野市', '13203', 35.718, 139.566, 2.0, 150], ['mitaka', '三鷹市', '13204', 35.684, 139.56, 2.2, 190],
  ['ome', '青梅市', '13205', 35.788, 139.276, 6.0, 130], ['fuchu', '府中市', '13206', 35.669, 139.478, 3.0, 260],
  ['akishima', '昭島市', '13207', 35.706, 139.354, 2.2, 113], ['chofu', '調布市', '13208', 35.652, 139.541, 2.6, 240],
  ['machida', '町田市', '13209', 35.548, 139.447, 5.5, 430], ['koganei', '小金井市', '13210', 35.699, 139.503, 1.8, 125],
  ['kodaira', '小平市', '13211', 35.729, 139.477, 2.5, 195], ['hino', '日野市', '13212', 35.671, 139.395, 3.0, 187],
  ['higashimurayama', '東村山市', '13213', 35.755, 139.468, 2.3, 151], ['kokubunji', '国分寺市', '13214', 35.711, 139.462, 2.0, 128],
  ['kunitachi', '国立市', '13215', 35.684, 139.441, 1.6, 76], ['fussa', '福生市', '13218', 35.738, 139.327, 1.8, 56],
  ['komae', '狛江市', '13219', 35.635, 139.579, 1.3, 83], ['higashiyamato', '東大和市', '13220', 35.745, 139.427, 2.0, 85],
  ['kiyose', '清瀬市', '13221', 35.786, 139.526, 1.8, 74], ['higashikurume', '東久留米市', '13222', 35.758, 139.53, 2.0, 116],
  ['musashimurayama', '武蔵村山市', '13223', 35.755, 139.388, 2.2, 72], ['tama', '多摩市', '13224', 35.637, 139.446, 2.6, 146],
  ['inagi', '稲城市', '13225', 35.638, 139.505, 2.0, 93], ['hamura', '羽村市', '13227', 35.768, 139.311, 1.6, 54],
  ['akiruno', 'あきる野市', '13228', 35.729, 139.294, 4.0, 80], ['nishitokyo', '西東京市', '13229', 35.726, 139.538, 2.2, 205],
  ['mizuho-machi', '瑞穂町', '13303', 35.772, 139.354, 2.0, 33], ['hinode-machi', '日の出町', '13305', 35.742, 139.257, 2.5, 17],
  ['hinohara-mura', '檜原村', '13307', 35.727, 139.148, 4.0, 2], ['okutama-machi', '奥多摩町', '13308', 35.81, 139.096, 6.0, 5],
  ['oshima-machi', '大島町', '13361', 34.75, 139.356, 4.0, 7.5], ['toshima-mura', '利島村', '13362', 34.528, 139.282, 0.8, 0.3],
  ['niijima-mura', '新島村', '13363', 34.377, 139.257, 2.0, 2.7], ['kozushima-mura', '神津島村', '13364', 34.206, 139.134, 1.2, 1.8],
  ['miyake-mura', '三宅村', '13381', 34.076, 139.526, 3.0, 2.3], ['mikurajima-mura', '御蔵島村', '13382', 33.897, 139.599, 0.6, 0.3],
  ['hachijo-machi', '八丈町', '13401', 33.113, 139.789, 3.5, 7], ['aogashima-mura', '青ヶ島村', '13402', 32.467, 139.767, 0.5, 0.17],
  ['ogasawara-mura', '小笠原村', '13421', 27.094, 142.192, 1.5, 2.5],
];

const header = ['ID', '名称', 'ふりがな', '種別', '区市町村コード', '住所', '電話', '緯度', '経度', '電子カルテ', 'マイナ保険証', '電子処方箋', 'オンライン診療', 'PMH', '更新日', 'サンプル'];
/** @type {[string, string][]} */
const prefixes = [['桜', 'さくら'], ['みどり', 'みどり'], ['中央', 'ちゅうおう'], ['駅前', 'えきまえ'], ['けやき', 'けやき'], ['青葉', 'あおば'], ['ひかり', 'ひかり'], ['南', 'みなみ'], ['北', 'きた'], ['東', 'ひがし'], ['西', 'にし'], ['本町', 'ほんちょう'], ['若葉', 'わかば'], ['あおぞら', 'あおぞら'], ['すずらん', 'すずらん'], ['たちばな', 'たちばな'], ['ゆりのき', 'ゆりのき'], ['さつき', 'さつき'], ['山手', 'やまて'], ['川辺', 'かわべ']];
/** @type {[string, string][]} */
const departments = [['内科', 'ないか'], ['小児科', 'しょうにか'], ['整形外科', 'せいけいげか'], ['皮膚科', 'ひふか'], ['眼科', 'がんか'], ['耳鼻咽喉科', 'じびいんこうか'], ['循環器内科', 'じゅんかんきないか'], ['消化器内科', 'しょうかきないか'], ['心療内科', 'しんりょうないか'], ['婦人科', 'ふじんか']];
/** @type {[string, string][]} */
const clinicSuffixes = [['クリニック', 'くりにっく'], ['医院', 'いいん'], ['診療所', 'しんりょうじょ']];
/** @type {[string, string][]} */
const hospitalSuffixes = [['病院', 'びょういん'], ['総合病院', 'そうごうびょういん'], ['記念病院', 'きねんびょういん'], ['医療センター', 'いりょうせんたー']];
const kanjiNumbers = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** Share of facilities with each feature: [hospital, clinic]; plausible, not measured. */
/** @type {[number, number][]} */
const featureRates = [[0.85, 0.55], [0.95, 0.9], [0.45, 0.35], [0.3, 0.2], [0.1, 0.05]];

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
/** @param {number} seed */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits `total` over the areas in proportion to population, each getting at least `min`. */
/** @param {number} total @param {number} min @returns {number[]} */
function share(total, min) {
  const population = areas.reduce((sum, area) => sum + area[6], 0);
  const counts = areas.map((area) => Math.max(min, Math.floor((total * area[6]) / population)));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % areas.length, rest -= 1) counts[i] = (counts[i] ?? 0) + 1;
  for (let i = areas.length - 1; rest < 0; i = (i - 1 + areas.length) % areas.length) if ((counts[i] ?? 0) > min) { counts[i] = (counts[i] ?? 0) - 1; rest += 1; }
  return counts;
}

const areaCode = (/** @type {string} */ code) => (code < '13200' ? '03' : code < '13361' ? '042' : '04992');

export function generateInstitutionsCsv({ hospitals = 650, clinics = 14350, seed = 19 } = {}) {
  const next = random(seed);
  /** @template T @param {T[]} list @returns {T} */
  const pick = (list) => /** @type {T} */ (list[Math.floor(next() * list.length)]);
  const hospitalCounts = share(hospitals, 0);
  const clinicCounts = share(clinics, 1);
  const lines = [header.join(',')];
  areas.forEach(([, name, code, lat, lng, radius], a) => {
    const kinds = [...Array(hospitalCounts[a]).fill('病院'), ...Array(clinicCounts[a]).fill('診療所')];
    kinds.forEach((kind, i) => {
      const hospital = kind === '病院';
      const [p, pk] = pick(prefixes);
      const [d, dk] = hospital ? ['', ''] : pick(departments);
      const [s, sk] = pick(hospital ? hospitalSuffixes : clinicSuffixes);
      // Uniform over a disc: the square root keeps the centre from crowding.
      const r = (Math.sqrt(next()) * radius) / 111;
      const angle = next() * 2 * Math.PI;
      const pointLat = (lat + r * Math.sin(angle)).toFixed(5);
      const pointLng = (lng + (r * Math.cos(angle)) / Math.cos((lat * Math.PI) / 180)).toFixed(5);
      const flags = featureRates.map(([h, c]) => (next() < (hospital ? h : c) ? '1' : '0'));
      const day = new Date(Date.UTC(2025, 9, 1) + Math.floor(next() * 182) * 86_400_000).toISOString().slice(0, 10);
      const number = String(i + 1).padStart(5, '0');
      lines.push([
        `G${code}-${number}`, `サンプル${p}${d}${s}`, `さんぷる${pk}${dk}${sk}`, kind, code,
        `東京都${name}架空町${pick(kanjiNumbers)}丁目${1 + Math.floor(next() * 30)}番${1 + Math.floor(next() * 20)}号`,
        `${areaCode(code)}-0${String(Math.floor(next() * 900) + 100)}-${String(Math.floor(next() * 9000) + 1000)}`,
        pointLat, pointLng, ...flags, day, '1',
      ].join(','));
    });
  });
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { hospitals: { type: 'string', default: '650' }, clinics: { type: 'string', default: '14350' }, seed: { type: 'string', default: '19' } },
  });
  const out = positionals[0];
  if (!out) {
    console.error('使い方：npm run generate:institutions -- <出力.csv> [--hospitals 650] [--clinics 14350] [--seed 19]');
    process.exit(2);
  }
  const csv = generateInstitutionsCsv({ hospitals: Number(values.hospitals), clinics: Number(values.clinics), seed: Number(values.seed) });
  writeFileSync(out, csv);
  console.log(`${out}：${csv.split('\n').length - 2}件（病院 ${values.hospitals}、診療所 ${values.clinics}）`);
}
