/**
 * The lab's distribution charts: a histogram of one measure over the run's games, base and variant side by
 * side on the same bins, drawn with uPlot (already the debrief's chart library: canvas, no eval, no injected
 * <style>, so the page's CSP holds) and loaded only with the lab.
 */
import uPlot from 'uplot';
// oxlint-disable-next-line import/no-unassigned-import -- uPlot's own stylesheet, bundled as a file (CSP: style-src 'self')
import 'uplot/dist/uPlot.min.css';
import { THEMES } from '../debrief-colors';
import type { MetricRow } from '../../lab/run';

/** Base in a blue-grey, the variant in Okabe-Ito orange: apart in colour and in lightness. */
export const SIDE_COLORS = { base: '#8fb3d9', variant: '#e69f00' } as const;

/** Bin centres of a histogram. */
export function binCentres(d: MetricRow['dist']): number[] {
  const n = d.base.length;
  if (n === 0) return [];
  if (d.hi === d.lo) return [d.lo];
  const w = (d.hi - d.lo) / n;
  return Array.from({ length: n }, (_, k) => d.lo + w * (k + 0.5));
}

/** Draws a histogram of a metric into a box; returns the plot (destroy() frees it). */
export function drawHistogram(m: MetricRow, box: HTMLElement, width: number, height: number, labels: { base: string; variant: string; games: string }, format: (x: number) => string): uPlot {
  const th = THEMES.dark;
  const xs = binCentres(m.dist);
  const n = xs.length;
  const step = n > 1 ? (xs[1] as number) - (xs[0] as number) : 1;
  const unit = 1 as uPlot.Series.BarsPathBuilderFacetUnit;
  const bars = (index: number): uPlot.Series.PathBuilder =>
    uPlot.paths.bars?.({
      disp: {
        x0: { unit, values: (u) => (u.data[0] as number[]).map((x) => x - step * 0.45 + index * step * 0.45) },
        size: { unit, values: (u) => (u.data[0] as number[]).map(() => step * 0.42) },
      },
    }) as uPlot.Series.PathBuilder;
  // At most four labelled ticks (three on a narrow chart), so money labels like $146.3B never touch.
  const every = Math.max(1, Math.ceil(n / (width < 360 ? 3 : 4)));
  const font = '12px system-ui, sans-serif';
  const opts: uPlot.Options = {
    width,
    height,
    pxAlign: 0,
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    legend: { show: true, live: false },
    scales: {
      x: { time: false, range: () => (n > 0 ? [(xs[0] as number) - step / 2, (xs[n - 1] as number) + step / 2] : [0, 1]) },
      y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
    },
    axes: [
      { stroke: th.text, font, grid: { show: false }, ticks: { stroke: th.grid, width: 1 }, splits: () => xs.filter((_, k) => k % every === 0), values: (_u, splits) => splits.map((x) => format(x)), gap: 4 },
      { stroke: th.text, font, grid: { stroke: th.grid, width: 1 }, ticks: { stroke: th.grid, width: 1 }, label: labels.games, labelFont: font, labelSize: 16, size: 44, gap: 4 },
    ],
    series: [
      {},
      { label: labels.base, stroke: SIDE_COLORS.base, fill: SIDE_COLORS.base, width: 0, paths: bars(0), points: { show: false } },
      { label: labels.variant, stroke: SIDE_COLORS.variant, fill: SIDE_COLORS.variant, width: 0, paths: bars(1), points: { show: false } },
    ],
  };
  return new uPlot(opts, [xs, m.dist.base, m.dist.variant], box);
}
