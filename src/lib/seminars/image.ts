/**
 * The 1,920 × 1,080 image of a session (structured data and sharing), as SVG: the build turns
 * it into PNG. Text only from the entry, XML-escaped; titles wrap by character count, which
 * is exact enough for Japanese set in a fixed size.
 */
import { escapeHtml } from '../site/escape-html';

export const SESSION_IMAGE = { width: 1920, height: 1080 } as const;

/** Splits `text` into lines of at most `perLine` characters, at most `maxLines` (the last ends in …). */
export function wrapText(text: string, perLine: number, maxLines: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length && lines.length < maxLines; i += perLine) lines.push(chars.slice(i, i + perLine).join(''));
  if (chars.length > perLine * maxLines) lines[maxLines - 1] = `${[...lines[maxLines - 1]!].slice(0, perLine - 1).join('')}…`;
  return lines;
}

export interface SessionImageText {
  kind: string;
  title: string;
  when: string;
  /** 【中止】 etc., or '' */
  lifecycle: string;
  site: string;
}

export function sessionImageSvg({ kind, title, when, lifecycle, site }: SessionImageText): string {
  const { width, height } = SESSION_IMAGE;
  const font = `font-family="Noto Sans CJK JP, Noto Sans JP, sans-serif"`;
  const titleLines = wrapText(`${lifecycle}${title}`, 22, 3)
    .map((line, i) => `<text x="160" y="${380 + i * 100}" ${font} font-size="76" font-weight="700" fill="#1a1a1a">${escapeHtml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#00118f"/><rect x="80" y="80" width="${width - 160}" height="${height - 160}" fill="#ffffff"/><text x="160" y="240" ${font} font-size="52" fill="#00118f">${escapeHtml(kind)}</text>${titleLines}<text x="160" y="800" ${font} font-size="56" fill="#1a1a1a">${escapeHtml(when)}</text><text x="160" y="930" ${font} font-size="44" fill="#555555">${escapeHtml(site)}</text></svg>`;
}
