/**
 * Tokyo's 62 区市町村 with stable ASCII slugs for URLs (/institutions/ward/<slug>/) and
 * for the CMS select widget. Order is the official 団体コード order, which is how Tokyo
 * lists them. Towns and villages carry -machi / -mura so 利島村 and 豊島区 stay apart.
 */
export const municipalities = [
  ['chiyoda', '千代田区'], ['chuo', '中央区'], ['minato', '港区'], ['shinjuku', '新宿区'], ['bunkyo', '文京区'],
  ['taito', '台東区'], ['sumida', '墨田区'], ['koto', '江東区'], ['shinagawa', '品川区'], ['meguro', '目黒区'],
  ['ota', '大田区'], ['setagaya', '世田谷区'], ['shibuya', '渋谷区'], ['nakano', '中野区'], ['suginami', '杉並区'],
  ['toshima', '豊島区'], ['kita', '北区'], ['arakawa', '荒川区'], ['itabashi', '板橋区'], ['nerima', '練馬区'],
  ['adachi', '足立区'], ['katsushika', '葛飾区'], ['edogawa', '江戸川区'],
  ['hachioji', '八王子市'], ['tachikawa', '立川市'], ['musashino', '武蔵野市'], ['mitaka', '三鷹市'], ['ome', '青梅市'],
  ['fuchu', '府中市'], ['akishima', '昭島市'], ['chofu', '調布市'], ['machida', '町田市'], ['koganei', '小金井市'],
  ['kodaira', '小平市'], ['hino', '日野市'], ['higashimurayama', '東村山市'], ['kokubunji', '国分寺市'], ['kunitachi', '国立市'],
  ['fussa', '福生市'], ['komae', '狛江市'], ['higashiyamato', '東大和市'], ['kiyose', '清瀬市'], ['higashikurume', '東久留米市'],
  ['musashimurayama', '武蔵村山市'], ['tama', '多摩市'], ['inagi', '稲城市'], ['hamura', '羽村市'], ['akiruno', 'あきる野市'],
  ['nishitokyo', '西東京市'],
  ['mizuho-machi', '瑞穂町'], ['hinode-machi', '日の出町'], ['hinohara-mura', '檜原村'], ['okutama-machi', '奥多摩町'],
  ['oshima-machi', '大島町'], ['toshima-mura', '利島村'], ['niijima-mura', '新島村'], ['kozushima-mura', '神津島村'],
  ['miyake-mura', '三宅村'], ['mikurajima-mura', '御蔵島村'], ['hachijo-machi', '八丈町'], ['aogashima-mura', '青ヶ島村'],
  ['ogasawara-mura', '小笠原村'],
] as const satisfies readonly (readonly [string, string])[];

export type MunicipalitySlug = (typeof municipalities)[number][0];

export const municipalitySlugs = municipalities.map(([slug]) => slug) as [MunicipalitySlug, ...MunicipalitySlug[]];

const names = new Map<string, string>(municipalities);

export function municipalityName(slug: string): string {
  const name = names.get(slug);
  if (!name) throw new Error(`unknown municipality slug: ${slug}`);
  return name;
}

/** Position in the official order, for sorting lists the way Tokyo does. */
export function municipalityOrder(slug: string): number {
  return municipalitySlugs.indexOf(slug as MunicipalitySlug);
}

/**
 * JIS 全国地方公共団体コード (JIS X 0401/0402) of each 区市町村, five digits, in the same order
 * as `municipalities`. Open data names a facility's municipality by this code; the six-digit
 * form adds a check digit (see `municipalityByCode`).
 */
const codes = [
  '13101', '13102', '13103', '13104', '13105', '13106', '13107', '13108', '13109', '13110', '13111', '13112',
  '13113', '13114', '13115', '13116', '13117', '13118', '13119', '13120', '13121', '13122', '13123',
  '13201', '13202', '13203', '13204', '13205', '13206', '13207', '13208', '13209', '13210', '13211', '13212',
  '13213', '13214', '13215', '13218', '13219', '13220', '13221', '13222', '13223', '13224', '13225', '13227',
  '13228', '13229',
  '13303', '13305', '13307', '13308',
  '13361', '13362', '13363', '13364', '13381', '13382', '13401', '13402', '13421',
] as const;

export const municipalityCodes: ReadonlyMap<MunicipalitySlug, string> = new Map(municipalitySlugs.map((slug, i) => [slug, codes[i]!]));
const slugsByCode = new Map<string, MunicipalitySlug>(municipalitySlugs.map((slug, i) => [codes[i]!, slug]));

/** The check digit of a five-digit 団体コード: weights 6…2, modulus 11 (総務省の定め). */
export function codeCheckDigit(code: string): string {
  const sum = [...code].reduce((total, digit, i) => total + Number(digit) * (6 - i), 0);
  return String((11 - (sum % 11)) % 10);
}

/** The 区市町村 a five- or six-digit 団体コード names, or undefined (wrong check digit, not in Tokyo). */
export function municipalityByCode(code: string): MunicipalitySlug | undefined {
  const value = code.trim();
  if (/^\d{6}$/.test(value)) return value.slice(5) === codeCheckDigit(value.slice(0, 5)) ? slugsByCode.get(value.slice(0, 5)) : undefined;
  return /^\d{5}$/.test(value) ? slugsByCode.get(value) : undefined;
}
