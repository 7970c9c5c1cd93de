/**
 * The bots' public API: `botOrders` for the worker, the store and the CLIs; `explain` for people.
 * A bot sees only `viewFor(state, playerId)` and its own seeded stream, and returns the Orders a human would.
 */
import { emptyOrders, viewFor, type GameState } from '../engine';
import { emptyRationale } from './bot';
import { decideLevel } from './level';
import type { BotDecision, BotLevel, BotOptions } from './types';

export { decide, emptyRationale, DEFAULT_ITERATIONS } from './bot';
export { decideLevel, DEFAULT_FUTURES } from './level';
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
    return { orders: emptyOrders(), rationale: emptyRationale(playerId, state.quarter, level) };
  }
  return decideLevel(view, state.seed, level, opts);
}
