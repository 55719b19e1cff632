import { describe, expect, it } from 'vitest';
import { barChartSvg, chartLayout, describeBars, type BarChart } from '../../src/lib/charts/bar-chart';
import { adoptionCharts } from '../../src/lib/charts/adoption';

const chart: BarChart = {
  id: 'test-chart',
  title: '病院の電子カルテ導入率',
  max: 100,
  unit: '%',
  bars: [
    { label: '令和8年 病院', value: 74.7, valueText: '74.7%', kind: 'actual' },
    { label: 'R9年度末 病院', value: 92.8, valueText: '92.8%', kind: 'expected' },
    { label: '令和9年度まで 病院', value: 100, valueText: '概ね100%', kind: 'target' },
  ],
};

const rects = (svg: string) => [...svg.matchAll(/<rect class="bar-chart__bar[^"]*" x="0" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('barChartSvg', () => {
  const svg = barChartSvg(chart);
  it('is an image named by its title and described by every value', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="test-chart-title test-chart-desc"/);
    expect(svg).toContain('<title id="test-chart-title">病院の電子カルテ導入率</title>');
    expect(svg).toContain('<desc id="test-chart-desc">令和8年 病院：74.7%（実績）、R9年度末 病院：92.8%（見込み）、令和9年度まで 病院：概ね100%（目標）</desc>');
  });
  it('draws one bar per value, in order, proportional to the value', () => {
    const plot = chartLayout.width - chartLayout.valueRoom;
    expect(rects(svg)).toEqual([74.7, 92.8, 100].map((v) => Math.round((v / 100) * plot * 10) / 10));
  });
  it('labels each bar with its kind in words, not only by fill', () => {
    expect(svg).toContain('令和8年 病院（実績）');
    expect(svg).toContain('R9年度末 病院（見込み）');
    expect(svg).toContain('>概ね100%</text>');
    expect(svg).toContain('fill="url(#test-chart-hatch)"');
  });
  it('labels the axis only at 0 and full scale', () => {
    const ticks = [...svg.matchAll(/<text class="bar-chart__tick"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(ticks).toEqual(['0%', '100%']);
    expect(svg.match(/class="bar-chart__grid"/g)).toHaveLength(3);
  });
  it('grows taller with more bars', () => {
    const height = (s: string) => Number(s.match(/viewBox="0 0 \d+ (\d+)"/)?.[1]);
    expect(height(barChartSvg({ ...chart, bars: chart.bars.slice(0, 1) }))).toBeLessThan(height(svg));
  });
  it('escapes text so content cannot inject markup', () => {
    const out = barChartSvg({ ...chart, title: '<script>&', bars: [{ ...chart.bars[0]!, label: '"A"' }] });
    expect(out).toContain('<title id="test-chart-title">&lt;script&gt;&amp;</title>');
    expect(out).not.toContain('<script>');
    expect(out).toContain('data-label="&quot;A&quot;"');
  });
  it('refuses values outside the axis and unsafe ids', () => {
    expect(() => barChartSvg({ ...chart, bars: [{ ...chart.bars[0]!, value: 101 }] })).toThrow(/outside/);
    expect(() => barChartSvg({ ...chart, bars: [{ ...chart.bars[0]!, value: -1 }] })).toThrow(/outside/);
    expect(() => barChartSvg({ ...chart, id: 'Bad id' })).toThrow(/id/);
  });
  it('describeBars uses the source wording', () => {
    expect(describeBars({ bars: chart.bars.slice(2) })).toBe('令和9年度まで 病院：概ね100%（目標）');
  });
});

describe('adoptionCharts', () => {
  const source = 'テスト出典';
  const periods = [
    { period: '令和12年度まで', year: 2030, kind: 'target' as const, source, figures: [{ series: 'clinic' as const, label: '医科診療所', percent: 100, valueText: '概ね100%' }] },
    { period: '令和8年', year: 2026, kind: 'actual' as const, source, figures: [{ series: 'hospital' as const, label: '病院', percent: 74.7 }, { series: 'clinic' as const, label: '一般診療所', percent: 59.9 }] },
    { period: 'R9年度末', year: 2027, kind: 'expected' as const, source, figures: [{ series: 'hospital' as const, label: '病院', percent: 92.8 }] },
    { period: '令和9年度まで', year: 2027, kind: 'target' as const, source, figures: [{ series: 'hospital' as const, label: '病院', percent: 100, valueText: '概ね100%' }] },
  ];
  it('makes one chart per institution type with bars in time order', () => {
    const charts = adoptionCharts(periods);
    expect(charts.map((c) => c.id)).toEqual(['adoption-hospital', 'adoption-clinic']);
    expect(charts[0]!.rows.map((r) => [r.period, r.valueText, r.kind])).toEqual([
      ['令和8年', '74.7%', 'actual'],
      ['R9年度末', '92.8%', 'expected'],
      ['令和9年度まで', '概ね100%', 'target'],
    ]);
    expect(charts[1]!.rows.map((r) => `${r.period}${r.label}${r.valueText}`)).toEqual(['令和8年一般診療所59.9%', '令和12年度まで医科診療所概ね100%']);
  });
  it('a new year entry adds a bar without code changes', () => {
    const next = [...periods, { period: '令和9年', year: 2027, kind: 'actual' as const, source, figures: [{ series: 'clinic' as const, label: '一般診療所', percent: 65 }] }];
    const clinic = adoptionCharts(next).find((c) => c.series === 'clinic')!;
    expect(clinic.bars.map((b) => b.label)).toEqual(['令和8年 一般診療所', '令和9年 一般診療所', '令和12年度まで 医科診療所']);
    expect(barChartSvg(clinic)).toContain('令和9年 一般診療所（実績）');
  });
  it('omits a chart with no figures', () => {
    expect(adoptionCharts(periods.slice(0, 1)).map((c) => c.series)).toEqual(['clinic']);
  });
});
