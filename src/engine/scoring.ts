import type { GameState, PlayerMetrics, ScoreParts } from './types';

/** One row of the final (or current) standings. */
export interface Standing {
  playerId: string;
  rank: number;
  /** Score in tenths of a point (0..1000). */
  score: number;
  parts: ScoreParts;
}

/** Inputs of the score for one company. */
export interface ScoreInput {
  computeQuarters: number;
  cash: number;
  revenue: number;
  deployedH100e: number;
  ownSiliconH100e: number;
  powerMw: number;
}

function scaled(value: number, max: number): number {
  return max > 0 ? Math.round((1000 * Math.max(0, value)) / max) : 0;
}

/**
 * Score parts (each 0..1000): capability = cumulative deployed H100e-quarters against the best; market = cash
 * plus AI revenue earned against the best; independence = share of deployed compute on own silicon;
 * efficiency = deployed H100e per MW against the best. The score is their weighted mean.
 */
export function scoreAll(state: GameState, inputs: readonly ScoreInput[]): { score: number; parts: ScoreParts }[] {
  const w = state.scenario.scoring.weights;
  const wsum = w.capability + w.market + w.independence + w.efficiency;
  const eff = inputs.map((x) => (x.powerMw > 0 ? x.deployedH100e / x.powerMw : 0));
  const maxCap = Math.max(0, ...inputs.map((x) => x.computeQuarters));
  const maxMarket = Math.max(0, ...inputs.map((x) => x.cash + x.revenue));
  const maxEff = Math.max(0, ...eff);
  return inputs.map((x, i) => {
    const parts: ScoreParts = {
      capability: scaled(x.computeQuarters, maxCap),
      market: scaled(x.cash + x.revenue, maxMarket),
      independence: x.deployedH100e > 0 ? Math.round((1000 * x.ownSiliconH100e) / x.deployedH100e) : 0,
      efficiency: scaled(eff[i] as number, maxEff),
    };
    const score = wsum > 0 ? Math.round((w.capability * parts.capability + w.market * parts.market + w.independence * parts.independence + w.efficiency * parts.efficiency) / wsum) : 0;
    return { score, parts };
  });
}

/** Ranks metrics rows: score, then capability, then scenario order. */
export function rank(metrics: readonly PlayerMetrics[]): Standing[] {
  const rows = metrics.map((m, i) => ({ m, i }));
  rows.sort((a, b) => b.m.score - a.m.score || b.m.parts.capability - a.m.parts.capability || a.i - b.i);
  return rows.map(({ m }, k) => ({ playerId: m.playerId, rank: k + 1, score: m.score, parts: m.parts }));
}

/** Standings after the last resolved quarter (final once the game is over); empty before the first. */
export function finalStandings(state: GameState): Standing[] {
  const last = state.history[state.history.length - 1];
  return last ? rank(last.metrics) : [];
}
