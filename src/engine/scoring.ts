import type { GameState, PlayerMetrics, ScoreParts } from './types';

/** One row of the final (or current) standings. */
export interface Standing {
  playerId: string;
  rank: number;
  /** Score in tenths of a point (0..1000). */
  score: number;
  parts: ScoreParts;
  /** The seat's par in tenths of a point, when the scenario sets one (else null). */
  par: number | null;
  /** Score minus par in tenths of a point (what the standings rank by when there is a par), else null. */
  margin: number | null;
}

/** Inputs of the score for one company. */
export interface ScoreInput {
  computeQuarters: number;
  /** Profit so far: AI revenue less running costs and depreciation (unspent cash is not in it). */
  profit: number;
  deployedH100e: number;
  ownSiliconH100e: number;
  /** Facility MW the whole fleet would draw if every chip ran (idle chips included). */
  fleetMw: number;
  powerMw: number;
}

/** Default asset life for the market part's depreciation: 20 quarters (five years). */
export const DEFAULT_ASSET_LIFE_QUARTERS = 20;

/** `value` against `max` in tenths of a percent, 0..1000 (capped: a yardstick may be passed). */
function scaled(value: number, max: number): number {
  return max > 0 ? Math.min(1000, Math.round((1000 * Math.max(0, value)) / max)) : 0;
}

/** The median of a list (mean of the two middle values when even; 0 when empty). */
function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * What the efficiency part measures: deployed H100e per MW the company needs, the larger of its power online and
 * what its whole fleet would draw (so idle chips lower it); 0 with neither.
 */
export function efficiencyPerMw(x: { deployedH100e: number; powerMw: number; fleetMw: number }): number {
  const mw = Math.max(x.powerMw, x.fleetMw);
  return mw > 0 ? x.deployedH100e / mw : 0;
}

/**
 * Score parts (each 0..1000):
 * - capability: cumulative deployed H100e-quarters against the yardstick;
 * - market: profit (AI revenue less running costs and the depreciation of capital spend) against the
 *   yardstick; unspent cash is not profit, a loss scores 0;
 * - independence: deployed own-silicon H100e as a share of a real fleet, the larger of the company's deployed
 *   fleet and the median company's, so a tiny fleet of own chips cannot win it;
 * - efficiency: deployed H100e per MW the company needs (the larger of its power online and what its whole
 *   fleet would draw, so idle chips lower it) against the yardstick.
 * The yardstick is the scenario's `scoring.reference` for the quarter (the typical leader, measured by
 * `npm run par`; a part passing it is capped at 1000), else the best company of the game.
 * The score is their weighted mean.
 */
export function scoreAll(state: GameState, inputs: readonly ScoreInput[]): { score: number; parts: ScoreParts }[] {
  const w = state.scenario.scoring.weights;
  const wsum = w.capability + w.market + w.independence + w.efficiency;
  const eff = inputs.map(efficiencyPerMw);
  // The yardstick: the scenario's typical leader this quarter, else the best company of this game.
  const ref = state.scenario.scoring.reference;
  const at = (xs: readonly number[]) => xs[Math.min(xs.length - 1, state.quarter)] ?? 0;
  const maxCap = ref ? at(ref.capability) : Math.max(0, ...inputs.map((x) => x.computeQuarters));
  const maxMarket = ref ? at(ref.market) : Math.max(0, ...inputs.map((x) => x.profit));
  const maxEff = ref ? at(ref.efficiency) : Math.max(0, ...eff);
  const floor = median(inputs.map((x) => x.deployedH100e));
  return inputs.map((x, i) => {
    const fleet = Math.max(x.deployedH100e, floor);
    const parts: ScoreParts = {
      capability: scaled(x.computeQuarters, maxCap),
      market: scaled(x.profit, maxMarket),
      independence: fleet > 0 ? Math.min(1000, Math.round((1000 * x.ownSiliconH100e) / fleet)) : 0,
      efficiency: scaled(eff[i] as number, maxEff),
    };
    const score = wsum > 0 ? Math.round((w.capability * parts.capability + w.market * parts.market + w.independence * parts.independence + w.efficiency * parts.efficiency) / wsum) : 0;
    return { score, parts };
  });
}

/**
 * This quarter's depreciation of a company's pooled capital: capex over the asset life, straight line, never
 * more than the book value left (whole dollars).
 */
export function depreciation(capex: number, writtenOff: number, lifeQuarters: number): number {
  const life = Math.max(1, Math.round(lifeQuarters));
  return Math.max(0, Math.min(capex - writtenOff, Math.floor(capex / life)));
}

/** Profit so far from a company's running totals: revenue less running costs and capital written off. */
export function profitOf(totals: { revenue: number; running: number; writtenOff: number }): number {
  return totals.revenue - totals.running - totals.writtenOff;
}

/** A par in points (as scenarios give it) in the score's tenths of a point, rounded as the standings round it. */
export function parTenths(points: number): number {
  return Math.round(points * 10);
}

/**
 * Ranks metrics rows. With a par (points per company id) by score minus par, so a seat that starts far behind
 * can still win by beating its par by more than the others beat theirs; then (and without a par) by score,
 * capability and scenario order.
 */
export function rank(metrics: readonly PlayerMetrics[], par?: Readonly<Record<string, number | undefined>>): Standing[] {
  const rows = metrics.map((m, i) => {
    const points = par?.[m.playerId];
    const tenths = points === undefined ? null : parTenths(points);
    return { m, i, par: tenths, margin: tenths === null ? null : m.score - tenths };
  });
  rows.sort((a, b) => (b.margin ?? 0) - (a.margin ?? 0) || b.m.score - a.m.score || b.m.parts.capability - a.m.parts.capability || a.i - b.i);
  return rows.map(({ m, par: p, margin }, k) => ({ playerId: m.playerId, rank: k + 1, score: m.score, parts: m.parts, par: p, margin }));
}

/** Each company's par (points) after quarter q, or undefined when the scenario sets none. */
export function parAt(state: GameState, q: number): Record<string, number | undefined> | undefined {
  const par = state.scenario.scoring.par;
  if (!par) return undefined;
  return Object.fromEntries(state.scenario.companies.map((c) => [c.id, par[c.id]?.[q]]));
}

/** Standings after the last resolved quarter (final once the game is over), against that quarter's par; empty before the first. */
export function finalStandings(state: GameState): Standing[] {
  const last = state.history[state.history.length - 1];
  return last ? rank(last.metrics, parAt(state, last.quarter)) : [];
}
