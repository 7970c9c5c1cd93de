/**
 * The supply stacks' counts (src/scenes/board-supply.ts): at the reveal the board shows the units the quarter's
 * auction sold from, the same number as the reveal panel's "sold of", including stock carried in from the
 * quarter before; in the orders phase, the supply on sale now.
 */
import { describe, expect, it } from 'vitest';
import { supplyOnBoard } from '../../src/scenes/board-supply';
import { supplyNow } from '../../src/store/selectors';
import { clearingOf, lastRecord, newGame, playQuarter, resolveWith } from '../helpers/game';
import { sku } from '../helpers/scenario';

describe('supply on the board', () => {
  const scenario = { skus: [sku({ id: 'H100', supply: [1000, 500, 0, 0] })] };

  it('at the reveal, shows what the auction sold from (carried stock included), as the panel does', () => {
    const q1 = playQuarter(newGame(scenario), { alpha: { bids: [{ sku: 'H100', quantity: 200, maxPrice: 25_000 }] } });
    const h100 = q1.scenario.skus[0] as never;
    // Orders for quarter 1: 500 new + 800 unsold carried in.
    expect(q1.phase).toBe('orders');
    expect(supplyOnBoard(q1, h100)).toBe(1300);
    const reveal = resolveWith(q1);
    expect(reveal.phase).toBe('reveal');
    expect(clearingOf(lastRecord(reveal), 'H100').supply).toBe(1300);
    // The live reckoning forgets the carried stock once the quarter's record is written (it said 500 here).
    expect(supplyNow(reveal, h100)).toBe(500);
    expect(supplyOnBoard(reveal, h100)).toBe(1300);
  });
});
