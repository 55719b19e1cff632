// Writes N generated outreach sessions into a project folder's src/content/seminars/, for the
// fault-behaviour test and the large-site benchmark. Never run it on the working tree:
//   node tools/generate-entries.mjs <project-dir> <count>
// Each entry is a valid session (a different specialty, date and venue each), labelled sample.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

const specialties = ['internal-medicine', 'psychiatry', 'orthopedics', 'dermatology', 'obstetrics-gynecology', 'otolaryngology', 'ophthalmology', 'pediatrics'];
const wards = ['千代田区', '中央区', '港区', '新宿区', '文京区', '台東区', '墨田区', '江東区', '品川区', '目黒区'];

const iso = (/** @type {Date} */ date) => `${new Date(date.getTime() + 9 * 3600_000).toISOString().slice(0, 19)}+09:00`;

/** Day 0 of the generated sessions unless the caller gives one: session n starts n days later. */
const defaultDayZero = new Date(Date.UTC(2026, 3, 1, 10, 0)); // 19:00 JST

/** The frontmatter of generated session number `n` (1-based), one a day after `dayZero`. */
/** @param {number} n @param {Date} [dayZero] @returns {Record<string, unknown>} */
export function generatedSession(n, dayZero = defaultDayZero) {
  const start = new Date(dayZero.getTime() + n * 86_400_000);
  const end = new Date(start.getTime() + 90 * 60_000);
  const ward = wards[n % wards.length];
  return {
    title: `生成された出張講習会 第${n}回`,
    kind: 'outreach',
    format: 'in-person',
    specialty: specialties[n % specialties.length],
    summary: `負荷試験用に生成した講習会です（${n}件目）。電子カルテの導入について学びます。`,
    start: iso(start),
    end: iso(end),
    venue: { name: `サンプル会議室${n}（${ward}）`, address: `東京都${ward}サンプル${n}-1` },
    capacity: 40,
    fee: 0,
    audience: '都内診療所の医師・看護師・事務職員等',
    registration: { url: `https://forms.example.jp/generated-${n}`, opens: iso(new Date(start.getTime() - 30 * 86_400_000)), closes: iso(new Date(start.getTime() - 2 * 86_400_000)) },
    sample: true,
  };
}

/**
 * @param {string} projectDir @param {number} count
 * @param {Date} [dayZero] e.g. 100 days before the build, so sessions 1–99 are past and the rest upcoming
 */
export function writeGeneratedSessions(projectDir, count, dayZero = defaultDayZero) {
  for (let n = 1; n <= count; n += 1) {
    const dir = path.join(projectDir, 'src/content/seminars', `generated-${String(n).padStart(4, '0')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.md'), `---\n${stringify(generatedSession(n, dayZero), { lineWidth: 0 })}---\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [projectDir, countArg] = process.argv.slice(2);
  if (!projectDir || !countArg) {
    console.error('usage: node tools/generate-entries.mjs <project-dir> <count>');
    process.exit(2);
  }
  if (path.resolve(projectDir) === process.cwd()) {
    console.error('refusing to write generated entries into the working tree');
    process.exit(2);
  }
  writeGeneratedSessions(projectDir, Number(countArg));
  console.log(`${countArg} sessions written to ${path.join(projectDir, 'src/content/seminars')}`);
}
