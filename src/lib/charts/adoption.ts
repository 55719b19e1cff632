/**
 * Turns the adoption collection (one entry per period, as staff enter it) into one bar
 * chart per institution type. Adding an entry for a new year adds a bar; no code changes.
 */
import type { BarChart, BarKind } from './bar-chart';

export interface AdoptionFigureInput {
  readonly series: 'hospital' | 'clinic';
  readonly label: string;
  readonly percent: number;
  readonly valueText?: string | undefined;
}
export interface AdoptionPeriodInput {
  readonly period: string;
  readonly year: number;
  readonly kind: BarKind;
  readonly figures: readonly AdoptionFigureInput[];
  readonly source: string;
}

export const seriesTitles = {
  hospital: '病院の電子カルテ導入率',
  clinic: '診療所の電子カルテ導入率',
} as const;

const kindOrder: Record<BarKind, number> = { actual: 0, expected: 1, target: 2 };

export interface AdoptionRow {
  readonly period: string;
  readonly label: string;
  readonly kind: BarKind;
  readonly percent: number;
  readonly valueText: string;
  readonly source: string;
}

export interface AdoptionChart extends BarChart {
  readonly series: 'hospital' | 'clinic';
  readonly rows: readonly AdoptionRow[];
  readonly sources: readonly string[];
}

/** `74.7` → 「74.7%」, keeping the source's own wording when it has one (「概ね100%」). */
export const percentText = (figure: Pick<AdoptionFigureInput, 'percent' | 'valueText'>) => figure.valueText ?? `${figure.percent}%`;

export function adoptionCharts(periods: readonly AdoptionPeriodInput[]): AdoptionChart[] {
  const ordered = [...periods].sort((a, b) => a.year - b.year || kindOrder[a.kind] - kindOrder[b.kind]);
  return (['hospital', 'clinic'] as const).flatMap((series) => {
    const rows: AdoptionRow[] = ordered.flatMap((period) =>
      period.figures
        .filter((figure) => figure.series === series)
        .map((figure) => ({
          period: period.period,
          label: figure.label,
          kind: period.kind,
          percent: figure.percent,
          valueText: percentText(figure),
          source: period.source,
        })),
    );
    if (rows.length === 0) return [];
    return [
      {
        id: `adoption-${series}`,
        series,
        title: seriesTitles[series],
        max: 100,
        unit: '%',
        bars: rows.map((row) => ({ label: `${row.period} ${row.label}`, value: row.percent, valueText: row.valueText, kind: row.kind })),
        rows,
        sources: [...new Set(rows.map((row) => row.source))],
      },
    ];
  });
}

/**
 * The home page's headline figures, from the same entries as the dashboard: every figure of
 * the latest actual period (令和8年 病院74.7%…), then each series' target. Expected values stay
 * on the dashboard, where the chart says what they are.
 */
export function headlineFigures(periods: readonly AdoptionPeriodInput[]): AdoptionRow[] {
  const latestActual = [...periods].filter((p) => p.kind === 'actual').sort((a, b) => b.year - a.year)[0];
  const targets = [...periods].filter((p) => p.kind === 'target').sort((a, b) => a.year - b.year);
  return [latestActual, ...targets].flatMap((period) =>
    period
      ? period.figures.map((figure) => ({ period: period.period, label: figure.label, kind: period.kind, percent: figure.percent, valueText: percentText(figure), source: period.source }))
      : [],
  );
}
