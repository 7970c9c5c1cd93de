/**
 * The debrief's charts, drawn with uPlot (canvas; no eval, no injected <style>: it only sets element.style
 * through the CSSOM, which the page's CSP allows). Each chart has the series' names in its legend, a
 * dash pattern per line, and the export rules' dates as dashed vertical markers tagged R1, R2, ...
 */
import { vendorStyle } from '../store/scenario-look';
import { groupName } from '../text/scenario-words';
import uPlot from 'uplot';
// oxlint-disable-next-line import/no-unassigned-import -- uPlot's own stylesheet, bundled as a file (CSP: style-src 'self')
import 'uplot/dist/uPlot.min.css';
import { quarterLabel } from '../engine/time';
import type { Scenario } from '../engine/types';
import { THEMES, dashFor, readable, regionColors, skuColors, type ChartTheme } from './debrief-colors';
import type { CompanySeries, PriceSeries, RegionSeries, RuleMarker } from './debrief-data';
import { TAG_FONT_PX, chartRuleMarkers, markerPlugin, tagBandPx } from './rule-markers';
import { t } from '../text/i18n';
import { formatInt, formatMoney, locale } from '../text/i18n/format';
import { margin } from '../text/format';

/** A chart to draw: its series over the x values, and how to draw and label them. */
export interface ChartSpec {
  id: 'compute' | 'prices' | 'allocations' | 'spendRevenue' | 'regions' | 'par';
  x: number[];
  series: { label: string; values: (number | null)[]; color: string; dash: number[]; bars?: { index: number; of: number } }[];
  /** Tick labels of the x axis by x value. */
  xLabel: (x: number) => string;
  /** The x axis is names (companies), not quarters: its labels are shortened rather than thinned. */
  xNames?: true;
  yFormat: (v: number) => string;
  /** Rule markers are drawn on time charts only. */
  markers: { x: number; tag: string }[];
}

const compact = (v: number): string => new Intl.NumberFormat(locale(), { notation: 'compact', maximumFractionDigits: 1 }).format(v);

/** Tags R1, R2, ... by rule id, in the order the rules first appear on the axis. */
export function ruleTags(markers: readonly RuleMarker[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const m of markers) if (!tags.has(m.id)) tags.set(m.id, `R${tags.size + 1}`);
  return tags;
}

/** The chart specs for a theme: five, and score against par when the scenario sets a par. */
export function chartSpecs(
  scenario: Scenario,
  quarters: number[],
  data: { companies: CompanySeries[]; prices: PriceSeries[]; regions: RegionSeries[]; rules: RuleMarker[] },
  theme: ChartTheme,
): ChartSpec[] {
  const bg = THEMES[theme].background;
  const qLabel = (x: number) => (Number.isInteger(x) && x >= 0 ? quarterLabel(scenario, x) : '');
  const tags = ruleTags(data.rules);
  // A rule lands at the start of its quarter: half a step before the quarter's point. None for a rule never in force.
  const markers = chartRuleMarkers(scenario, data.rules).map((m) => ({ x: m.quarter - 0.5, tag: m.edge === 'start' ? (tags.get(m.id) ?? '') : t('debrief.rules.tagEnd', { tag: tags.get(m.id) ?? '' }) }));
  const companyColor = data.companies.map((c) => readable(c.color, bg));
  const n = data.companies.length;
  const skuCol = skuColors(data.prices.map((p) => p.vendor), theme, (v) => vendorStyle(scenario, v));
  const regionCol = regionColors(data.regions.map((r) => r.group.region ?? r.region), theme);
  const th = THEMES[theme];
  const totals = (k: 'spend' | 'revenue') => data.companies.map((c) => c[k].reduce((a, b) => a + b, 0));
  return [
    {
      id: 'compute',
      x: quarters,
      series: data.companies.map((c, i) => ({ label: c.name, values: c.computeH100e, color: companyColor[i] as string, dash: dashFor(i) })),
      xLabel: qLabel,
      yFormat: compact,
      markers,
    },
    {
      id: 'prices',
      x: quarters,
      series: data.prices.map((p, i) => ({ label: p.name, values: p.prices, color: skuCol[i] as string, dash: dashFor(i) })),
      xLabel: qLabel,
      yFormat: formatMoney,
      markers,
    },
    {
      id: 'allocations',
      x: quarters,
      series: data.companies.map((c, i) => ({ label: c.name, values: c.unitsWon, color: companyColor[i] as string, dash: [], bars: { index: i, of: n } })),
      xLabel: qLabel,
      yFormat: compact,
      markers,
    },
    {
      id: 'spendRevenue',
      x: data.companies.map((_, i) => i),
      series: [
        { label: t('debrief.legend.spend'), values: totals('spend'), color: th.spend, dash: [], bars: { index: 0, of: 2 } },
        { label: t('debrief.legend.revenue'), values: totals('revenue'), color: th.revenue, dash: [], bars: { index: 1, of: 2 } },
      ],
      xLabel: (x) => (Number.isInteger(x) ? shortName(data.companies[x]?.name ?? '') : ''),
      xNames: true,
      yFormat: formatMoney,
      markers: [],
    },
    {
      id: 'regions',
      x: quarters,
      series: data.regions.map((r, i) => ({ label: groupName(scenario, r.group), values: r.computeH100e, color: regionCol[i] ?? '#999999', dash: dashFor(i) })),
      xLabel: qLabel,
      yFormat: compact,
      markers,
    },
    ...(scenario.scoring.par
      ? [
          {
            id: 'par' as const,
            x: quarters,
            series: data.companies.map((c, i) => ({ label: c.name, values: c.margin.map((v) => (v === null ? null : v / 10)), color: companyColor[i] as string, dash: dashFor(i) })),
            xLabel: qLabel,
            yFormat: (v: number) => margin(Math.round(v * 10)),
            markers,
          },
        ]
      : []),
  ];
}

