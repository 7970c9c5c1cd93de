import { copyState } from './draft';
import { actionError, type ErrorValues } from './errors';
import { applyEvent, briefing } from './events';
import { indexOf } from './lookup';
import { normalizeOrders, validateOrders } from './orders';
import { resolveQuarter } from './resolve';
import { tick } from './steps';
import { openRng } from './rng';
import type { Action, ActionResult, GameState } from './types';

function fail<C extends keyof ErrorValues>(code: C, values: ErrorValues[C], path?: string): ActionResult {
  return { ok: false, error: actionError(code, values, path) };
}

function submit(state: GameState, playerId: unknown, ordersIn: unknown): ActionResult {
  if (typeof playerId !== 'string') return fail('MALFORMED', { expected: 'a company id' }, 'playerId');
  const i = indexOf(state.scenario).companyIndex.get(playerId);
  if (i === undefined) return fail('UNKNOWN_PLAYER', { playerId }, 'playerId');
  if (state.phase !== 'orders') return fail('WRONG_PHASE', { action: 'submit', phase: state.phase });
  if (state.pending[i]) return fail('ALREADY_SUBMITTED', { playerId });
  const parsed = normalizeOrders(ordersIn);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const error = validateOrders(state, playerId, parsed.orders);
  if (error) return { ok: false, error };
  const next = copyState(state);
  next.pending = state.pending.slice();
  next.pending[i] = parsed.orders;
  return { ok: true, state: next };
}

function withdraw(state: GameState, playerId: unknown): ActionResult {
  if (typeof playerId !== 'string') return fail('MALFORMED', { expected: 'a company id' }, 'playerId');
  const i = indexOf(state.scenario).companyIndex.get(playerId);
  if (i === undefined) return fail('UNKNOWN_PLAYER', { playerId }, 'playerId');
  if (state.phase !== 'orders') return fail('WRONG_PHASE', { action: 'withdraw', phase: state.phase });
  if (!state.pending[i]) return fail('NOTHING_TO_WITHDRAW', { playerId });
  const next = copyState(state);
  next.pending = state.pending.slice();
  next.pending[i] = null;
  return { ok: true, state: next };
}

function resolve(state: GameState): ActionResult {
  if (state.phase !== 'orders') return fail('WRONG_PHASE', { action: 'resolve', phase: state.phase });
  const missing = state.players.filter((_, i) => !state.pending[i]).map((p) => p.id);
  if (missing.length > 0) return fail('ORDERS_MISSING', { missing: missing.join(', ') });
  return { ok: true, state: resolveQuarter(state) };
}

function advance(state: GameState): ActionResult {
  if (state.phase !== 'reveal') return fail('WRONG_PHASE', { action: 'advance', phase: state.phase });
  const next = copyState(state);
  if (state.quarter + 1 >= state.scenario.quarters) {
    next.phase = 'gameOver';
    return { ok: true, state: next };
  }
  next.quarter = state.quarter + 1;
  next.phase = 'orders';
  const rng = openRng(next.rng);
  briefing(next, rng);
  next.rng = rng.save();
  return { ok: true, state: next };
}

function inject(state: GameState, cardId: unknown): ActionResult {
  if (state.phase !== 'orders') return fail('WRONG_PHASE', { action: 'inject', phase: state.phase });
  const card = state.scenario.eventDeck.cards.find((c) => c.id === cardId);
  if (!card) return fail('UNKNOWN_CARD', { card: String(cardId) }, 'cardId');
  // Once per game, as the facilitator's list offers it: a card already in the news (drawn, injected or a
  // scheduled event of that id) cannot be played again, so no record can compound one card's effects.
  if (state.news.some((n) => n.eventId === card.id)) return fail('CARD_PLAYED', { card: card.id, quarter: state.news.find((n) => n.eventId === card.id)?.quarter ?? 0 }, 'cardId');
  const next = copyState(state);
  applyEvent(next, card, 'injected');
  return { ok: true, state: next };
}

/**
 * The one entry point of the rules: applies an action to a state. Never throws on any input and never
 * changes the given state; a rejected action returns an error with a code and a message.
 */
export function applyAction(state: GameState, action: Action): ActionResult {
  try {
    if (typeof action !== 'object' || action === null) return fail('MALFORMED', { expected: 'an object' });
    const a = action as Record<string, unknown>;
    tick();
    if (state.phase === 'gameOver') return fail('GAME_OVER', {});
    switch (action.type) {
      case 'submitOrders':
        return submit(state, a.playerId, a.orders);
      case 'withdrawOrders':
        return withdraw(state, a.playerId);
      case 'resolveQuarter':
        return resolve(state);
      case 'advance':
        return advance(state);
      case 'injectEvent':
        return inject(state, a.cardId);
      default: {
        const never: never = action;
        return fail('UNKNOWN_ACTION', { type: String((never as { type?: unknown }).type) }, 'type');
      }
    }
  } catch (e) {
    return fail('FAILED', { detail: e instanceof Error ? e.message : String(e) });
  }
}
