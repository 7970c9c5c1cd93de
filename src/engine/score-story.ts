/**
 * Queries that tell a company's score as a story: its parts after every quarter (as the engine scored them,
 * read from the history, never recomputed), what changed and why, a quarter's own numbers, and the one line
 * a player reads at game over. Pure and deterministic: the UI only translates the codes and formats the
 * numbers. Score values are tenths of a point, as everywhere in the engine.
 */
import { mwNeeded } from './power';
import { finalStandings, parAt, rank } from './scoring';
import type { GameState, PlayerMetrics, QuarterRecord, ScoreParts } from './types';

/** The four parts, in the order the game lists them. */
export const SCORE_PARTS = ['capability', 'market', 'independence', 'efficiency'] as const;
/** One part of the score. */
export type ScorePart = (typeof SCORE_PARTS)[number];

/**
 * What each part adds to the score (tenths of a point): the part times its weight over the weights' sum, as
 * scoreAll weighs them. Rounded each, so they may miss the score by a tenth.
 */
export function weightedParts(state: Pick<GameState, 'scenario'>, parts: ScoreParts): ScoreParts {
  const w = state.scenario.scoring.weights;
  const wsum = w.capability + w.market + w.independence + w.efficiency;
  const one = (k: ScorePart): number => (wsum > 0 ? Math.round((w[k] * parts[k]) / wsum) : 0);
  return { capability: one('capability'), market: one('market'), independence: one('independence'), efficiency: one('efficiency') };
}

/** One company's score after one quarter. */
export interface ScorePoint {
  quarter: number;
  score: number;
  parts: ScoreParts;
  /** What each part adds to the score (see weightedParts). */
  weighted: ScoreParts;
  /** The change since the quarter before (the first quarter's is against zero). */
  delta: { score: number; weighted: ScoreParts };
  rank: number;
  /** Score minus that quarter's par, when the scenario sets one. */
  margin: number | null;
}

function metricsOf(rec: QuarterRecord | undefined, playerId: string): PlayerMetrics | undefined {
  return rec?.metrics.find((m) => m.playerId === playerId);
}

function diff(a: ScoreParts, b: ScoreParts | undefined): ScoreParts {
  return {
    capability: a.capability - (b?.capability ?? 0),
    market: a.market - (b?.market ?? 0),
    independence: a.independence - (b?.independence ?? 0),
    efficiency: a.efficiency - (b?.efficiency ?? 0),
  };
}

/** A company's score after each resolved quarter, oldest first (empty before the first, or for an unknown id). */
export function scoreTimeline(state: GameState, playerId: string): ScorePoint[] {
  const out: ScorePoint[] = [];
  let prev: ScorePoint | undefined;
  for (const rec of state.history) {
    const m = metricsOf(rec, playerId);
    if (!m) continue;
    const standing = rank(rec.metrics, parAt(state, rec.quarter)).find((s) => s.playerId === playerId);
    const weighted = weightedParts(state, m.parts);
    const point: ScorePoint = {
      quarter: rec.quarter,
      score: m.score,
      parts: { ...m.parts },
      weighted,
      delta: { score: m.score - (prev?.score ?? 0), weighted: diff(weighted, prev?.weighted) },
      rank: standing?.rank ?? 0,
      margin: standing?.margin ?? null,
    };
    out.push(point);
    prev = point;
  }
  return out;
}

/** The part that moved most (by what it adds to the score), the largest fall when `sign` is -1, rise when 1. */
export function biggestPart(d: ScoreParts, sign: 1 | -1 | 0 = 0): ScorePart | null {
  let best: ScorePart | null = null;
  let size = 0;
  for (const k of SCORE_PARTS) {
    const v = d[k];
    if (sign !== 0 && Math.sign(v) !== sign) continue;
    if (Math.abs(v) > size) {
      size = Math.abs(v);
      best = k;
    }
  }
  return best;
}

