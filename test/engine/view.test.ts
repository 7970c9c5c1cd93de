import { describe, expect, it } from 'vitest';
import { baselineOrders } from '../../src/ai/baseline';
import { stateFromView, validateOrders, viewFor, type GameState } from '../../src/engine';
import { act, advance, newGame, orders, resolveWith } from '../helpers/game';
import { richScenario } from '../helpers/scenario';

function withRivalSecrets(state: GameState, seat: string, bid: number, cashDelta: number): GameState {
  let s = state;
  for (const p of state.players) {
    if (p.id === seat || state.scenario.companies.find((c) => c.id === p.id)?.region === 'CN') continue;
    s = act(s, { type: 'submitOrders', playerId: p.id, orders: orders({ bids: [{ sku: 'H100', quantity: 1_000 + bid, maxPrice: 25_000 + bid }], powerBuild: (bid % 7) + 1 }) });
  }
  return { ...s, players: s.players.map((p) => (p.id === seat ? p : { ...p, cash: p.cash + cashDelta })) };
}

describe('viewFor', () => {
  const s0 = advance(resolveWith(newGame(richScenario(), 'view')));

  it('holds no rng and no rival cash or pending orders', () => {
    const s = withRivalSecrets(s0, 'meta', 4_321, 0);
    const view = viewFor(s, 'meta');
    expect(view).not.toBeNull();
    if (!view) return;
    expect('rng' in view).toBe(false);
    expect('pending' in view).toBe(false);
    expect('seed' in view).toBe(false);
    expect(view.me).toBe(s.players[1]);
    expect(view.myOrders).toBeNull();
    expect(view.rivals.map((r) => r.id)).toEqual(['msft', 'goog', 'amzn', 'bytd', 'tcnt']);
    for (const r of view.rivals) expect(Object.keys(r).sort()).toEqual(['booked', 'deployed', 'entityListUntil', 'fleet', 'id', 'powerMw', 'projectsMw', 'relationship', 'siliconStage', 'submitted']);
    expect(view.rivals.find((r) => r.id === 'msft')?.submitted).toBe(true);
    expect(view.rivals.find((r) => r.id === 'bytd')?.submitted).toBe(false);
    // The rivals' sealed numbers appear nowhere in the view.
    const text = JSON.stringify({ ...view, scenario: null });
    expect(text).not.toContain('29321');
  });

  it('shows a player its own pending orders', () => {
    const mine = orders({ powerBuild: 3 });
    const s = act(s0, { type: 'submitOrders', playerId: 'meta', orders: mine });
    expect(viewFor(s, 'meta')?.myOrders).toEqual(mine);
  });

  it('is the same whatever the rivals\' cash and sealed orders', () => {
    const a = viewFor(withRivalSecrets(s0, 'goog', 1, 0), 'goog');
    const b = viewFor(withRivalSecrets(s0, 'goog', 7_777, 9_999_999), 'goog');
    expect(a).not.toBeNull();
    expect(a).toEqual(b);
  });

  it('is null for an unknown player', () => {
    expect(viewFor(s0, 'nobody')).toBeNull();
  });

  it('stateFromView validates a player\'s orders as the real state does', () => {
    const view = viewFor(s0, 'amzn');
    if (!view) throw new Error('no view');
    const stand = stateFromView(view);
    for (const o of [orders(), orders({ bids: [{ sku: 'H100', quantity: 10_000, maxPrice: 30_000 }] }), orders({ powerBuild: 100_000 }), orders({ customOrder: 10 }), orders({ partnership: 'nv-priority' })]) {
      expect(validateOrders(stand, 'amzn', o)).toEqual(validateOrders(s0, 'amzn', o));
    }
  });
});

describe('bots do not peek', () => {
  it('baselineOrders are identical when the rivals\' sealed orders and cash differ', () => {
    for (const seat of ['msft', 'goog', 'bytd']) {
      const a = baselineOrders(withRivalSecrets(s0Of(), seat, 1, 0), seat);
      const b = baselineOrders(withRivalSecrets(s0Of(), seat, 9_000, 5_000_000_000), seat);
      expect(a).toEqual(b);
    }
  });
});

function s0Of(): GameState {
  return advance(resolveWith(newGame(richScenario(), 'peek')));
}
