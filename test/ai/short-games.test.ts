import { describe, expect, it } from 'vitest';
import { botOrders, decide, explain } from '../../src/ai';
import { plannerPrices } from '../../src/ai/bot';
import { makeContext } from '../../src/ai/context';
import { shortGameFirming } from '../../src/ai/valuation';
import { createGame, viewFor, type Scenario } from '../../src/engine';
import { playGame } from '../../src/replay/session';
import { shippedScenario } from '../helpers/scenario';

function shipped(name: string): Scenario {
  const scenario = shippedScenario(name);
  if (!scenario) throw new Error(`scenarios/${name}.json does not load`);
  return scenario;
}

/** `shortGameFirming` for the normal bot in `seat`, quarter by quarter of a game played by normal bots. */
function firmingByQuarter(scenario: Scenario, seat: string): number[] {
  const out: number[] = [];
  const { state } = playGame(scenario, 'short-1', (s, id) => {
    if (id === seat) {
      const view = viewFor(s, id);
      const ctx = view ? makeContext(view, 'normal') : null;
      if (ctx) out.push(shortGameFirming(ctx));
    }
    return botOrders(s, id, 'normal');
  }, { record: false });
  expect(state.phase).toBe('gameOver');
  return out;
}

describe('the normal bot in short games', () => {
  it('firms its bids further only in games too short for its eight-quarter pace', () => {
    const base = firmingByQuarter(shipped('2024-hopper-scramble'), 'microsoft');
    expect(base).toHaveLength(8);
    expect(base.every((x) => x === 1)).toBe(true);
    const sprint = firmingByQuarter(shipped('classroom-sprint'), 'microsoft');
    expect(sprint).toHaveLength(4);
    // At an asset life of 20 quarters a four-quarter game starts at 2.5 / 1.5 and stays above 1 to the end.
    expect(sprint[0]).toBeCloseTo(2.5 / 1.5, 6);
    for (const x of sprint) expect(x).toBeGreaterThan(1);
  });

  it('powers its own chips on site where no grid build can come online before the end (classroom sprint, Microsoft)', () => {
    const scenario = shipped('classroom-sprint');
    expect(scenario.power.leadQuarters).toBeGreaterThanOrEqual(scenario.quarters);
    const fast: number[] = [];
    const { state, rejected } = playGame(scenario, '1', (s, id) => {
      const d = botOrders(s, id, 'normal');
      if (id === 'microsoft') fast.push(d.orders.powerFast ?? 0);
      return d;
    }, { record: false });
    expect(rejected).toEqual([]);
    const ms = state.players.find((p) => p.id === 'microsoft');
    if (!ms) throw new Error('no microsoft seat');
    // Before this rule the normal bot booked 100,000 Maia in the first quarter and left every one idle to the end.
    expect(fast.some((mw) => mw > 0)).toBe(true);
    expect(ms.deployed.custom ?? 0).toBeGreaterThan(0);
    expect(ms.onsiteMw).toBeGreaterThan(0);
  });

  it('builds on-site power for the chips it expects where no grid build can come in time, and says so (2025 scenario, Amazon)', () => {
    const scenario = shipped('2025-diffusion-rule');
    expect(scenario.power.leadQuarters).toBeGreaterThanOrEqual(scenario.quarters);
    const gaps: number[] = [];
    const { state, rejected } = playGame(scenario, '1', (s, id) => {
      const d = botOrders(s, id, 'normal');
      if (id === 'amazon') for (const r of d.rationale.power.reasons) if (r.code === 'powerFastGap') gaps.push(Number(r.values.mw));
      return d;
    }, { record: false });
    expect(rejected).toEqual([]);
    const amazon = state.players.find((p) => p.id === 'amazon');
    if (!amazon) throw new Error('no amazon seat');
    // Before this rule the normal Amazon built no on-site power here and ended the seed with 1.19 million chips idle.
    expect(gaps.length).toBeGreaterThan(0);
    expect(amazon.onsiteMw).toBeGreaterThanOrEqual(Math.min(...gaps));
    const idle = Object.values(amazon.fleet).reduce((a, b) => a + b, 0) - Object.values(amazon.deployed).reduce((a, b) => a + b, 0);
    expect(idle).toBeLessThan(1_000_000);
  });

  it('keeps the eight-quarter game as it was: no on-site power from the normal bots of the base game', () => {
    const scenario = shipped('2024-hopper-scramble');
    const { state } = playGame(scenario, '1', (s, id) => botOrders(s, id, 'normal'), { record: false });
    for (const p of state.players) expect(p.onsiteMw, p.id).toBe(0);
  });
});

/** Chips owned but not running at the end, summed over every seat. */
function idleChips(state: { players: readonly { fleet: Record<string, number>; deployed: Record<string, number> }[] }): number {
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  return state.players.reduce((a, p) => a + sum(p.fleet) - sum(p.deployed), 0);
}

describe('the normal bot allocates its money by the theme plan only in short games', () => {
  it('orders exactly what its planner orders in the eight-quarter base game', () => {
    let decisions = 0;
    playGame(shipped('2024-hopper-scramble'), 'theme-1', (s, id) => {
      const d = botOrders(s, id, 'normal');
      const view = viewFor(s, id);
      if (view && id === 'amazon') {
        expect(d.orders).toEqual(decide(view, s.seed, 'normal').orders);
        decisions++;
      }
      return d;
    }, { record: false });
    expect(decisions).toBe(8);
  });

  it('in a short game bids only for chips its planner would buy, never over the planner’s firm price, and leaves fewer chips idle than the planner alone', () => {
    const scenario = shipped('2025-diffusion-rule');
    let bids = 0;
    const mixed = playGame(scenario, 'theme-1', (s, id) => {
      const d = botOrders(s, id, 'normal');
      const view = viewFor(s, id);
      if (view) {
        const firm = plannerPrices(view);
        for (const b of d.orders.bids) {
          const cap = firm.get(b.sku);
          expect(cap, `${id} ${b.sku}`).not.toBeNull();
          expect(b.maxPrice, `${id} ${b.sku} quarter ${s.quarter}`).toBeLessThanOrEqual(cap ?? 0);
          bids++;
        }
      }
      return d;
    }, { record: false });
    expect(mixed.rejected).toEqual([]);
    expect(bids).toBeGreaterThan(20);
    const planner = playGame(scenario, 'theme-1', (s, id) => {
      const view = viewFor(s, id);
      return view ? decide(view, s.seed, 'normal') : botOrders(s, id, 'normal');
    }, { record: false });
    expect(idleChips(mixed.state)).toBeLessThan(idleChips(planner.state));
  });

  it('says why a short game’s bid goes over what a unit is worth at its usual pace (English and German)', () => {
    const scenario = shipped('2025-diffusion-rule');
    const state = createGame(scenario, 'explain');
    const d = botOrders(state, 'amazon', 'normal');
    const over = d.rationale.bids.find((b) => b.quantity > 0 && b.maxPrice > b.valuation);
    if (!over) throw new Error('no bid over its usual worth in this seed');
    expect(over.reasons[0]?.code).toBe('shortGame');
    const en = explain(d.rationale, 'en').join('\n');
    expect(en).toMatch(/at our usual pace, and more in a game this short/);
    expect(en).toMatch(/a game this short: money kept has only 4 quarters left to buy in, so a unit is worth up to \d+% more to us/);
    const de = explain(d.rationale, 'de').join('\n');
    expect(de).toMatch(/in einem so kurzen Spiel mehr/);
  });
});
