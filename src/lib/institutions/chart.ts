/**
 * The dashboard's 区市町村 chart: the share of facilities with one DX feature in each 区市町村,
 * from the same institutions data as the finder, as a build-time SVG (one row per 区市町村,
 * the name left of its bar so 62 rows stay readable on a phone) plus the rows for the table.
 */
import { featureBit, type InstitutionFeature } from './filter';
import type { InstitutionItem } from './view';
import { groupByWard } from './view';
import { municipalityName } from '../../schemas/municipalities';
import { escapeHtml } from '../site/escape-html';

export interface ShareRow {
  readonly slug: string;
  readonly name: string;
  readonly total: number;
  readonly count: number;
  /** Percentage, one decimal. */
  readonly percent: number;
}

export function shareByWard(items: readonly InstitutionItem[], feature: InstitutionFeature): ShareRow[] {
  const bit = featureBit(feature);
  return [...groupByWard(items)].map(([slug, list]) => {
    const count = list.filter((item) => item.mask & bit).length;
    return { slug, name: municipalityName(slug), total: list.length, count, percent: Math.round((count / list.length) * 1000) / 10 };
  });
}

const layout = { width: 360, label: 104, row: 22, gap: 4, top: 4, valueRoom: 52, fontSize: 13 } as const;

export function shareChartSvg(id: string, title: string, rows: readonly ShareRow[]): string {
  const barWidth = layout.width - layout.label - layout.valueRoom;
  const height = layout.top * 2 + rows.length * (layout.row + layout.gap);
  const body = rows
    .map((row, i) => {
      const y = layout.top + i * (layout.row + layout.gap);
      const w = Math.max(1, Math.round((row.percent / 100) * barWidth * 10) / 10);
      const text = y + layout.row / 2 + layout.fontSize / 2 - 2;
      return `<g class="share-chart__row" data-slug="${row.slug}" data-value="${row.percent}"><text class="share-chart__label" x="${layout.label - 6}" y="${text}" text-anchor="end">${escapeHtml(row.name)}</text><rect class="share-chart__bar" x="${layout.label}" y="${y}" width="${w}" height="${layout.row}"/><text class="share-chart__value" x="${layout.label + w + 4}" y="${text}">${row.percent}%</text></g>`;
    })
    .join('');
  const desc = rows.map((row) => `${row.name}${row.percent}%`).join('、');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="share-chart" viewBox="0 0 ${layout.width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-size="${layout.fontSize}"><title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>${body}</svg>`;
}
