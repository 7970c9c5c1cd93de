/**
 * The session slice: the store plays through the headless GameSession (the same record the CLIs write),
 * sealing is one store update, and the quarter resolves in a task of its own (an injected scheduler).
 */
import { describe, expect, it } from 'vitest';
import { emptyOrders } from '../../src/engine';
import { createGameStore } from '../../src/store/game-store';
import { GameSession } from '../../src/replay/session';
import { recordText } from '../../src/store/slices/saves';
import { makeScenario } from '../helpers/scenario';
import { inlineBots, noticeShown } from '../helpers/store';

function setup() {
  const scenario = makeScenario();
  const tasks: (() => void)[] = [];
  const store = createGameStore({ scenarios: [{ fileName: 'test.json', ok: true, scenario }], bots: inlineBots, schedule: (t) => void tasks.push(t) });
  return { store, scenario, tasks };
}

const bid = { ...emptyOrders(), bids: [{ sku: 'H100', quantity: 10, maxPrice: 30_000 }] };

describe('session slice', () => {
  it('the last seal is one store update; the quarter resolves in the scheduled task, in one more update', async () => {
    const { store, tasks } = setup();
    expect(store.getState().startGame('test', 'seed-s', [{ playerId: 'alpha', kind: 'human' }])).toBeNull();
    await store.getState().botsIdle();
    expect(tasks).toHaveLength(0);
    let updates = 0;
    const unsub = store.subscribe(() => updates++);
    expect(store.getState().submitHuman('alpha', bid)).toBeNull();
    expect(updates).toBe(1);
    // Sealed, not resolved: the screen waits for the task.
    expect(store.getState().ui.screen).toBe('board');
    expect(store.getState().ui.resolving).toBe(true);
    expect(store.getState().game?.history).toHaveLength(0);
    expect(tasks).toHaveLength(1);
    tasks.shift()?.();
    expect(updates).toBe(2);
    expect(store.getState().ui.screen).toBe('reveal');
    expect(store.getState().ui.resolving).toBe(false);
    expect(store.getState().game?.history).toHaveLength(1);
    unsub();
  });

  it('a scheduled resolve of a game that was left does nothing', async () => {
    const { store, tasks } = setup();
    store.getState().startGame('test', 'seed-t', [{ playerId: 'alpha', kind: 'human' }]);
    await store.getState().botsIdle();
    store.getState().submitHuman('alpha', bid);
    store.getState().showMenu();
    tasks.shift()?.();
    expect(store.getState().ui.screen).toBe('menu');
    expect(store.getState().game).toBeNull();
  });

  it('a paused facilitator holds the quarter; resuming schedules it', async () => {
    const { store, tasks } = setup();
    store.getState().startGame('test', 'seed-p', [{ playerId: 'alpha', kind: 'human' }]);
    await store.getState().botsIdle();
    store.getState().setPaused(true);
    store.getState().submitHuman('alpha', bid);
    expect(tasks).toHaveLength(0);
    expect(store.getState().ui.resolving).toBe(false);
    store.getState().setPaused(false);
    expect(store.getState().ui.resolving).toBe(true);
    tasks.shift()?.();
    expect(store.getState().ui.screen).toBe('reveal');
  });

  it("the store's record is the one a GameSession makes from the same actions (one step-and-checkpoint code)", async () => {
    const { store, scenario, tasks } = setup();
    store.getState().startGame('test', 'seed-r', [{ playerId: 'alpha', kind: 'human' }]);
    for (let q = 0; q < 2; q++) {
      await store.getState().botsIdle();
      store.getState().submitHuman('alpha', bid);
      tasks.shift()?.();
      store.getState().continueFromReveal();
    }
    const record = store.getState().record;
    if (!record) throw new Error('no record');
    const again = GameSession.start(scenario, 'seed-r', { seats: record.seats });
    for (const a of record.actions) expect(again.apply(a)).toBeNull();
    expect(again.record?.checkpoints).toEqual(record.checkpoints);
    expect(record.checkpoints).toHaveLength(2);
    expect(noticeShown(store)).toBe('');
  });

  it('a save holds the record as JSON.stringify would write it (the scenario copy serialised once)', async () => {
    const { store, tasks } = setup();
    store.getState().startGame('test', 'seed-j', [{ playerId: 'alpha', kind: 'human' }]);
    await store.getState().botsIdle();
    store.getState().submitHuman('alpha', bid);
    tasks.shift()?.();
    const record = store.getState().record;
    if (!record) throw new Error('no record');
    expect(record.scenarioSnapshot).toBeTruthy();
    expect(JSON.parse(recordText(record))).toEqual(JSON.parse(JSON.stringify(record)));
    expect(recordText(record).length).toBe(JSON.stringify(record).length);
    const bare = { ...record };
    delete bare.scenarioSnapshot;
    expect(recordText(bare)).toBe(JSON.stringify(bare));
  });
});