/** A company name cut for an axis tick: up to the first parenthesis, at most 14 characters. */
export function shortName(name: string): string {
  const base = name.split('(')[0]?.trim() || name;
  return base.length > 14 ? `${base.slice(0, 13)}…` : base;
}

/** The x range: half a step either side, so bars fit and a rule at the first quarter shows. */
function xRange(x: readonly number[]): [number, number] {
  const lo = x.length ? Math.min(...x) : 0;
  const hi = x.length ? Math.max(...x) : 0;
  return [lo - 0.5, hi + 0.5];
}

/** A CSS border style close to a series' dash pattern, for its legend swatch. */
export function markerDash(s: ChartSpec['series'][number] | undefined): string {
  if (!s || s.bars || s.dash.length === 0) return 'solid';
  return (s.dash[0] ?? 0) <= 2 ? 'dotted' : 'dashed';
}

/** About how wide a label is in the axes' 12 px type (a character is about 7 px at most). */
const CHAR_PX = 7;
const LABEL_GAP_PX = 8;
/** The y axis's tick length (uPlot's default) and the gap between the tick and its label. */
const Y_TICK_PX = 10;
const Y_GAP_PX = 4;

/**
 * X labels that fit their share of the plot's width: all of them when they fit; names cut to fit with "…"
 * when at least five characters fit; otherwise every k-th label (quarters), so that none runs into the next.
 */
export function fitXLabels(labels: readonly string[], plotWidth: number, kind: 'names' | 'quarters'): string[] {
  const n = labels.length;
  if (n <= 1) return [...labels];
  const per = Math.max(1, plotWidth) / n;
  const fits = Math.floor((per - LABEL_GAP_PX) / CHAR_PX);
  const longest = Math.max(...labels.map((l) => l.length));
  if (longest <= fits) return [...labels];
  if (kind === 'names' && fits >= 5) return labels.map((l) => (l.length <= fits ? l : `${l.slice(0, fits - 1).trimEnd()}…`));
  const every = Math.ceil((longest * CHAR_PX + LABEL_GAP_PX) / per);
  return labels.map((l, i) => (i % every === 0 ? l : ''));
}

/** Room left of the y labels, so that their first glyph is never flush with the chart's edge. */
const Y_LABEL_MARGIN_PX = 4;
/** The y axis's width before its labels are known (uPlot asks once before it has formatted any). */
const Y_AXIS_GUESS_PX = 62;

let measurer: CanvasRenderingContext2D | null | undefined;

/**
 * How wide a text is in a CSS font, in CSS pixels: measured on a canvas of its own (uPlot's context caches the
 * font it last set, so it is left alone); outside a browser, the axes' type's widest character times the length.
 */
function textWidth(text: string, font: string): number {
  if (measurer === undefined) measurer = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * CHAR_PX;
  measurer.font = font;
  return measurer.measureText(text).width;
}

/**
 * The y axis's width for its labels: the tick, the gap and the widest label ("30,0 Tsd. $", "−12,5"), so that no
 * label is cut at the chart's left edge in any language (a fixed 62 px cut German money labels).
 */
export function yAxisSize(labels: readonly (string | number | null)[] | null, font: string, tick: number, gap: number): number {
  if (!labels) return Y_AXIS_GUESS_PX;
  const widest = Math.max(0, ...labels.map((l) => (l === null ? 0 : textWidth(String(l), font))));
  return Math.ceil(tick + gap + widest + Y_LABEL_MARGIN_PX);
}

