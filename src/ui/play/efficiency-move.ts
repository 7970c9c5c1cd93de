/**
 * What moved the efficiency part in a quarter: the company's own compute per MW and the measure it is scored
 * against (the scenario's yardstick, else the game's most efficient company), each before and after, read from
 * the quarter records with the engine's own measure (efficiencyPerMw in src/engine/scoring.ts). A play-tester
 * read only "…measured against the most efficient company, and that has moved" and could not tell what moved.
 */
import { efficiencyPerMw as perMw } from '../../engine';
import type { GameState, PlayerMetrics } from '../../engine/types';
import { companyOf } from '../../store/selectors';
import * as f from '../../text/format';
import { t } from '../../text/i18n';


/** One value before and after the quarter (`from` null in the first quarter). */
interface Move {
  from: number | null;
  to: number;
}

export interface EfficiencyMove {
  mine: Move;
  best: Move;
  /** The scenario's yardstick (else the game's most efficient company, `bestId`). */
  yardstick: boolean;
  bestId: string | null;
}

/** The measure's value in quarter record `at`: the yardstick for that quarter, else the best company's. */
function bestAt(game: GameState, at: number): { value: number; id: string | null } | null {
  const rec = game.history[at];
  if (!rec) return null;
  const ref = game.scenario.scoring.reference?.efficiency;
  if (ref) return { value: ref[Math.min(ref.length - 1, rec.quarter)] ?? 0, id: null };
  let top: PlayerMetrics | null = null;
  for (const m of rec.metrics) if (!top || perMw(m) > perMw(top)) top = m;
  return top ? { value: perMw(top), id: top.playerId } : null;
}

/** The efficiency move of `playerId` in the quarter `quarter` (the last resolved one by default), or null. */
export function efficiencyMove(game: GameState, playerId: string, quarter?: number): EfficiencyMove | null {
  const at = quarter === undefined ? game.history.length - 1 : game.history.findIndex((r) => r.quarter === quarter);
  const now = game.history[at]?.metrics.find((m) => m.playerId === playerId);
  const best = bestAt(game, at);
  if (!now || !best) return null;
  const before = at > 0 ? game.history[at - 1]?.metrics.find((m) => m.playerId === playerId) : undefined;
  const bestBefore = at > 0 ? bestAt(game, at - 1) : null;
  return {
    mine: { from: before ? perMw(before) : null, to: perMw(now) },
    best: { from: bestBefore ? bestBefore.value : null, to: best.value },
    yardstick: game.scenario.scoring.reference !== undefined,
    bestId: best.id,
  };
}

/**
 * "Efficiency is compute per MW against the yardstick (…): yours fell from 612 to 598 H100e per MW; the yardstick
 * rose from 640 to 700." Each value that moved says which way, from → to, one that did not "stayed at"; whole
 * numbers, or tenths where whole numbers would hide every move.
 */
export function efficiencyMoveText(game: GameState, m: EfficiencyMove): string {
  const whole = (x: number) => f.count(Math.round(x));
  const moved = (v: Move, fmt: (x: number) => string) => v.from !== null && fmt(v.from) !== fmt(v.to);
  const fmt = moved(m.mine, whole) || moved(m.best, whole) ? whole : (x: number) => f.score(Math.round(x * 10));
  const side = (v: Move, who: 'mine' | 'best' | 'yard'): string => {
    if (v.from === null) return t(`quarter.eff.${who}Now`, { to: fmt(v.to) });
    if (!moved(v, fmt)) return t(`quarter.eff.${who}Stayed`, { to: fmt(v.to) });
    return t(v.to > v.from ? `quarter.eff.${who}Up` : `quarter.eff.${who}Down`, { from: fmt(v.from), to: fmt(v.to) });
  };
  const company = m.bestId ? (companyOf(game.scenario, m.bestId)?.name ?? m.bestId) : '';
  const key = m.yardstick ? 'quarter.cause.efficiencyMoveYardstick' : 'quarter.cause.efficiencyMove';
  return t(key, { mine: side(m.mine, 'mine'), best: side(m.best, m.yardstick ? 'yard' : 'best'), company });
}
