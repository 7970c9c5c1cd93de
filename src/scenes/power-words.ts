/**
 * The wordings a campus card's power row tries, longest first (board-view.ts fits the first that fits). Every
 * wording that shows the share of power in use says what it is ("83 % Last"): a bare "83 %" in the German card,
 * where "genutzt" did not fit, read as a number with no meaning. Where even that does not fit the share is left
 * out, as the gauge beside the words shows it.
 */
import { t as tr } from '../text/i18n';

/** The power row's numbers, already formatted. */
export interface PowerNumbers {
  /** Power online ("884 MW"), and as a bare number for the tightest wording ("1,174"). */
  online: string;
  onlineExact: string;
  /** Share of the power online the fleet needs ("83%"); only shown when it is at most 100. */
  pct: string;
  /** MW needed when short of power ("1,120 MW"). */
  need: string;
  /** MW under construction (a count, no unit), 0 when none. */
  building: number;
  buildingText: string;
  /** True when the fleet needs more power than is online. */
  short: boolean;
}

/** The power row's wordings for a card, longest first. */
export function powerWords(n: PowerNumbers): string[] {
  const { online, pct, need, building, buildingText: mw } = n;
  if (n.short)
    return building
      ? [tr('lo.board.powerNeedsBuilding', { online, need, mw }), tr('lo.board.powerNeedsBuildingShort', { online, need, mw }), tr('lo.board.powerNeedsShort', { online, need }), tr('shots.board.powerNeedsShortest', { need })]
      : [tr('lo.board.powerNeeds', { online, need }), tr('lo.board.powerNeedsShort', { online, need }), tr('shots.board.powerNeedsShortest', { need })];
  if (building)
    return [tr('board.powerBuilding', { online, pct, mw }), tr('board.powerBuildingShort', { online, pct, mw }), tr('shots.board.powerBuildingNoPct', { online, mw }), tr('shots.board.powerBuildingNoPctShort', { online: n.onlineExact, mw })];
  return [tr('board.powerUsed', { online, pct }), tr('board.powerShort', { online, pct }), tr('shots.board.powerNoPct', { online })];
}
