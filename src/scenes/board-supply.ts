/**
 * The units a supply stack shows: what is on sale in the quarter the board's title names. Before the auction
 * that is the supply now on sale (after events, with last quarter's unsold stock). At the reveal the quarter's
 * record is already written, so the live reckoning would drop the stock carried in and any event that has
 * since lapsed; the board then shows the supply the auction sold from, as the reveal panel's "367k of 464k sold".
 */
import type { GameState, SkuSpec } from '../engine/types';
import { lastRecord, supplyNow } from '../store/selectors';

/** Units of a SKU on sale in the board's quarter (the resolved auction's supply once it is revealed). */
export function supplyOnBoard(game: GameState, sku: SkuSpec): number {
  const rec = lastRecord(game);
  if (game.phase !== 'orders' && rec && rec.quarter === game.quarter) {
    const sold = rec.clearing.find((c) => c.sku === sku.id);
    if (sold) return sold.supply;
  }
  return supplyNow(game, sku);
}