/** A cause, as a code and numbers for the UI to put in words. */
export type Cause =
  /** Chips sit idle for lack of power; `building` more of them will run once the power being built is online. */
  | { code: 'idle'; values: { idle: number; sku: string; skuIdle: number; building: number; readyQuarter: number } }
  /** The quarter lost money: revenue below running costs and write-offs. */
  | { code: 'loss'; values: { revenue: number; profitChange: number } }
  /**
   * Profit rose, but the bar rose more: the best company's profit (or, when the scenario sets a yardstick,
   * the typical leader's: `yardstick`), which the market part is measured against.
   */
  | { code: 'marketRelative'; values: { profitChange: number; bestChange: number; yardstick: boolean } }
  /** Deployed compute against the best company's (or the yardstick's typical leader this quarter). */
  | { code: 'capability'; values: { deployed: number; best: number; yardstick: boolean } }
  /** Own chips as a share of the fleet. */
  | { code: 'independence'; values: { pct: number } }
  /** Efficiency moved with nothing idle: the bar moved (the best company's fleet, or the yardstick), or power outran the chips. */
  | { code: 'efficiency'; values: { powerMw: number; fleetMw: number; yardstick: boolean } }
  /** Nothing moved. */
  | { code: 'steady'; values: Record<string, never> };

/** One company's quarter, everything a player looks for after the reveal. */
export interface QuarterSummary {
  playerId: string;
  quarter: number;
  /** Units won at auction this quarter (every chip), what they cost, and units bought on the grey market. */
  won: number;
  paid: number;
  grey: number;
  /** Units owned and idle after the quarter. */
  units: number;
  idle: number;
  revenue: number;
  cash: number;
  score: ScorePoint;
  /** The part that moved the score most (null when nothing moved), and its cause. */
  part: ScorePart | null;
  cause: Cause;
}

/** The biggest idle stack, and how many of the idle chips the power now being built will run (from when). */
function idleCause(state: GameState, playerId: string, m: PlayerMetrics, live: boolean): Cause {
  const i = state.scenario.companies.findIndex((c) => c.id === playerId);
  const p = state.players[i];
  let sku = '';
  let skuIdle = 0;
  let building = 0;
  let readyQuarter = -1;
  if (p && live) {
    const idleFleet: Record<string, number> = {};
    for (const key of Object.keys(p.fleet).sort()) {
      const n = Math.max(0, (p.fleet[key] ?? 0) - (p.deployed[key] ?? 0));
      if (n <= 0) continue;
      idleFleet[key] = n;
      if (n > skuIdle) {
        skuIdle = n;
        sku = key;
      }
    }
    const idleMw = mwNeeded(state, i, idleFleet);
    const mw = p.projects.reduce((a, pr) => a + pr.mw, 0);
    const total = m.idleUnits;
    building = idleMw > 0 ? Math.min(total, Math.floor((total * mw) / idleMw)) : 0;
    readyQuarter = p.projects.reduce((a, pr) => (a < 0 ? pr.readyQuarter : Math.min(a, pr.readyQuarter)), -1);
  }
  return { code: 'idle', values: { idle: m.idleUnits, sku, skuIdle, building, readyQuarter } };
}

/** A yardstick's value in quarter q (0 before the first quarter). */
function refAt(xs: readonly number[], q: number): number {
  return q < 0 ? 0 : (xs[Math.min(xs.length - 1, q)] ?? 0);
}

