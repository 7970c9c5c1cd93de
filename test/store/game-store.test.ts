import { describe, expect, it } from 'vitest';
import { botOrders } from '../../src/ai';
import { handleMessage } from '../../src/ai/worker';
import { emptyOrders, stateHash } from '../../src/engine';
import type { BotRunner } from '../../src/store/bot-client';
import { activeHumanSeat, createGameStore } from '../../src/store/game-store';
import { parseScenarioModules } from '../../src/store/scenarios';
import { makeScenario } from '../helpers/scenario';
import { inlineBots } from '../helpers/store';


function setup(warnings: string[] = []) {
  const scenario = makeScenario();
  const store = createGameStore({ scenarios: [{ fileName: 'test.json', ok: true, scenario }], bots: inlineBots, warn: (m) => warnings.push(m) });
  return { store, scenario };
}

describe('game store', () => {
  it('plays a whole game: bots submit through the worker handler, the human submits, reveal, continue, game over', async () => {
    const warnings: string[] = [];
    const { store, scenario } = setup(warnings);
    store.getState().showMenu('setup');
    expect(store.getState().ui.screen).toBe('menu');
    expect(store.getState().startGame('test', 'seed-1', [{ playerId: 'alpha', kind: 'human', level: 'normal' }])).toBeNull();
    expect(store.getState().ui.screen).toBe('board');
    for (let q = 0; q < scenario.quarters; q++) {
      await store.getState().botsIdle();
      expect(activeHumanSeat(store.getState())?.playerId).toBe('alpha');
      expect(store.getState().ui.screen).toBe('board');
      expect(store.getState().submitHuman('alpha', { ...emptyOrders(), bids: [{ sku: 'H100', quantity: 10, maxPrice: 30_000 }] })).toBeNull();
      expect(store.getState().ui.screen).toBe('reveal');
      expect(store.getState().game?.history).toHaveLength(q + 1);
      expect(store.getState().continueFromReveal()).toBeNull();
    }
    expect(store.getState().ui.screen).toBe('gameOver');
    expect(store.getState().game?.phase).toBe('gameOver');
    expect(warnings).toEqual([]);
    // The record replays: 1 human + 2 bots submit, resolve, advance, per quarter.
    expect(store.getState().record?.actions.filter((a) => a.type === 'resolveQuarter')).toHaveLength(scenario.quarters);
  });

  it('bots in the store make the same orders as the bot called directly', async () => {
    const { store } = setup();
    store.getState().startGame('test', 'seed-2', [{ playerId: 'alpha', kind: 'human', level: 'normal' }]);
    const before = store.getState().game;
    if (!before) throw new Error('no game');
    await store.getState().botsIdle();
    const after = store.getState().game;
    const i = after?.players.findIndex((p) => p.id === 'beta') ?? -1;
    expect(after?.pending[i]).toEqual(botOrders(before, 'beta', 'normal').orders);
  });

  it('returns engine errors without changing the game', async () => {
    const { store } = setup();
    store.getState().startGame('test', 'seed-3', [{ playerId: 'gamma', kind: 'human', level: 'normal' }]);
    await store.getState().botsIdle();
    const game = store.getState().game;
    if (!game) throw new Error('no game');
    const h = stateHash(game);
    const err = store.getState().submitHuman('gamma', { ...emptyOrders(), bids: [{ sku: 'H100', quantity: 10, maxPrice: 30_000 }] });
    expect(err?.code).toBe('EXPORT_BANNED');
    expect(err?.ruleId).toBe('oct-2023');
    expect(stateHash(store.getState().game ?? game)).toBe(h);
    expect(store.getState().dispatch({ type: 'nonsense' })?.code).toBe('MALFORMED');
  });

  it('a bot whose orders are rejected passes instead of stalling the game', async () => {
    const warnings: string[] = [];
    const scenario = makeScenario();
    const badBots: BotRunner = { think: async () => ({ orders: { ...emptyOrders(), bids: [{ sku: 'nope', quantity: 1, maxPrice: 1 }] }, rationale: null }), dispose: () => {} };
    const store = createGameStore({ scenarios: [{ fileName: 't.json', ok: true, scenario }], bots: badBots, warn: (m) => warnings.push(m) });
    store.getState().startGame('test', 's', []);
    await store.getState().botsIdle();
    expect(store.getState().ui.screen).toBe('reveal');
    expect(warnings.length).toBe(3);
  });

  it('lists bundled scenario files, keeps broken ones with their errors, and skips the JSON Schema', () => {
    const good = makeScenario();
    const entries = parseScenarioModules({
      '../../scenarios/b.json': { default: good },
      '../../scenarios/a.json': { default: { id: 3 } },
      '../../scenarios/scenario.schema.json': { default: {} },
    });
    expect(entries.map((e) => e.fileName)).toEqual(['a.json', 'b.json']);
    const broken = entries[0];
    expect(broken?.ok).toBe(false);
    if (broken && !broken.ok) expect(broken.errors[0]?.path).toMatch(/^\$/);
  });
});

describe('bot worker messages', () => {
  it('rejects malformed requests with a reason', () => {
    expect(handleMessage({ type: 'think' })).toMatchObject({ type: 'error', requestId: -1 });
    expect(handleMessage({ type: 'think', requestId: 4, playerId: 'x', level: 'godlike', state: {} })).toMatchObject({ type: 'error', requestId: 4 });
  });
});
