import { describe, expect, it } from 'vitest';
import { greyPrice, openRng, type GameState } from '../../src/engine';
import { act, advance, lastRecord, metricsOf, newGame, orders, player, reject, resolveWith } from '../helpers/game';
import { company, makeScenario, sku } from '../helpers/scenario';

const ascend = sku({ id: 'Ascend', vendor: 'Huawei', listPrice: 14_000, tpp: 10_240, density: 15.6, soldTo: ['CN'], mig: false });

function game(catchPct: number, seed = 'grey'): GameState {
  const base = makeScenario();
  return newGame(makeScenario({ skus: [...base.skus, ascend], greyMarket: { ...base.greyMarket, catchPct } }), seed);
}

describe('the grey market', () => {
  it('prices at list plus the premium', () => {
    expect(greyPrice(25_000, 50)).toBe(37_500);
    expect(greyPrice(12_345, 15)).toBe(14_197);
  });

  it('caught (catchPct 100): chips seized, spend lost, fined, relationship down, on the entity list', () => {
    const s1 = resolveWith(game(100), { gamma: { greyMarket: [{ sku: 'H100', quantity: 50 }] } });
    const g = player(s1, 'gamma');
    // 50 x 37,500 = 1,875,000 spent and the same again as a 100% fine; 10 MW opex; no compute, no revenue.
    expect(g.fleet.H100).toBe(0);
    expect(g.cash).toBe(150_000_000 - 1_875_000 - 1_875_000 - 100_000);
    expect(g.relationship).toBe(40);
    expect(g.entityListUntil).toBe(3);
    const m = metricsOf(lastRecord(s1), 'gamma');
    expect([m.caught, m.greyUnits, m.spend]).toEqual([true, 0, 3_850_000]);
    expect(lastRecord(s1).notes).toContainEqual({ code: 'greyCaught', playerId: 'gamma', values: { units: 50, fine: 1_875_000 } });
  });

  it('the entity list bans bids for controlled vendors\' parts until it expires, not other vendors\'', () => {
    let s = advance(resolveWith(game(100), { gamma: { greyMarket: [{ sku: 'H100', quantity: 50 }] } }));
    const h20 = orders({ bids: [{ sku: 'H20', quantity: 10, maxPrice: 12_000 }] });
    expect(reject(s, { type: 'submitOrders', playerId: 'gamma', orders: h20 })).toMatchObject({ code: 'ENTITY_LISTED', values: { playerId: 'gamma', sku: 'H20', vendor: 'NVIDIA', until: 3 } });
    act(s, { type: 'submitOrders', playerId: 'gamma', orders: orders({ bids: [{ sku: 'Ascend', quantity: 10, maxPrice: 14_000 }] }) });
    s = advance(resolveWith(s));
    expect(s.quarter).toBe(2);
    expect(reject(s, { type: 'submitOrders', playerId: 'gamma', orders: h20 }).code).toBe('ENTITY_LISTED');
    s = advance(resolveWith(s));
    expect(s.quarter).toBe(3);
    const s3 = resolveWith(s, { gamma: h20 });
    expect(player(s3, 'gamma').fleet.H20).toBe(10);
  });

  it('not caught (catchPct 0): the chips arrive and run', () => {
    const s1 = resolveWith(game(0), { gamma: { greyMarket: [{ sku: 'H100', quantity: 50 }] } });
    const g = player(s1, 'gamma');
    expect(g.fleet.H100).toBe(50);
    expect(g.deployed.H100).toBe(50);
    expect(g.entityListUntil).toBe(0);
    expect(g.relationship).toBe(50);
    // The only deployed compute in the game: the whole 1M pool.
    expect(g.cash).toBe(150_000_000 - 1_875_000 + 1_000_000 - 100_000);
    const m = metricsOf(lastRecord(s1), 'gamma');
    expect([m.caught, m.greyUnits, m.boughtUnits.H100]).toEqual([false, 50, 50]);
    expect(lastRecord(s1).notes).toContainEqual({ code: 'greyBought', playerId: 'gamma', values: { units: 50, spend: 1_875_000 } });
  });

  it('the catch is drawn from the game rng', () => {
    const seen = new Set<boolean>();
    for (let k = 0; k < 12; k++) {
      const s0 = game(50, `catch-${k}`);
      // Nobody bids or invests: the catch is the quarter's first draw.
      const caught = openRng(s0.rng).next() * 100 < 50;
      const s1 = resolveWith(s0, { gamma: { greyMarket: [{ sku: 'H100', quantity: 20 }] } });
      expect(player(s1, 'gamma').fleet.H100).toBe(caught ? 0 : 20);
      expect(metricsOf(lastRecord(s1), 'gamma').caught).toBe(caught);
      seen.add(caught);
    }
    expect(seen).toEqual(new Set([true, false]));
  });

  it('grey-market chips do not count as purchases from NVIDIA towards the relationship', () => {
    // 25,000 NVIDIA units earn a point. gamma buys 24,950 H20 openly and 50 H100 on the grey market: no point.
    const base = makeScenario();
    const big = newGame(
      makeScenario({
        skus: [sku({ id: 'H100' }), sku({ id: 'H20', h100e: 0.15, listPrice: 12_000, tpp: 2368, density: 2.9, supply: [30_000, 0, 0, 0] })],
        companies: [company({ id: 'alpha' }), company({ id: 'gamma', region: 'CN', tier: 'T3', cash: 400_000_000, powerMw: 100 })],
        greyMarket: { ...base.greyMarket, catchPct: 0 },
      }),
    );
    const s1 = resolveWith(big, { gamma: { bids: [{ sku: 'H20', quantity: 24_950, maxPrice: 12_000 }], greyMarket: [{ sku: 'H100', quantity: 50 }] } });
    expect(player(s1, 'gamma').fleet).toMatchObject({ H20: 24_950, H100: 50 });
    expect(player(s1, 'gamma').relationship).toBe(50);
    // 25,000 bought openly do earn it.
    const s2 = resolveWith(big, { gamma: { bids: [{ sku: 'H20', quantity: 25_000, maxPrice: 12_000 }] } });
    expect(player(s2, 'gamma').relationship).toBe(51);
  });
});
