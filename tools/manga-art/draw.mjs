// SVG drawing primitives for the sample manga: panels, simple flat characters, scenery,
// balloons and narration boxes. Everything is drawn from shapes, so the art is the
// project's own and re-renders identically on any machine with fonts-noto-cjk.
import { escapeHtml } from '../../src/lib/site/escape-html.ts';

export const PAGE_W = 1000;
export const PAGE_H = 1414;
export const FONT = 'Noto Sans CJK JP, Noto Sans JP, sans-serif';
const INK = '#1a1a1a';

// Characters a line may not start with (kinsoku shori), so 、。」 never begin a line.
const noLineStart = '、。，．」』）！？ー…っゃゅょぁぃぅぇぉッャュョァィゥェォ';

/**
 * Splits Japanese text into lines of at most `max` characters, honouring kinsoku and explicit \n.
 * @param {string} text
 * @param {number} max
 * @returns {string[]}
 */
export function wrapJapanese(text, max) {
  const lines = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const ch of [...para]) {
      if ([...line].length >= max && !noLineStart.includes(ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * @param {readonly string[]} lines
 * @param {number} x
 * @param {number} y
 * @param {number} size
 * @param {{ anchor?: string, weight?: number, fill?: string, lineHeight?: number }} [options]
 */
export const textLines = (lines, x, y, size, { anchor = 'middle', weight = 400, fill = INK, lineHeight = 1.4 } = {}) =>
  lines
    .map((l, i) => `<text x="${x}" y="${y + i * size * lineHeight}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeHtml(l)}</text>`)
    .join('');

/**
 * A speech balloon sized to its text, with a tail pointing at (tx, ty).
 * @param {{ text: string, x: number, y: number, size?: number, max?: number, tx?: number | undefined, ty?: number | undefined, shout?: boolean, thought?: boolean | undefined }} balloon
 */
export function balloon({ text, x, y, size = 36, max = 11, tx, ty, shout = false, thought = false }) {
  const lines = wrapJapanese(text, max);
  const longest = Math.max(...lines.map((l) => [...l].length));
  const w = longest * size + size * 1.4;
  const h = lines.length * size * 1.4 + size * 0.9;
  const left = x - w / 2;
  const top = y - h / 2;
  let tail = '';
  if (tx !== undefined && ty !== undefined && !thought) {
    const bx = Math.max(left + 30, Math.min(left + w - 30, tx));
    const by = ty > y ? top + h - 4 : top + 4;
    tail = `<path d="M${bx - 16} ${by} L${tx} ${ty} L${bx + 16} ${by} Z" fill="#fff" stroke="${INK}" stroke-width="3" stroke-linejoin="round"/><path d="M${bx - 13} ${by} L${bx + 13} ${by}" stroke="#fff" stroke-width="6"/>`;
  }
  const body = thought
    ? `<rect x="${left}" y="${top}" width="${w}" height="${h}" rx="${h / 2.2}" fill="#fff" stroke="${INK}" stroke-width="3" stroke-dasharray="10 6"/>`
    : `<rect x="${left}" y="${top}" width="${w}" height="${h}" rx="${Math.min(40, h / 2)}" fill="#fff" stroke="${INK}" stroke-width="${shout ? 5 : 3}"/>`;
  return `<g>${body}${tail}${textLines(lines, x, top + size * 1.25, size)}</g>`;
}

/**
 * Rectangular narration box (caption), top-left of a panel.
 * @param {{ text: string, x: number, y: number, size?: number, max?: number }} caption
 */
export function narration({ text, x, y, size = 32, max = 24 }) {
  const lines = wrapJapanese(text, max);
  const longest = Math.max(...lines.map((l) => [...l].length));
  const w = longest * size + size;
  const h = lines.length * size * 1.4 + size * 0.6;
  return `<g><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#fff8dc" stroke="${INK}" stroke-width="3"/>${textLines(lines, x + size / 2, y + size * 1.15, size, { anchor: 'start' })}</g>`;
}

/**
 * A framed information box (e.g. the list of 3文書6情報).
 * @param {{ title: string, lines: readonly string[], x: number, y: number, w: number, size?: number }} box
 */
export function infoBox({ title, lines, x, y, w, size = 30 }) {
  const h = size * 1.9 + lines.length * size * 1.45 + size * 0.5;
  return `<g><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="12" fill="#e8f1fe" stroke="#0017c1" stroke-width="4"/>
  ${textLines([title], x + w / 2, y + size * 1.35, size + 2, { weight: 700, fill: '#00118f' })}
  ${textLines(lines, x + size * 0.8, y + size * 2.9, size, { anchor: 'start', lineHeight: 1.45 })}</g>`;
}

/** @type {Record<string, { skin: string, hair: string, shirt: string, style: 'bun' | 'bob' | 'pony' | 'short', coat?: boolean, glasses?: boolean, tie?: boolean }>} */
const palettes = {
  hana: { skin: '#f6d7bf', hair: '#d9d9d9', shirt: '#b5838d', style: 'bun' },
  miki: { skin: '#f3cfb3', hair: '#4a3426', shirt: '#6d9dc5', style: 'bob' },
  nurse: { skin: '#f3cfb3', hair: '#2b2b2b', shirt: '#f4a6b8', style: 'bun' },
  drTakahashi: { skin: '#eac3a0', hair: '#2b2b2b', shirt: '#ffffff', style: 'short', coat: true, glasses: true },
  drYamada: { skin: '#f0c8a8', hair: '#8c8c8c', shirt: '#ffffff', style: 'short', coat: true },
  tanaka: { skin: '#ecc5a2', hair: '#2b2b2b', shirt: '#3d5a80', style: 'short', tie: true },
  suzuki: { skin: '#f6d7bf', hair: '#6b4226', shirt: '#e0a458', style: 'pony' },
  drSasaki: { skin: '#f3cfb3', hair: '#3b2a20', shirt: '#ffffff', style: 'bob', coat: true },
  clerk: { skin: '#f3cfb3', hair: '#2b2b2b', shirt: '#9ccfd8', style: 'pony' },
};

/**
 * A simple flat character, head and shoulders, centred at (x, y) = chin point.
 * @param {string} who
 * @param {number} x
 * @param {number} y
 * @param {{ scale?: number | undefined, expr?: string, flip?: boolean | undefined }} [options]
 */
export function person(who, x, y, { scale = 1, expr = 'smile', flip = false } = {}) {
  const p = palettes[who];
  if (!p) throw new Error(`unknown character ${who}`);
  const hairBack = {
    bun: `<circle cx="0" cy="-170" r="34" fill="${p.hair}"/>`,
    bob: `<path d="M-78 -110 Q-86 -40 -60 -20 L60 -20 Q86 -40 78 -110 Z" fill="${p.hair}"/>`,
    pony: `<path d="M60 -120 Q110 -90 90 -20 Q80 -60 55 -80 Z" fill="${p.hair}"/>`,
    short: '',
  }[p.style];
  const hairFront = {
    bun: `<path d="M-72 -100 Q-70 -160 0 -162 Q70 -160 72 -100 Q40 -130 0 -128 Q-40 -130 -72 -100 Z" fill="${p.hair}"/>`,
    bob: `<path d="M-76 -90 Q-74 -165 0 -166 Q74 -165 76 -90 Q30 -135 -20 -120 Q-50 -115 -76 -90 Z" fill="${p.hair}"/>`,
    pony: `<path d="M-74 -95 Q-72 -165 0 -166 Q72 -165 74 -95 Q20 -140 -74 -95 Z" fill="${p.hair}"/>`,
    short: `<path d="M-72 -98 Q-74 -168 0 -168 Q74 -168 72 -98 Q60 -140 0 -140 Q-50 -142 -72 -98 Z" fill="${p.hair}"/>`,
  }[p.style];
  const mouth = {
    smile: '<path d="M-18 -52 Q0 -36 18 -52" stroke="#7a3b2e" stroke-width="4" fill="none" stroke-linecap="round"/>',
    worry: '<path d="M-16 -44 Q0 -54 16 -44" stroke="#7a3b2e" stroke-width="4" fill="none" stroke-linecap="round"/>',
    talk: '<ellipse cx="0" cy="-48" rx="12" ry="9" fill="#7a3b2e"/>',
    surprise: '<circle cx="0" cy="-46" r="10" fill="#7a3b2e"/>',
  }[expr];
  const brows = expr === 'worry' ? '<path d="M-44 -112 L-18 -104 M44 -112 L18 -104" stroke="#333" stroke-width="4" stroke-linecap="round"/>' : '<path d="M-42 -108 Q-30 -114 -18 -108 M42 -108 Q30 -114 18 -108" stroke="#333" stroke-width="4" fill="none" stroke-linecap="round"/>';
  const glasses = p.glasses ? '<g fill="none" stroke="#333" stroke-width="3"><circle cx="-28" cy="-86" r="17"/><circle cx="28" cy="-86" r="17"/><path d="M-11 -86 L11 -86"/></g>' : '';
  const coat = p.coat
    ? `<path d="M-110 60 Q-110 10 -60 -5 L-20 -5 L0 50 L20 -5 L60 -5 Q110 10 110 60 L110 140 L-110 140 Z" fill="#ffffff" stroke="${INK}" stroke-width="3"/><path d="M-20 -5 L0 50 L20 -5" fill="#9ccfd8" stroke="${INK}" stroke-width="3"/>`
    : `<path d="M-110 60 Q-110 10 -60 -5 L60 -5 Q110 10 110 60 L110 140 L-110 140 Z" fill="${p.shirt}" stroke="${INK}" stroke-width="3"/>`;
  const tie = p.tie ? '<path d="M0 -4 L-10 20 L0 70 L10 20 Z" fill="#c44536" stroke="#1a1a1a" stroke-width="2"/>' : '';
  const wrinkles = who === 'hana' ? '<path d="M-50 -70 q6 4 12 0 M50 -70 q-6 4 -12 0" stroke="#c9a58b" stroke-width="3" fill="none"/>' : '';
  return `<g transform="translate(${x} ${y}) scale(${flip ? -scale : scale} ${scale})">
    ${hairBack}${coat}${tie}
    <rect x="-18" y="-30" width="36" height="30" fill="${p.skin}"/>
    <ellipse cx="0" cy="-95" rx="72" ry="78" fill="${p.skin}" stroke="${INK}" stroke-width="3"/>
    ${hairFront}${brows}
    <ellipse cx="-28" cy="-86" rx="7" ry="10" fill="#222"/><ellipse cx="28" cy="-86" rx="7" ry="10" fill="#222"/>
    ${glasses}${wrinkles}${mouth}
  </g>`;
}

/**
 * Scenery behind the characters, drawn inside a panel of size w×h.
 * @param {string} kind
 * @param {number} w
 * @param {number} h
 */
export function scenery(kind, w, h) {
  /** @param {string} c */
  const floor = (c) => `<rect x="0" y="${h * 0.78}" width="${w}" height="${h * 0.22}" fill="${c}"/>`;
  switch (kind) {
    case 'hospital-room':
      return `<rect width="${w}" height="${h}" fill="#eef6f2"/>${floor('#d5e6de')}
        <rect x="${w * 0.62}" y="${h * 0.1}" width="${w * 0.3}" height="${h * 0.38}" fill="#cfe8ff" stroke="#1a1a1a" stroke-width="3"/><path d="M${w * 0.77} ${h * 0.1} V${h * 0.48}" stroke="#1a1a1a" stroke-width="3"/>
        <rect x="${w * 0.05}" y="${h * 0.62}" width="${w * 0.5}" height="${h * 0.14}" rx="10" fill="#ffffff" stroke="#1a1a1a" stroke-width="3"/>`;
    case 'consult':
      return `<rect width="${w}" height="${h}" fill="#f4f7fb"/>${floor('#dfe6ee')}
        <rect x="${w * 0.06}" y="${h * 0.16}" width="${w * 0.28}" height="${h * 0.34}" rx="8" fill="#2f3e46" stroke="#1a1a1a" stroke-width="3"/><rect x="${w * 0.08}" y="${h * 0.19}" width="${w * 0.24}" height="${h * 0.27}" fill="#cde7f0"/>
        <path d="M${w * 0.1} ${h * 0.25} h${w * 0.16} M${w * 0.1} ${h * 0.31} h${w * 0.12} M${w * 0.1} ${h * 0.37} h${w * 0.18}" stroke="#0017c1" stroke-width="5"/>
        <rect x="0" y="${h * 0.62}" width="${w * 0.45}" height="${h * 0.08}" fill="#c8a27a" stroke="#1a1a1a" stroke-width="3"/>`;
    case 'reception':
      return `<rect width="${w}" height="${h}" fill="#fdf6ec"/>${floor('#eadcc8')}
        <rect x="0" y="${h * 0.6}" width="${w}" height="${h * 0.12}" fill="#c8a27a" stroke="#1a1a1a" stroke-width="3"/>
        <text x="${w * 0.08}" y="${h * 0.2}" font-family="${FONT}" font-size="34" font-weight="700" fill="#1a1a1a">受付</text>`;
    case 'card-reader':
      return `<rect width="${w}" height="${h}" fill="#fdf6ec"/>
        <rect x="${w * 0.2}" y="${h * 0.12}" width="${w * 0.6}" height="${h * 0.76}" rx="24" fill="#2f3e46" stroke="#1a1a1a" stroke-width="4"/>
        <rect x="${w * 0.25}" y="${h * 0.18}" width="${w * 0.5}" height="${h * 0.46}" rx="8" fill="#ffffff"/>
        <rect x="${w * 0.33}" y="${h * 0.7}" width="${w * 0.34}" height="${h * 0.1}" rx="6" fill="#9ccfd8" stroke="#1a1a1a" stroke-width="3"/>`;
    case 'home':
      return `<rect width="${w}" height="${h}" fill="#fff4e0"/>${floor('#e7cfa8')}
        <rect x="${w * 0.08}" y="${h * 0.1}" width="${w * 0.26}" height="${h * 0.34}" fill="#cfe8ff" stroke="#1a1a1a" stroke-width="3"/><path d="M${w * 0.21} ${h * 0.1} V${h * 0.44} M${w * 0.08} ${h * 0.27} H${w * 0.34}" stroke="#1a1a1a" stroke-width="3"/>
        <rect x="${w * 0.72}" y="${h * 0.2}" width="${w * 0.18}" height="${h * 0.5}" fill="#b08968" stroke="#1a1a1a" stroke-width="3"/>`;
    case 'office':
      return `<rect width="${w}" height="${h}" fill="#eef1f5"/>${floor('#cfd6df')}
        <rect x="${w * 0.05}" y="${h * 0.58}" width="${w * 0.9}" height="${h * 0.08}" fill="#9aa5b1" stroke="#1a1a1a" stroke-width="3"/>
        <rect x="${w * 0.7}" y="${h * 0.32}" width="${w * 0.2}" height="${h * 0.26}" rx="6" fill="#2f3e46" stroke="#1a1a1a" stroke-width="3"/><rect x="${w * 0.72}" y="${h * 0.35}" width="${w * 0.16}" height="${h * 0.19}" fill="#cde7f0"/>`;
    case 'park':
      return `<rect width="${w}" height="${h}" fill="#dff3ff"/><rect x="0" y="${h * 0.7}" width="${w}" height="${h * 0.3}" fill="#b7e4a8"/>
        <circle cx="${w * 0.85}" cy="${h * 0.4}" r="${h * 0.2}" fill="#6fbf73" stroke="#1a1a1a" stroke-width="3"/><rect x="${w * 0.83}" y="${h * 0.55}" width="${w * 0.04}" height="${h * 0.2}" fill="#8d6e63" stroke="#1a1a1a" stroke-width="3"/>
        <circle cx="${w * 0.12}" cy="${h * 0.2}" r="40" fill="#ffd43d"/>`;
    case 'phone':
      return `<rect width="${w}" height="${h}" fill="#f0f4ff"/>
        <rect x="${w * 0.3}" y="${h * 0.06}" width="${w * 0.4}" height="${h * 0.88}" rx="36" fill="#1a1a1a"/>
        <rect x="${w * 0.32}" y="${h * 0.1}" width="${w * 0.36}" height="${h * 0.78}" rx="12" fill="#ffffff"/>`;
    default:
      return `<rect width="${w}" height="${h}" fill="#ffffff"/>`;
  }
}

/**
 * Text drawn on a phone or card-reader screen (scenery 'phone' / 'card-reader').
 * @param {readonly string[]} lines
 * @param {number} w
 * @param {number} h
 * @param {{ kind?: string | undefined, size?: number }} [options] kind: the panel's scenery (phone when absent)
 */
export function screenText(lines, w, h, { kind = 'phone', size = 30 } = {}) {
  const top = kind === 'phone' ? h * 0.2 : h * 0.28;
  return textLines(lines, w / 2, top, size, { weight: 700, fill: '#00118f', lineHeight: 1.5 });
}

/** @param {number} x @param {number} y */
export const sampleBadge = (x, y) =>
  `<g><rect x="${x}" y="${y}" width="150" height="52" rx="6" fill="#fff3c4" stroke="#9e7700" stroke-width="3"/><text x="${x + 75}" y="${y + 37}" font-family="${FONT}" font-size="30" font-weight="700" fill="#5c4400" text-anchor="middle">サンプル</text></g>`;

export { INK };