function causeOf(state: GameState, rec: QuarterRecord, prev: QuarterRecord | undefined, playerId: string, part: ScorePart | null, live: boolean): Cause {
  const m = metricsOf(rec, playerId);
  if (!m || part === null) return { code: 'steady', values: {} };
  const before = metricsOf(prev, playerId);
  const ref = state.scenario.scoring.reference;
  switch (part) {
    case 'efficiency':
      if (m.idleUnits > 0) return idleCause(state, playerId, m, live);
      return { code: 'efficiency', values: { powerMw: m.powerMw, fleetMw: m.fleetMw, yardstick: ref !== undefined } };
    case 'market': {
      const change = m.profit - (before?.profit ?? 0);
      if (change < 0) return { code: 'loss', values: { revenue: m.revenue, profitChange: change } };
      const bestChange = ref ? refAt(ref.market, rec.quarter) - refAt(ref.market, rec.quarter - 1) : Math.max(...rec.metrics.map((x) => x.profit - (metricsOf(prev, x.playerId)?.profit ?? 0)));
      return { code: 'marketRelative', values: { profitChange: change, bestChange, yardstick: ref !== undefined } };
    }
    case 'capability': {
      const best = ref ? refAt(ref.capability, rec.quarter) - refAt(ref.capability, rec.quarter - 1) : Math.max(...rec.metrics.map((x) => x.deployedH100e));
      return { code: 'capability', values: { deployed: m.deployedH100e, best, yardstick: ref !== undefined } };
    }
    case 'independence': {
      const pct = m.deployedH100e > 0 ? Math.round((100 * m.ownSiliconH100e) / m.deployedH100e) : 0;
      return { code: 'independence', values: { pct } };
    }
  }
}

/**
 * A company's quarter `quarter` (default: the last resolved): chips won and paid, idle, revenue, cash, the
 * score's change by part and the biggest cause. The cause of idle chips looks at the power being built now, so
 * it is exact only for the last resolved quarter; older quarters name the idle chips without it. Null when
 * that quarter has not been resolved or the id is unknown.
 */
export function quarterSummary(state: GameState, playerId: string, quarter?: number): QuarterSummary | null {
  const at = quarter === undefined ? state.history.length - 1 : state.history.findIndex((r) => r.quarter === quarter);
  const rec = state.history[at];
  const m = metricsOf(rec, playerId);
  if (!rec || !m) return null;
  const point = scoreTimeline(state, playerId).find((p) => p.quarter === rec.quarter);
  if (!point) return null;
  let won = 0;
  let paid = 0;
  for (const c of rec.clearing) {
    for (const b of c.bids) {
      if (b.bidder !== playerId) continue;
      won += b.filled;
      paid += b.paid;
    }
  }
  const sign = point.delta.score < 0 ? -1 : point.delta.score > 0 ? 1 : 0;
  const part = biggestPart(point.delta.weighted, sign) ?? biggestPart(point.delta.weighted);
  const live = at === state.history.length - 1;
  return {
    playerId,
    quarter: rec.quarter,
    won,
    paid,
    grey: m.greyUnits,
    units: m.units,
    idle: m.idleUnits,
    revenue: m.revenue,
    cash: m.cash,
    score: point,
    part,
    cause: causeOf(state, rec, state.history[at - 1], playerId, part, live),
  };
}

/** The detail under the game-over line: what the part that mattered most looked like. */
export type GameOverDetail =
  /** The most chips idle at once, and the run of quarters (first..last, inclusive) they were idle in. */
  | { code: 'idle'; values: { idle: number; from: number; to: number } }
  /** Against the best company's, or (`yardstick`) the scenario's typical leader's at the end. */
  | { code: 'capability'; values: { computeQuarters: number; best: number; yardstick: boolean } }
  | { code: 'market'; values: { profit: number; best: number; yardstick: boolean } }
  | { code: 'independence'; values: { pct: number } }
  | { code: 'none'; values: Record<string, never> };

/** One company's game over, in one line: place, margin against par, the part that decided it and why. */
export interface GameOverLine {
  playerId: string;
  rank: number;
  of: number;
  score: number;
  margin: number | null;
  /**
   * The winner, or a company above par: the part that adds most to its score ("most of it from capability").
   * Otherwise, when another company scored more: the part where it is furthest behind the top score's parts
   * (`vs`), which is where the points it lacks are. Else (it has the top score, yet is behind on par) the part
   * that lost the most points along the way. Null when no quarter was played or nothing was behind or fell.
   */
  part: ScorePart | null;
  /** Those points (tenths, positive): the part's share of the score, the shortfall against `vs`, or the points lost. */
  gap: number;
  /** True when `part` is what the company did well (the winner, or above par). */
  good: boolean;
  /** The top score it is measured against (its company, and what `part` adds to each score, tenths), or null. */
  vs?: { playerId: string; score: number; mine: number; theirs: number } | null;
  detail: GameOverDetail;
}

