import { describe, expect, it } from 'vitest';
import { emptyOrders } from '../../src/engine';
import { botOrders } from '../../src/ai';
import { playGame } from '../../src/replay/session';
import { GameSession, playQuarter } from '../../src/replay/session';
import { verifyRecord } from '../../src/replay/verify';
import { makeScenario } from '../helpers/scenario';
import { orders } from '../helpers/game';

const scenario = makeScenario();

describe('GameSession', () => {
  it('knows who owes orders, appends actions and the checkpoint, and resolves', () => {
    const s = GameSession.start(scenario, 'sess-1');
    const ids = scenario.companies.map((c) => c.id);
    expect(s.owing()).toEqual(ids);
    const first = ids[0] as string;
    expect(s.pass(first)).toBeNull();
    expect(s.hasSealed(first)).toBe(true);
    expect(s.owing()).toEqual(ids.slice(1));
    expect(s.resolve()?.code).toBe('ORDERS_MISSING');
    expect(s.record?.actions).toHaveLength(1);
    for (const id of ids.slice(1)) expect(s.pass(id)).toBeNull();
    expect(s.resolve()).toBeNull();
    expect(s.owing()).toEqual([]);
    expect(s.record?.checkpoints).toEqual([{ quarter: 0, stateHash: s.state.history[0]?.stateHash }]);
    expect(s.advance()).toBeNull();
    expect(s.state.quarter).toBe(1);
    expect(s.owing()).toEqual(ids);
  });

  it('passes a seat whose orders are rejected and says why', () => {
    const s = GameSession.start(scenario, 'sess-2');
    const id = scenario.companies[0]?.id as string;
    const passed = s.submitOrPass(id, orders({ bids: [{ sku: 'no-such-chip', quantity: 1, maxPrice: 1 }] }), { why: 'x' });
    expect(passed?.playerId).toBe(id);
    expect(passed?.message).toMatch(/no-such-chip/);
    expect(s.state.pending[0]).toEqual(emptyOrders());
    expect(s.record?.rationales).toBeUndefined();
    expect(s.record?.actions).toEqual([{ type: 'submitOrders', playerId: id, orders: emptyOrders() }]);
  });

  it('keeps a rationale under its action index', () => {
    const s = GameSession.start(scenario, 'sess-3');
    const [a, b] = scenario.companies.map((c) => c.id) as [string, string];
    s.pass(a);
    expect(s.submitOrPass(b, emptyOrders(), { note: 'b thought' })).toBeNull();
    expect(s.record?.rationales).toEqual({ '1': { note: 'b thought' } });
  });

  it('playGame through the session gives a record that verifies, and resume replays it to the same state', () => {
    const g = playGame(scenario, 'sess-4', (st, id) => botOrders(st, id, 'easy'));
    expect(verifyRecord(g.record, scenario).ok).toBe(true);
    const r = GameSession.resume(scenario, g.record);
    if (!r.ok) throw new Error(r.reason);
    expect(r.session.state).toEqual(g.state);
    expect(r.session.record).toEqual(g.record);
    expect(r.session.record).not.toBe(g.record);
  });

  it('resume half-way continues where the record stopped, and refuses a record whose hashes differ', () => {
    const s = GameSession.start(scenario, 'sess-5');
    playQuarter(s, (st, id) => botOrders(st, id, 'easy'));
    s.pass(scenario.companies[0]?.id as string);
    const rec = s.record;
    if (!rec) throw new Error('no record');
    const r = GameSession.resume(scenario, rec);
    if (!r.ok) throw new Error(r.reason);
    expect(r.session.state).toEqual(s.state);
    expect(r.session.owing()).toEqual(s.owing());
    const bad = { ...rec, checkpoints: [{ quarter: 0, stateHash: 'f'.repeat(16) }] };
    const b = GameSession.resume(scenario, bad);
    expect(b.ok).toBe(false);
  });

  it('records nothing when asked not to', () => {
    const s = GameSession.start(scenario, 'sess-6', { record: false });
    playQuarter(s, () => ({ orders: emptyOrders() }));
    expect(s.record).toBeNull();
    expect(s.state.quarter).toBe(1);
  });
});
