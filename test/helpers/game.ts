import { applyAction, createGame, emptyOrders, type Action, type ActionError, type ActionResult, type GameState, type Orders, type PlayerMetrics, type PlayerState, type QuarterRecord, type Scenario } from '../../src/engine';
import { expect } from 'vitest';
import { baselineOrders } from '../../src/ai/baseline';
import { makeScenario } from './scenario';

/** Orders with the given fields; the rest empty. */
export function orders(over: Partial<Orders> = {}): Orders {
  return { ...emptyOrders(), ...over };
}

/** A new game of makeScenario(over) (or of a given scenario) with a seed. */
export function newGame(over: Partial<Scenario> | Scenario = {}, seed = 'test-seed'): GameState {
  const scenario = 'skus' in over && 'companies' in over && 'id' in over ? (over as Scenario) : makeScenario(over);
  return createGame(scenario, seed);
}

/** The state of an accepted action; throws with the error if it was rejected. */
export function ok(result: ActionResult): GameState {
  if (!result.ok) throw new Error(`action rejected: ${result.error.code}: ${result.error.message}`);
  return result.state;
}

/** Applies an action that must succeed. */
export function act(state: GameState, action: Action): GameState {
  return ok(applyAction(state, action));
}

/** Applies an action that must fail; checks that the given state was not touched and returns the error. */
export function reject(state: GameState, action: unknown): ActionError {
  const before = structuredClone(state);
  const result = applyAction(state, action as Action);
  if (result.ok) throw new Error(`expected the action to be rejected: ${JSON.stringify(action)}`);
  expect(state, 'a rejected action changed the state').toStrictEqual(before);
  return result.error;
}

/** Submits orders for the players named (empty orders for everyone else), then resolves the quarter (phase reveal). */
export function resolveWith(state: GameState, byPlayer: Record<string, Partial<Orders>> = {}): GameState {
  let s = state;
  for (const p of state.players) {
    if (s.pending[state.players.indexOf(p)]) continue;
    s = act(s, { type: 'submitOrders', playerId: p.id, orders: orders(byPlayer[p.id] ?? {}) });
  }
  return act(s, { type: 'resolveQuarter' });
}

/** Resolves a quarter with the given orders and advances to the next quarter's orders phase (or game over). */
export function playQuarter(state: GameState, byPlayer: Record<string, Partial<Orders>> = {}): GameState {
  return act(resolveWith(state, byPlayer), { type: 'advance' });
}

/** A player by id. */
export function player(state: GameState, id: string): PlayerState {
  const p = state.players.find((x) => x.id === id);
  if (!p) throw new Error(`no player ${id}`);
  return p;
}

/** The last quarter's record. */
export function lastRecord(state: GameState): QuarterRecord {
  const r = state.history[state.history.length - 1];
  if (!r) throw new Error('no quarter resolved yet');
  return r;
}

/** A player's metrics in a quarter's record. */
export function metricsOf(record: QuarterRecord, id: string): PlayerMetrics {
  const m = record.metrics.find((x) => x.playerId === id);
  if (!m) throw new Error(`no metrics for ${id}`);
  return m;
}

/** The clearing of one SKU in a record. */
export function clearingOf(record: QuarterRecord, skuId: string) {
  const c = record.clearing.find((x) => x.sku === skuId);
  if (!c) throw new Error(`no clearing for ${skuId}`);
  return c;
}

/** From the reveal phase to the next quarter's orders phase (or game over). */
export function advance(state: GameState): GameState {
  return act(state, { type: 'advance' });
}

/** Per-player orders for a quarter: the first accepted candidate, or empty orders (always accepted). */
export type Decide = (state: GameState, playerId: string) => Orders[];

/**
 * For richScenario games: baseline bots, plus a Chinese buyer trying the grey market and US buyers taking the
 * chipmaker deal and the AI-lab partnership, so players carry contracts, projects and fines.
 */
export const richDecide: Decide = (state, id) => {
  const bot = baselineOrders(state, id);
  const extra: Orders[] = [];
  if (id === 'bytd') extra.push({ ...bot, greyMarket: [{ sku: 'H100', quantity: 2_000 }] });
  if (id === 'amzn' && state.openPartnerships.includes('nv-priority')) extra.push({ ...bot, partnership: 'nv-priority' });
  if (id === 'meta' && state.openPartnerships.includes('lab')) extra.push({ ...bot, partnership: 'lab' });
  return [...extra, bot];
};

/**
 * Plays from the orders phase to the end of the game: each quarter every player submits the first of its
 * candidate orders that is accepted (checking that rejected ones leave the state as it was), then the quarter
 * resolves. Returns every state right after a resolution and the final state.
 */
export function playOut(state: GameState, decide: Decide): { resolved: GameState[]; final: GameState } {
  let s = state;
  const resolved: GameState[] = [];
  while (s.phase === 'orders') {
    for (const [i, p] of s.players.entries()) {
      if (s.pending[i]) continue;
      let done = false;
      for (const o of decide(s, p.id)) {
        const r = applyAction(s, { type: 'submitOrders', playerId: p.id, orders: o });
        if (r.ok) {
          s = r.state;
          done = true;
          break;
        }
      }
      if (!done) s = act(s, { type: 'submitOrders', playerId: p.id, orders: emptyOrders() });
    }
    s = act(s, { type: 'resolveQuarter' });
    resolved.push(s);
    s = act(s, { type: 'advance' });
  }
  return { resolved, final: s };
}
