// Draws the sample manga episodes (tools/manga-art/episodes.mjs) as SVG, renders each
// page to PNG with sharp and writes src/content/manga/<slug>/index.md with the alt text and
// transcript taken from the same story data. Run by hand after changing the story:
//   node scripts/make-manga-samples.mjs
// The PNGs are committed: rendering Japanese needs fonts-noto-cjk, which a build machine may lack.
import sharp from 'sharp';
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PAGE_H, PAGE_W, FONT, balloon, infoBox, narration, person, sampleBadge, scenery, screenText, textLines, wrapJapanese } from '../tools/manga-art/draw.mjs';
import { episodes, speakers } from '../tools/manga-art/episodes.mjs';

const MARGIN_X = 40;
const TOP = 84;
const BOTTOM = PAGE_H - 64;
const GUTTER = 22;
const SERIES = '知って安心 暮らしの中の医療情報ナビ（医療DX編）';

/**
 * @typedef {import('../tools/manga-art/episodes.mjs').StoryEpisode} StoryEpisode
 * @typedef {import('../tools/manga-art/episodes.mjs').StoryPage} StoryPage
 * @typedef {import('../tools/manga-art/episodes.mjs').Panel} Panel
 * @typedef {import('../src/schemas/manga.ts').TranscriptLine} TranscriptLine
 */

/** @param {Panel} panel @param {number} w @param {number} h */
function drawPanel(panel, w, h) {
  let out = scenery(panel.bg ?? 'plain', w, h);
  for (const a of panel.actors ?? []) out += person(a.who, a.x * w, a.y * h, { scale: a.scale ?? 1, expr: a.expr ?? 'smile', flip: a.flip });
  for (const item of panel.text ?? []) {
    if ('cap' in item) out += narration({ text: item.cap, x: item.x * w, y: item.y * h, max: item.max ?? 24 });
    else if ('say' in item) {
      out += balloon({ text: item.say, x: item.x * w, y: item.y * h, max: item.max ?? 11, thought: item.thought, tx: item.tail ? item.tail[0] * w : undefined, ty: item.tail ? item.tail[1] * h : undefined });
    } else if ('box' in item) out += infoBox({ title: item.box, lines: item.lines, x: item.x * w, y: item.y * h, w: item.w * w });
    else out += screenText(item.screen, w, h, { kind: panel.bg });
  }
  return out;
}

