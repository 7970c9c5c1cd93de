/**
 * The reduced balance sweep (issue #11): fixed seeds, the base scenario, every scripted strategy and the hard
 * bot from every seat, in a normal field and a small hard field. This file tests the sweep's mechanics; the
 * goal assertion (the worst cell within the goal) joins it when the rules satisfy it.
 */
import { describe, expect, it } from 'vitest';
import { HARD_ROW, isBotRow, listStrategies, NORMAL_ROW, reducedSweep } from '../../src/cli/balance';

describe('reduced balance sweep', () => {
  it('sweeps every strategy, the normal bot and the hard bot from every base-game seat in both fields, with no rejected orders, deterministically', async () => {
    const s = await reducedSweep();
    const rows = listStrategies().length + 2;
    expect(s.cells.length).toBe(6 * rows * 2);
    expect(s.games).toBe(6 * rows * (6 + 2));
    expect(new Set(s.cells.map((c) => c.field))).toEqual(new Set(['normal', 'hard']));
    expect(s.cells.filter((c) => c.strategy === HARD_ROW).length).toBe(12);
    expect(s.cells.filter((c) => c.strategy === NORMAL_ROW).length).toBe(12);
    expect(s.rejectedOrders, s.rejections.join('\n')).toBe(0);
    expect(s.worst).not.toBeNull();
    expect(s.worst?.beatParShare).toBe(Math.max(...s.cells.filter((c) => !isBotRow(c.strategy)).map((c) => c.beatParShare)));
    // Fixed seeds: a second narrow run gives the same cells as the full one.
    const again = await reducedSweep({ strategies: ['bid-x3'], fields: ['normal'], hardRow: false });
    expect(again.cells[0]).toEqual(s.cells.find((c) => c.strategy === 'bid-x3' && c.field === 'normal' && c.seat === again.cells[0]?.seat));
  }, 180_000);
});
