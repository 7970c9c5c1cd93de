/**
 * The reduced balance sweep (issue #11): fixed seeds, the base scenario, every scripted strategy and the hard
 * bot from every seat, in a normal field and a small hard field. This file tests the sweep's mechanics and,
 * while issue #11's goals are unmet (README, *Balance*), holds a ratchet: the sweep may not get worse than it
 * was measured when the ratchet was last set. Lower the numbers as the rules and bots improve; when a goal is
 * met, assert the goal itself here instead.
 */
import { describe, expect, it } from 'vitest';
import { flaggedCells, GOALS, HARD_ROW, hardVersusBest, isBotRow, listStrategies, NORMAL_ROW, normalRowFlagged, SENSIBLE } from '../../src/cli/balance';
import { reducedSweep } from '../../src/cli/balance-reduced';

/**
 * The reduced sweep as last measured: the most flagged cells (beating par by more than a point in more than 40%
 * of games), of them the most where the normal bot itself is not flagged from that seat and field (what a
 * strategy adds beyond the field), the fewest seats the sensible buyer is within 3 points of par from, the
 * fewest seats per field the hard bot beats the best scripted strategy from. Set when the hard bot began to look
 * ahead and the sweep went from 6 + 2 to 12 + 4 games a cell (README, *Balance*): the bots before that change,
 * measured the same way (12 + 4, the same par), gave 21, 5, 10 and 2 / 3; then 19, 6, 11 and 5 / 4.
 * Re-set when par began to count the par field's hard seats too (December 2026, the session of the field's par;
 * bots unchanged): 13, 7, 12 and 5 / 4. The second number rose by one although no cell got worse: the 13 cells
 * flagged are all among the 19 flagged before, but the normal bot's own row, against which "beyond the field" is
 * judged, now beats the higher par less often (no longer from Google and Amazon in the normal field), so three
 * cells it used to explain count as beyond it.
 */
const RATCHET = { flagged: 13, flaggedBeyondField: 7, sensibleWithin: 12, hardBeatsBest: { normal: 5, hard: 4 } } as const;

describe('reduced balance sweep', () => {
  it('sweeps every strategy, the normal bot and the hard bot from every base-game seat in both fields, with no rejected orders, deterministically', async () => {
    const s = await reducedSweep();
    const rows = listStrategies().length + 2;
    expect(s.cells.length).toBe(6 * rows * 2);
    expect(s.games).toBe(6 * rows * (12 + 4));
    expect(new Set(s.cells.map((c) => c.field))).toEqual(new Set(['normal', 'hard']));
    expect(s.cells.filter((c) => c.strategy === HARD_ROW).length).toBe(12);
    expect(s.cells.filter((c) => c.strategy === NORMAL_ROW).length).toBe(12);
    expect(s.rejectedOrders, s.rejections.join('\n')).toBe(0);
    expect(s.worst).not.toBeNull();
    expect(s.worst?.beatParShare).toBe(Math.max(...s.cells.filter((c) => !isBotRow(c.strategy)).map((c) => c.beatParShare)));
    // The ratchet (see RATCHET): no worse than when it was set.
    const flagged = flaggedCells(s.cells);
    const cellsText = flagged.map((c) => `${c.strategy}/${c.seat}/${c.field}`).join(', ');
    expect(flagged.length, cellsText).toBeLessThanOrEqual(RATCHET.flagged);
    expect(flagged.filter((c) => !normalRowFlagged(s.cells, c)).length, cellsText).toBeLessThanOrEqual(RATCHET.flaggedBeyondField);
    const sensible = s.cells.filter((c) => c.strategy === SENSIBLE);
    expect(sensible.filter((c) => Math.abs(c.margin) <= GOALS.sensibleWithin).length).toBeGreaterThanOrEqual(RATCHET.sensibleWithin);
    expect(hardVersusBest(s.cells, 'normal').beaten).toBeGreaterThanOrEqual(RATCHET.hardBeatsBest.normal);
    expect(hardVersusBest(s.cells, 'hard').beaten).toBeGreaterThanOrEqual(RATCHET.hardBeatsBest.hard);
    // Fixed seeds: a second narrow run gives the same cells as the full one.
    const again = await reducedSweep({ strategies: ['bid-x3'], fields: ['normal'], hardRow: false });
    expect(again.cells[0]).toEqual(s.cells.find((c) => c.strategy === 'bid-x3' && c.field === 'normal' && c.seat === again.cells[0]?.seat));
  }, 400_000);
});
