/**
 * The "Your quarter" box's line when the "± par so far" of the standings moved by more than two points in the
 * quarter. Par is one number per seat and quarter (what the par field's bots score from that seat by then), so
 * the margin moves with the score and with par's own step, which is large in some quarters (Microsoft's par in
 * the 2024 scenario rises 4.1 in the last quarter, 8.4 in the fifth): the line says how much of the swing was
 * par's step and how much the score's, and the part that moved the score most. Read from the engine's score
 * timeline, never recomputed.
 */
import { biggestPart, scoreTimeline, type ScorePart } from '../../engine/score-story';
import type { GameState } from '../../engine/types';
import * as f from '../../text/format';
import { t } from '../../text/i18n';
import { partName } from './score-words';

/** A swing worth its own line: more than 2 points (tenths). */
export const PAR_SWING = 20;

/** A quarter's swing against par, in tenths: the margin's change, par's step and the score's change, and the part that moved the score most. */
export interface ParSwing {
  change: number;
  par: number;
  parChange: number;
  scoreChange: number;
  part: ScorePart | null;
  partChange: number;
}

/** The swing in `quarter` for `playerId`, or null when it is 2 points or less, there is no par, or it is the first quarter (no margin before). */
export function parSwing(game: GameState, playerId: string, quarter: number): ParSwing | null {
  const tl = scoreTimeline(game, playerId);
  const i = tl.findIndex((p) => p.quarter === quarter);
  const now = tl[i];
  const prev = tl[i - 1];
  if (!now || !prev || now.margin === null || prev.margin === null) return null;
  const change = now.margin - prev.margin;
  if (Math.abs(change) <= PAR_SWING) return null;
  const par = now.score - now.margin;
  const scoreChange = now.delta.score;
  const side = f.marginSign(scoreChange);
  const part = side === 0 ? null : biggestPart(now.delta.weighted, side);
  return { change, par, parChange: par - (prev.score - prev.margin), scoreChange, part, partChange: part ? now.delta.weighted[part] : 0 };
}

/** "± par −3.0 this quarter: your par moved +4.1 to 56.8, your score +1.1, most in capability (+2.0)." */
export function parSwingText(s: ParSwing): string {
  const values = { change: f.margin(s.change), parChange: f.margin(s.parChange), par: f.score(s.par), scoreChange: f.margin(s.scoreChange) };
  if (!s.part) return t('quarter.parSwingNoPart', values);
  return t('quarter.parSwing', { ...values, part: partName(s.part), partChange: f.margin(s.partChange) });
}
