/**
 * The bots' public API: `botOrders` for the worker, the store and the CLIs; `explain` for people.
 * A bot sees only `viewFor(state, playerId)` and its own seeded stream, and returns the Orders a human would.
 */
import { emptyOrders, viewFor, type GameState } from '../engine';
import { decide } from './bot';
import type { BotDecision, BotLevel, BotOptions, BotRationale } from './types';

export { decide, DEFAULT_ITERATIONS } from './bot';
export { botRng, baselineOrders, makeLegal } from './baseline';
export { explain, explainReason } from './explain';
export * from './types';

/**
 * A bot's orders and rationale for a seat this quarter. Deterministic: the same state, seat and level give
 * the same answer (the bot's stream comes from the game seed, the seat and the quarter).
 */
export function botOrders(state: GameState, playerId: string, level: BotLevel, opts: BotOptions = {}): BotDecision {
  const view = viewFor(state, playerId);
  if (!view) {
    const rationale: BotRationale = {
      playerId,
      quarter: state.quarter,
      level,
      bids: [],
      silicon: { investment: 0, customOrder: 0, reasons: [] },
      power: { mw: 0, reasons: [] },
      grey: { units: 0, reasons: [] },
      partnership: { id: null, reasons: [] },
      cash: { reasons: [] },
      iterations: 0,
    };
    return { orders: emptyOrders(), rationale };
  }
  return decide(view, state.seed, level, opts);
}
