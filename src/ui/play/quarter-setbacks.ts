/**
 * The setbacks of a quarter that are the player's own, one line each for the "Your quarter" box: the foundry
 * booked fewer own chips than asked (the deposit on the rest is lost, in $), or the own chip needs a respin
 * (its stage slips a quarter). The same notes are in the reveal's "Also this quarter" list among everyone's,
 * where a player does not look for their own news.
 */
import type { GameState } from '../../engine/types';
import { companyOf } from '../../store/selectors';
import { scenarioName } from '../../text/scenario-names';
import * as f from '../../text/format';
import { t } from '../../text/i18n';
import { stageName } from '../notes';

const n = (v: number | string | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0));

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
    if (note.code === 'siliconSetback') return [t('quarter.setback.silicon', { chip, stage: stageName(String(v.stage ?? '')) })];
    return [];
  });
}
