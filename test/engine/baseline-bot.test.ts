/** The baseline bot (src/ai/baseline.ts) plays by the engine's rules: every order it submits is accepted. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineOrders } from '../../src/ai/baseline';
import { applyAction, createGame, type GameState, type Orders, type Scenario } from '../../src/engine';
import { act } from '../helpers/game';
import { namedRule, oct2023Rule, richScenario, shippedScenario } from '../helpers/scenario';
import { scenarioOf, variantArb } from '../helpers/variants';

/** Plays a whole game with baseline bots in every seat; fails on the first rejected order. Returns the orders submitted. */
function playBots(scenario: Scenario, seed: string, forced: (s: GameState, id: string) => Orders | null = () => null): { final: GameState; submitted: Orders[] } {
  let s = createGame(scenario, seed);
  const submitted: Orders[] = [];
  while (s.phase === 'orders') {
    for (const p of s.players) {
      const o = forced(s, p.id) ?? baselineOrders(s, p.id);
      const r = applyAction(s, { type: 'submitOrders', playerId: p.id, orders: o });
      if (!r.ok) throw new Error(`seed ${seed}, quarter ${s.quarter}: ${p.id}'s orders were rejected: ${r.error.code} ${r.error.message}`);
      s = r.state;
      submitted.push(o);
    }
    s = act(act(s, { type: 'resolveQuarter' }), { type: 'advance' });
  }
  return { final: s, submitted };
}

describe('the baseline bot', () => {
  it('never submits a rejected order on the rich scenario, over many seeds', () => {
    let bids = 0;
    for (let k = 0; k < 30; k++) {
      const { final, submitted } = playBots(richScenario(), `bot-${k}`);
      expect(final.phase).toBe('gameOver');
      bids += submitted.reduce((a, o) => a + o.bids.length, 0);
    }
    // It does play: bids every quarter, not only empty orders.
    expect(bids).toBeGreaterThan(30 * 8 * 3);
  });

  it('stays legal under tighter rules: an H20 cap, a revenue share, a ban from mid-game, no cash', () => {
    const tight = richScenario({
      exportRules: [oct2023Rule(), namedRule('cap', ['H20'], { kind: 'cap', unitsPerQuarter: 1_000 }, 2), namedRule('share', ['Ascend910B'], { kind: 'revenueShare', pct: 25 }, 0), namedRule('ban', ['H20'], { kind: 'banned' }, 5)],
    });
    for (let k = 0; k < 8; k++) playBots(tight, `tight-${k}`);
    const poor = richScenario();
    const broke = { ...poor, companies: poor.companies.map((c) => ({ ...c, cash: 0, budget: c.budget.map(() => 10_000_000) })) };
    for (let k = 0; k < 4; k++) playBots(broke, `broke-${k}`);
  });

  it('stays legal when it is on the entity list', () => {
    const scenario = richScenario({ greyMarket: { ...richScenario().greyMarket, catchPct: 100 } });
    const forced = (s: GameState, id: string): Orders | null => (id === 'bytd' && s.quarter === 0 ? { ...baselineOrders(s, id), bids: [], greyMarket: [{ sku: 'H100', quantity: 1_000 }] } : null);
    const { final } = playBots(scenario, 'listed', forced);
    expect(final.history[0]?.metrics.find((m) => m.playerId === 'bytd')?.caught).toBe(true);
  });

  const shipped = shippedScenario();
  it.runIf(shipped !== null)('never submits a rejected order on the shipped base game', () => {
    for (let k = 0; k < 10; k++) expect(playBots(shipped as Scenario, `shipped-${k}`).final.phase).toBe('gameOver');
  });

  it('never submits a rejected order on random scenario variants', () => {
    fc.assert(
      fc.property(variantArb, (v) => {
        playBots(scenarioOf(v), v.seed);
      }),
      { numRuns: 60 },
    );
  });
});
