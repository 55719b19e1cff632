/**
 * Build-time SVG bar charts: chart data in, an accessible SVG string out. Horizontal bars
 * because Japanese period labels (「令和12年度まで」) are long and phones are narrow.
 * Kinds differ by fill pattern and by the words in the label, never by colour alone.
 * Styling comes from classes (`bar-chart__…`) so the page's CSS (and forced-colors) can
 * restyle it and no inline style attributes trip a strict CSP.
 */

import type { BarKind } from '../../schemas/vocabularies';
import { escapeHtml } from '../site/escape-html';

export type { BarKind };

export const barKindLabels: Record<BarKind, string> = {
  actual: '実績',
  expected: '見込み',
  target: '目標',
};

export interface Bar {
  /** Category label as the source words it (「令和8年」). */
  readonly label: string;
  readonly value: number;
  /** How the value is written in the source (「74.7%」「概ね100%」). */
  readonly valueText: string;
  readonly kind: BarKind;
}

export interface BarChart {
  /** Unique on the page; prefixes the ids of <title> and <desc>. */
  readonly id: string;
  readonly title: string;
  /** Full scale of the axis (100 for percentages). */
  readonly max: number;
  readonly unit: string;
  readonly bars: readonly Bar[];
}

export const chartLayout = {
  width: 360,
  labelHeight: 22,
  barHeight: 26,
  rowGap: 14,
  top: 8,
  axisHeight: 28,
  /** Room to the right of the longest bar for its value text. */
  valueRoom: 84,
  fontSize: 14,
} as const;


const round = (n: number) => Math.round(n * 10) / 10;

/** One sentence per bar, the same words the data table shows. */
export function describeBars(chart: Pick<BarChart, 'bars'>): string {
  return chart.bars.map((bar) => `${bar.label}：${bar.valueText}（${barKindLabels[bar.kind]}）`).join('、');
}

export function barChartSvg(chart: BarChart): string {
  if (!/^[a-z][a-z0-9-]*$/.test(chart.id)) throw new Error(`chart id must be lowercase ASCII: ${chart.id}`);
  if (!(chart.max > 0)) throw new Error('chart max must be positive');
  for (const bar of chart.bars) {
    if (!Number.isFinite(bar.value) || bar.value < 0 || bar.value > chart.max) {
      throw new Error(`bar "${bar.label}" value ${bar.value} is outside 0–${chart.max}`);
    }
  }
  const L = chartLayout;
  const plotWidth = L.width - L.valueRoom;
  const rowHeight = L.labelHeight + L.barHeight + L.rowGap;
  const plotBottom = L.top + chart.bars.length * rowHeight;
  const height = plotBottom + L.axisHeight;
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;

  // Gridlines at 0, half and full scale; only the ends are labelled, so the chart adds no
  // number the source does not state (the values themselves are written beside the bars).
  const ticks = [0, 0.5, 1].map((f) => {
    const x = round(f * plotWidth);
    const line = `<line class="bar-chart__grid" x1="${x}" y1="${L.top}" x2="${x}" y2="${plotBottom}"/>`;
    if (f === 0.5) return line;
    const anchor = f === 0 ? 'start' : 'end';
    return line + `<text class="bar-chart__tick" x="${x}" y="${plotBottom + 20}" text-anchor="${anchor}" font-size="${L.fontSize - 2}">${round(f * chart.max)}${escapeHtml(chart.unit)}</text>`;
  });

  const rows = chart.bars.map((bar, index) => {
    const y = L.top + index * rowHeight;
    const barY = y + L.labelHeight;
    const width = round((bar.value / chart.max) * plotWidth);
    return (
      `<g class="bar-chart__row bar-chart__row--${bar.kind}" data-label="${escapeHtml(bar.label)}" data-value="${bar.value}">` +
      `<text class="bar-chart__label" x="0" y="${y + L.labelHeight - 6}" font-size="${L.fontSize}">${escapeHtml(bar.label)}（${barKindLabels[bar.kind]}）</text>` +
      `<rect class="bar-chart__bar bar-chart__bar--${bar.kind}" x="0" y="${barY}" width="${width}" height="${L.barHeight}"${bar.kind === 'expected' ? ` fill="url(#${chart.id}-hatch)"` : ''}/>` +
      `<text class="bar-chart__value" x="${round(width + 6)}" y="${barY + L.barHeight / 2 + 5}" font-size="${L.fontSize}">${escapeHtml(bar.valueText)}</text>` +
      `</g>`
    );
  });

  // Hatching for 見込み: a pattern, so the kinds stay apart in greyscale and for colour-blind readers.
  const defs =
    `<defs><pattern id="${chart.id}-hatch" class="bar-chart__hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect class="bar-chart__hatch-bg" width="8" height="8"/><line class="bar-chart__hatch-line" x1="0" y1="0" x2="0" y2="8"/></pattern></defs>`;

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" viewBox="0 0 ${L.width} ${height}" width="${L.width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" data-chart="${chart.id}">` +
    `<title id="${titleId}">${escapeHtml(chart.title)}</title>` +
    `<desc id="${descId}">${escapeHtml(describeBars(chart))}</desc>` +
    defs +
    ticks.join('') +
    rows.join('') +
    `</svg>`
  );
}
