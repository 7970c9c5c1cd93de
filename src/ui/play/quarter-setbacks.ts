/**
 * The setbacks of a quarter that are the player's own, one line each for the "Your quarter" box: the foundry
 * booked fewer own chips than asked (the deposit on the rest is lost, in $), or the own chip needs a respin
 * (it stays in its stage a quarter longer: the next stage comes a quarter later at the earliest, as the engine
 * tries again next quarter, src/engine/silicon.ts). The same notes are in the reveal's "Also this quarter" list among everyone's,
 * where a player does not look for their own news.
 */
import { quarterLabel } from '../../engine';
import type { GameState } from '../../engine/types';
import { companyOf } from '../../store/selectors';
import { scenarioName } from '../../text/scenario-names';
import * as f from '../../text/format';
import { t } from '../../text/i18n';
import { stageName } from '../notes';

const n = (v: number | string | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0));

/** The stage a finished stage moves on to (as src/engine/silicon.ts advances it). */
const NEXT: Record<string, string> = { none: 'design', design: 'tapeout', tapeout: 'ramp', ramp: 'volume' };

/** A respin: the stage held, the one it moves to a quarter later at the earliest (or not before the game ends). */
function respinLine(game: GameState, chip: string, stage: string, quarter: number): string {
  const v = { chip, stage: stageName(stage), next: stageName(NEXT[stage] ?? stage) };
  if (quarter + 1 >= game.scenario.quarters) return t('quarter.setback.siliconLast', v);
  return t('quarter.setback.silicon', { ...v, quarter: quarterLabel(game.scenario, quarter), later: quarterLabel(game.scenario, quarter + 1) });
}

/** The lines for `playerId` in `quarter`, in the order the engine noted them (none: empty). */
export function setbackLines(game: GameState, playerId: string, quarter: number): string[] {
  const rec = game.history.find((r) => r.quarter === quarter);
  const c = companyOf(game.scenario, playerId);
  const chip = c ? scenarioName(c.silicon.name) : t('note.customChip');
  return (rec?.notes ?? []).flatMap((note) => {
    if (note.playerId !== playerId) return [];
    const v = note.values;
    if (note.code === 'foundryShort') {
      const asked = n(v.asked);
      const made = n(v.made);
      return [t('quarter.setback.foundryShort', { made: f.exact(made), asked: f.exact(asked), cut: f.exact(asked - made), lost: f.money(n(v.lost)) })];
    }
    if (note.code === 'siliconSetback') return [respinLine(game, chip, String(v.stage ?? ''), quarter)];
    return [];
  });
}
