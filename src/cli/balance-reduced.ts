/**
 * The reduced balance sweep, the one `test/balance/goals.test.ts` holds its ratchet on (README, *Balance*).
 */
import { BASE_SCENARIO } from './args';
import { DEFAULTS, listStrategies, runSweep, type SweepOptions } from './balance';
import type { SweepSummary } from './balance-report';

/**
 * A small sweep on fixed seeds for tests (and for the economics work): the base scenario, every strategy in
 * strategies/ plus the normal-bot and hard-bot rows, 12 games a cell in a normal field and 4 in a hard field
 * (hard bots at 500 iterations), in this thread. The hard bot in the tested seat is the whole bot, look ahead
 * included; the hard field's bots are its planner alone (`fieldFutures: 0`), because a field of five bots
 * each playing the game forward would take five times as long. Bounded: 6 seats × (strategies + 2) rows ×
 * 16 games (1,440 games with today's 13 strategies), about a minute on one core. `overrides` narrow it
 * further (tests of the mechanics). 12 + 4, not the 6 + 2 of earlier sessions: with 2 games a cell, one game
 * over par by a point flagged a cell.
 */
export async function reducedSweep(overrides: Partial<SweepOptions> = {}): Promise<SweepSummary> {
  const opts: SweepOptions = {
    scenarios: [BASE_SCENARIO],
    strategies: listStrategies(overrides.strategiesDir ?? DEFAULTS.strategiesDir),
    fields: ['normal', 'hard'],
    games: 12,
    hardGames: 4,
    seed: 'reduced',
    iterations: 500,
    fieldFutures: 0,
    ...overrides,
  };
  return runSweep(opts, 1);
}