/** The longest run of quarters with idle chips, and the most idle in it (ties: the run with the most idle). */
function idleRun(history: readonly QuarterRecord[], playerId: string): GameOverDetail {
  let best: { idle: number; from: number; to: number } | null = null;
  let cur: { idle: number; from: number; to: number } | null = null;
  for (const rec of history) {
    const idle = metricsOf(rec, playerId)?.idleUnits ?? 0;
    if (idle > 0) {
      cur = cur ? { idle: Math.max(cur.idle, idle), from: cur.from, to: rec.quarter } : { idle, from: rec.quarter, to: rec.quarter };
      if (!best || cur.idle > best.idle || (cur.idle === best.idle && cur.to - cur.from > best.to - best.from)) best = { ...cur };
    } else cur = null;
  }
  return best ? { code: 'idle', values: best } : { code: 'none', values: {} };
}

/** The game-over line of a company (also before the end: the standings so far). Null before the first quarter. */
export function gameOverLine(state: GameState, playerId: string): GameOverLine | null {
  const standings = finalStandings(state);
  const me = standings.find((s) => s.playerId === playerId);
  const last = state.history[state.history.length - 1];
  if (!me || !last) return null;
  const good = me.rank === 1 || (me.margin !== null && me.margin > 0);
  let part: ScorePart | null = null;
  let gap = 0;
  let vs: GameOverLine['vs'] = null;
  // The top score of the others (ties: the higher place): what a company behind on par compares its parts with.
  const top = standings.filter((s) => s.playerId !== playerId).reduce<(typeof standings)[number] | null>((a, s) => (!a || s.score > a.score ? s : a), null);
  const mine = weightedParts(state, me.parts);
  if (good) {
    for (const k of SCORE_PARTS) if (mine[k] > gap) [part, gap] = [k, mine[k]];
  } else if (top && top.score > me.score) {
    const theirs = weightedParts(state, top.parts);
    for (const k of SCORE_PARTS) if (theirs[k] - mine[k] > gap) [part, gap] = [k, theirs[k] - mine[k]];
    if (part) vs = { playerId: top.playerId, score: top.score, mine: mine[part], theirs: theirs[part] };
  } else {
    const lost: ScoreParts = { capability: 0, market: 0, independence: 0, efficiency: 0 };
    for (const p of scoreTimeline(state, playerId)) for (const k of SCORE_PARTS) lost[k] += Math.max(0, -p.delta.weighted[k]);
    for (const k of SCORE_PARTS) if (lost[k] > gap) [part, gap] = [k, lost[k]];
  }
  const m = metricsOf(last, playerId);
  const ref = state.scenario.scoring.reference;
  let detail: GameOverDetail = { code: 'none', values: {} };
  if (m && part === 'efficiency') detail = idleRun(state.history, playerId);
  else if (m && part === 'capability') {
    const i = state.scenario.companies.findIndex((c) => c.id === playerId);
    const cq = state.players[i]?.totals.computeQuarters ?? 0;
    detail = { code: 'capability', values: { computeQuarters: cq, best: ref ? refAt(ref.capability, last.quarter) : Math.max(0, ...state.players.map((p) => p.totals.computeQuarters)), yardstick: ref !== undefined } };
  } else if (m && part === 'market') detail = { code: 'market', values: { profit: m.profit, best: ref ? refAt(ref.market, last.quarter) : Math.max(...last.metrics.map((x) => x.profit)), yardstick: ref !== undefined } };
  else if (m && part === 'independence') detail = { code: 'independence', values: { pct: m.deployedH100e > 0 ? Math.round((100 * m.ownSiliconH100e) / m.deployedH100e) : 0 } };
  return { playerId, rank: me.rank, of: standings.length, score: me.score, margin: me.margin, part, gap, good, vs, detail };
}