/** @param {StoryPage} page @param {number} number the printed page number */
function drawPage(page, number) {
  /** @param {Panel} panel */
  const weight = (panel) => panel.h ?? 1;
  const total = page.panels.reduce((sum, panel) => sum + weight(panel), 0);
  const usable = BOTTOM - TOP - GUTTER * (page.panels.length - 1);
  let y = TOP;
  let body = '';
  page.panels.forEach((panel) => {
    const h = Math.round((usable * weight(panel)) / total);
    const w = PAGE_W - MARGIN_X * 2;
    body += `<svg x="${MARGIN_X}" y="${y}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" overflow="hidden">${drawPanel(panel, w, h)}</svg>`;
    body += `<rect x="${MARGIN_X}" y="${y}" width="${w}" height="${h}" fill="none" stroke="#1a1a1a" stroke-width="6"/>`;
    y += h + GUTTER;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE_W}" height="${PAGE_H}" viewBox="0 0 ${PAGE_W} ${PAGE_H}">
    <rect width="${PAGE_W}" height="${PAGE_H}" fill="#ffffff"/>
    ${sampleBadge(MARGIN_X, 18)}
    ${body}
    ${textLines([String(number)], PAGE_W / 2, PAGE_H - 20, 28, { fill: '#4d4d4d' })}
  </svg>`;
}

/** @param {StoryEpisode} ep */
function drawCover(ep) {
  // Break cover titles after 、 so phrases stay whole.
  const titleLines = ep.title.split(/(?<=、)/).flatMap((part) => wrapJapanese(part, 9));
  const actors = ep.cover.actors.map((a) => person(a.who, a.x * PAGE_W, a.y * PAGE_H, { scale: a.scale, expr: 'smile' })).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE_W}" height="${PAGE_H}" viewBox="0 0 ${PAGE_W} ${PAGE_H}">
    <rect width="${PAGE_W}" height="${PAGE_H}" fill="#e8f1fe"/>
    <rect x="0" y="${PAGE_H * 0.62}" width="${PAGE_W}" height="${PAGE_H * 0.38}" fill="#cfe3fb"/>
    <rect x="0" y="0" width="${PAGE_W}" height="24" fill="#0017c1"/>
    ${textLines(wrapJapanese(SERIES, 16), PAGE_W / 2, 130, 38, { weight: 700, fill: '#00118f' })}
    <circle cx="${PAGE_W / 2}" cy="330" r="62" fill="#0017c1"/>
    ${textLines([`第${ep.episode}話`], PAGE_W / 2, 346, 44, { weight: 700, fill: '#ffffff' })}
    ${textLines(titleLines, PAGE_W / 2, 500, 84, { weight: 700, lineHeight: 1.3 })}
    ${actors}
    ${sampleBadge(PAGE_W - 190, 40)}
    ${textLines(['東京都保健医療局（サンプル作品）'], PAGE_W / 2, PAGE_H - 40, 30, { fill: '#1a1a1a' })}
  </svg>`;
}

/** @param {StoryEpisode} ep */
function drawOg(ep) {
  const titleLines = wrapJapanese(ep.title, 10);
  const actors = ep.cover.actors.map((a, i) => person(a.who, 820 + i * 230, 560, { scale: 1.25 })).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
    <rect width="1200" height="630" fill="#e8f1fe"/><rect width="1200" height="24" fill="#0017c1"/>
    ${actors}
    <text x="64" y="110" font-family="${FONT}" font-size="34" font-weight="700" fill="#00118f">マンガで知る医療DX　第${ep.episode}話</text>
    ${textLines(titleLines, 64, 230, 72, { anchor: 'start', weight: 700, lineHeight: 1.3 })}
    ${textLines(['医療DX東京ナビ'], 64, 570, 34, { anchor: 'start', weight: 700, fill: '#1a1a1a' })}
    ${sampleBadge(64, 420)}
  </svg>`;
}

/**
 * The page's text in reading order, as the schema's transcript lines.
 * @param {StoryPage} page
 * @returns {TranscriptLine[]}
 */
function transcriptOf(page) {
  /** @type {TranscriptLine[]} */
  const lines = [];
  for (const panel of page.panels) {
    for (const item of panel.text ?? []) {
      if ('cap' in item) lines.push({ speaker: 'ナレーション', line: item.cap });
      else if ('say' in item) lines.push({ speaker: speakers[item.who], line: item.say });
      else if ('screen' in item) lines.push({ speaker: '画面の表示', line: item.screen.filter(Boolean).join(' ') });
      else {
        lines.push({ speaker: 'ナレーション', line: `【${item.box}】` });
        // Indented lines continue the item above them.
        /** @type {string[]} */
        const items = [];
        for (const l of item.lines) {
          if (l.startsWith('　') && items.length) items[items.length - 1] += l.trim();
          else items.push(l.trim());
        }
        for (const l of items) lines.push({ speaker: 'ナレーション', line: l });
      }
    }
  }
  return lines;
}

/** A YAML scalar: JSON's double-quoted string is valid YAML. @param {string} s */
const q = (s) => JSON.stringify(s);

/** @param {string} svg @param {string} file @param {boolean} [png] false for sharp's default PNG */
async function writeImage(svg, file, png = true) {
  const image = sharp(Buffer.from(svg));
  await (png ? image.png({ palette: true, colors: 96, effort: 10, compressionLevel: 9 }) : image.png()).toFile(file);
}

for (const ep of episodes) {
  const dir = path.resolve('src/content/manga', ep.slug);
  await mkdir(dir, { recursive: true });
  const pages = [{ svg: drawCover(ep), alt: ep.cover.alt, transcript: ep.cover.transcript }];
  ep.pages.forEach((page, i) => pages.push({ svg: drawPage(page, i + 2), alt: page.alt, transcript: transcriptOf(page) }));
  const yamlPages = [];
  for (const [i, page] of pages.entries()) {
    const name = `page-${String(i + 1).padStart(2, '0')}.png`;
    await writeImage(page.svg, path.join(dir, name));
    yamlPages.push(
      [`  - image: ./${name}`, `    alt: ${q(page.alt)}`, '    layout: single', '    transcript:', ...page.transcript.flatMap((t) => [`      - speaker: ${q(t.speaker)}`, `        line: ${q(t.line)}`])].join('\n'),
    );
  }
  await writeImage(drawOg(ep), path.join(dir, 'og.png'));
  const md = `---
# Sample episode. The page images are drawn by scripts/make-manga-samples.mjs; this text is edited in the CMS (the script writes it only when the file does not exist yet).
title: ${q(ep.title)}
episode: ${ep.episode}
summary: ${q(ep.summary)}
themes:
${ep.themes.map((t) => `  - ${q(t)}`).join('\n')}
direction: ${ep.direction}
ogImage: ./og.png
pages:
${yamlPages.join('\n')}
glossary:
${ep.glossary.map((g) => `  - ${g}`).join('\n')}
references:
${ep.references.map((r) => `  - title: ${q(r.title)}\n    publisher: ${q(r.publisher)}\n    url: ${r.url}`).join('\n')}
published: ${ep.published}
sample: true
---
`;
  // The text belongs to the editors once it exists: never overwrite what was changed in the CMS.
  const entry = path.join(dir, 'index.md');
  if (process.argv.includes('--overwrite-text') || !existsSync(entry)) await writeFile(entry, md);
  else console.log(`${ep.slug}: index.md exists, kept (pass --overwrite-text to rewrite it)`);
  console.log(`${ep.slug}: ${pages.length} pages`);
}