/** uPlot options for a spec at a size. */
export function chartOptions(spec: ChartSpec, theme: ChartTheme, width: number, height: number): uPlot.Options {
  const th = THEMES[theme];
  const axisFont = '12px system-ui, sans-serif';
  const xs = spec.x;
  // The plot's width in CSS pixels once uPlot has laid out the axes (before that, the width less a guessed y axis).
  const plotWidth = (u: uPlot): number => (u.bbox?.width ? u.bbox.width / uPlot.pxRatio : width - Y_AXIS_GUESS_PX);
  const bars = (index: number, of: number): uPlot.Series.PathBuilder => {
    const group = 0.8;
    const w = group / of;
    const unit = 1 as uPlot.Series.BarsPathBuilderFacetUnit;
    return uPlot.paths.bars?.({
      disp: {
        x0: { unit, values: (u) => (u.data[0] as number[]).map((x) => x - group / 2 + index * w) },
        size: { unit, values: (u) => (u.data[0] as number[]).map(() => w * 0.92) },
      },
    }) as uPlot.Series.PathBuilder;
  };
  // The rule tags get a band above the plot (rule-markers.ts), its rows reckoned on a plot narrower than it will be.
  const band = tagBandPx(spec.markers, xRange(xs), width - Y_AXIS_GUESS_PX - 40, (tag) => textWidth(tag, `600 ${TAG_FONT_PX}px system-ui, sans-serif`));
  return {
    width,
    height,
    pxAlign: 0,
    ...(band === null ? {} : { padding: [band, null, null, null] as uPlot.Padding }),
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    legend: {
      show: true,
      live: false,
      // The legend's swatch repeats the line's dash (solid, dashed, dotted), so a series is not told by colour alone.
      markers: { width: 2, dash: (_u, i) => markerDash(spec.series[i - 1]), fill: (_u, i) => (spec.series[i - 1]?.bars ? (spec.series[i - 1]?.color ?? '') : 'transparent') },
    },
    scales: { x: { time: false, range: () => xRange(xs) }, y: { range: (_u, min, max) => [Math.min(0, min * 1.08), max > 0 ? max * 1.08 : 1] } },
    axes: [
      {
        stroke: th.text,
        font: axisFont,
        grid: { show: false },
        ticks: { stroke: th.grid, width: 1 },
        splits: () => [...xs],
        // Labels never run together: shortened to their share of the plot's width (names), or every k-th (quarters).
        values: (u, splits) => fitXLabels(splits.map((x) => spec.xLabel(x)), plotWidth(u), spec.xNames ? 'names' : 'quarters'),
        gap: 4,
      },
      {
        stroke: th.text,
        font: axisFont,
        grid: { stroke: th.grid, width: 1 },
        ticks: { stroke: th.grid, width: 1, size: Y_TICK_PX },
        values: (_u, splits) => splits.map((v) => spec.yFormat(v)),
        // As wide as its widest label (uPlot asks again until the sizes settle).
        size: (_u, values) => yAxisSize(values, axisFont, Y_TICK_PX, Y_GAP_PX),
        gap: Y_GAP_PX,
      },
    ],
    series: [
      {},
      ...spec.series.map((s) =>
        s.bars
          ? { label: s.label, stroke: s.color, fill: s.color, width: 0, paths: bars(s.bars.index, s.bars.of), points: { show: false } }
          : { label: s.label, stroke: s.color, width: 2.25, dash: s.dash, spanGaps: false, points: { show: true, size: 6, stroke: s.color, fill: th.background } },
      ),
    ],
    plugins: spec.markers.length ? [markerPlugin(spec.markers, th.rule)] : [],
  };
}

/** A drawn chart; destroy() frees it. */
export interface DrawnChart {
  spec: ChartSpec;
  plot: uPlot;
}

/** Draws a spec into a box (the legend goes under the plot). */
export function drawChart(spec: ChartSpec, theme: ChartTheme, box: HTMLElement, width: number, height: number): DrawnChart {
  const data: uPlot.AlignedData = [spec.x, ...spec.series.map((s) => s.values)];
  const plot = new uPlot(chartOptions(spec, theme, width, height), data, box);
  return { spec, plot };
}

/** A short, formatted range for a chart's accessible summary (largest value shown). */
export function peakText(spec: ChartSpec): string {
  let max = 0;
  for (const s of spec.series) for (const v of s.values) if (typeof v === 'number' && v > max) max = v;
  if (spec.id === 'par') return margin(Math.round(max * 10));
  return spec.id === 'prices' || spec.id === 'spendRevenue' ? formatMoney(max) : formatInt(max);
}
