/**
 * What the game-over line needs beyond the engine's gameOverLine, read from the final quarter's record (never
 * recomputed): the part that cost a company the most score points against the game's best in that part, and
 * the cash its last orders left unspent.
 */
import { SCORE_PARTS, type ScorePart } from '../../engine/score-story';
import type { GameState, PlayerMetrics } from '../../engine/types';

/** The part that cost the most, its value and the game's best (0..1000 each, as the final table shows them), and the numbers behind it. */
export interface WeakestPart {
  part: ScorePart;
  mine: number;
  best: number;
  /** The company with the game's best value in that part (ties: the first in the scenario's order). */
  bestId: string;
  /** The raw numbers behind capability (H100e-quarters) or market (profit, $), mine and the best company's; null for the other parts. */
  raw: { mine: number; best: number } | null;
}

function computeQuarters(game: GameState, id: string): number {
  const i = game.scenario.companies.findIndex((c) => c.id === id);
  return game.players[i]?.totals.computeQuarters ?? 0;
}

/**
 * The part where the company lost the most score points against the game's best company in that part: the
 * part's weight times the gap (the par is one number per seat, with no parts, so the game's best is what
 * the part can be measured against). Null when no quarter was played or the company is the best in every part.
 */
export function weakestPart(game: GameState, playerId: string): WeakestPart | null {
  const last = game.history[game.history.length - 1];
  const me = last?.metrics.find((m) => m.playerId === playerId);
  if (!last || !me) return null;
  const w = game.scenario.scoring.weights;
  let out: WeakestPart | null = null;
  let lost = 0;
  for (const k of SCORE_PARTS) {
    const top = last.metrics.reduce<PlayerMetrics | null>((a, m) => (!a || m.parts[k] > a.parts[k] ? m : a), null);
    if (!top) continue;
    const cost = w[k] * (top.parts[k] - me.parts[k]);
    if (cost <= lost) continue;
    lost = cost;
    const raw = k === 'capability' ? { mine: computeQuarters(game, playerId), best: computeQuarters(game, top.playerId) } : k === 'market' ? { mine: me.profit, best: top.profit } : null;
    out = { part: k, mine: me.parts[k], best: top.parts[k], bestId: top.playerId, raw };
  }
  return out;
}

/**
 * The cash a company's last orders left unspent, when it is a lot: at least its last quarter's new budget, a whole
 * quarter's money never spent (cash left at the end scores nothing: the market part counts profit). The last
 * quarter's AI revenue is not counted: it arrives with the last reveal, after the last orders, so no player could
 * have spent it (a leader's last revenue alone can be more than a quarter's budget). With it, what reconciles
 * that with the cash the reveal and the debrief show at the end: `left` plus the last quarter's AI revenue
 * (`revenue`, 0 when none) is `end`, the company's cash. Else null.
 */
export function endCash(game: GameState, playerId: string): { left: number; revenue: number; end: number } | null {
  const last = game.history[game.history.length - 1];
  const me = last?.metrics.find((m) => m.playerId === playerId);
  const c = game.scenario.companies.find((x) => x.id === playerId);
  if (!last || !me || !c) return null;
  const budget = c.budget[Math.min(c.budget.length - 1, last.quarter)] ?? 0;
  const revenue = Math.max(0, me.revenue || 0);
  const left = me.cash - revenue;
  return budget > 0 && left >= budget ? { left, revenue, end: me.cash } : null;
}
