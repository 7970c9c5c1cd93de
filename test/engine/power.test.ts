import { describe, expect, it } from 'vitest';
import { mwNeeded, onsiteRules, ordersSpend, runningCosts, type ResolutionNote } from '../../src/engine';
import { newLedger } from '../../src/engine/draft';
import { payPowerBill } from '../../src/engine/power';
import { advance, lastRecord, metricsOf, newGame, orders, player, reject, resolveWith } from '../helpers/game';
import { company, makeScenario, sku } from '../helpers/scenario';

describe('power construction', () => {
  it('projects under construction come online at their readyQuarter', () => {
    let s = newGame({ companies: [company({ id: 'alpha', powerUnderConstruction: [{ mw: 20, readyQuarter: 2 }] }), company({ id: 'beta' })] });
    const mw: number[] = [];
    const opex: number[] = [];
    for (let q = 0; q < 4; q++) {
      if (q > 0) s = advance(s);
      s = resolveWith(s);
      mw.push(metricsOf(lastRecord(s), 'alpha').powerMw);
      opex.push(metricsOf(lastRecord(s), 'alpha').opex);
      if (q === 2) expect(lastRecord(s).notes).toContainEqual({ code: 'powerOnline', playerId: 'alpha', values: { mw: 20 } });
    }
    expect(mw).toEqual([10, 10, 30, 30]);
    expect(opex).toEqual([100_000, 100_000, 300_000, 300_000]);
    expect(player(s, 'alpha').projects).toEqual([]);
  });

  it('a build is paid at once and comes online leadQuarters later', () => {
    const s0 = newGame({ power: { ...makeScenario().power, leadQuarters: 2 } });
    const s1 = resolveWith(s0, { alpha: { powerBuild: 5 } });
    expect(player(s1, 'alpha').projects).toEqual([{ mw: 5, readyQuarter: 2, onsite: false }]);
    expect(metricsOf(lastRecord(s1), 'alpha').spend).toBe(5_000_000 + 100_000);
    expect(player(s1, 'alpha').cash).toBe(150_000_000 - 5_000_000 - 100_000);
    const s2 = resolveWith(advance(s1));
    expect(player(s2, 'alpha').powerMw).toBe(10);
    const s3 = resolveWith(advance(s2));
    expect(player(s3, 'alpha').powerMw).toBe(15);
    expect(metricsOf(lastRecord(s3), 'alpha').opex).toBe(150_000);
  });
});

describe('on-site generation (the fast, dear option)', () => {
  it('defaults to 2.5x the grid build cost, 2x its running cost and a one-quarter lead', () => {
    const s = newGame();
    expect(onsiteRules(s)).toEqual({ costPerMw: 2_500_000, leadQuarters: 1, opexPerMwPerQuarter: 20_000 });
  });

  it('is paid at once, comes online a quarter later, and runs at its own rate', () => {
    const s0 = newGame({ power: { ...makeScenario().power, leadQuarters: 3, onsite: { costPerMw: 3_000_000, leadQuarters: 1, opexPerMwPerQuarter: 30_000 } } });
    const s1 = resolveWith(s0, { alpha: { powerBuild: 4, powerFast: 5 } });
    expect(player(s1, 'alpha').projects).toEqual([
      { mw: 4, readyQuarter: 3, onsite: false },
      { mw: 5, readyQuarter: 1, onsite: true },
    ]);
    expect(metricsOf(lastRecord(s1), 'alpha').spend).toBe(4 * 1_000_000 + 5 * 3_000_000 + 100_000);
    // Next quarter's running costs already count the on-site MW coming online, at the on-site rate.
    const pre2 = advance(s1);
    expect(runningCosts(pre2, 'alpha')).toBe(10 * 10_000 + 5 * 30_000);
    const s2 = resolveWith(pre2);
    expect(player(s2, 'alpha').powerMw).toBe(15);
    expect(player(s2, 'alpha').onsiteMw).toBe(5);
    expect(metricsOf(lastRecord(s2), 'alpha').opex).toBe(10 * 10_000 + 5 * 30_000);
    // The grid build arrives two quarters after that.
    const s4 = resolveWith(advance(resolveWith(advance(s2))));
    expect(player(s4, 'alpha').powerMw).toBe(19);
    expect(player(s4, 'alpha').onsiteMw).toBe(5);
  });

  it('a company short of cash mothballs on-site generation first', () => {
    const s = newGame({ power: { ...makeScenario().power, onsite: { costPerMw: 3_000_000, leadQuarters: 1, opexPerMwPerQuarter: 30_000 } } });
    const p = { ...player(s, 'alpha'), cash: 130_000, powerMw: 15, onsiteMw: 5 };
    const ledger = newLedger();
    const notes: ResolutionNote[] = [];
    payPowerBill(s, p, ledger, notes);
    // Grid 10 MW x $10,000 = $100,000 first; $30,000 left runs one on-site MW.
    expect([p.powerMw, p.onsiteMw, p.cash, ledger.opex]).toEqual([11, 1, 0, 130_000]);
    expect(notes).toEqual([{ code: 'powerMothballed', playerId: 'alpha', values: { mw: 4 } }]);
  });

  it('orders spend counts both builds at their own cost per MW', () => {
    const s = newGame({ power: { ...makeScenario().power, onsite: { costPerMw: 3_000_000, leadQuarters: 1, opexPerMwPerQuarter: 30_000 } } });
    expect(ordersSpend(s, 'alpha', orders({ powerBuild: 2, powerFast: 3 }))).toBe(2 * 1_000_000 + 3 * 3_000_000);
    expect(reject(s, { type: 'submitOrders', playerId: 'alpha', orders: { powerFast: -1 } }).path).toBe('orders.powerFast');
  });
});

describe('deployment', () => {
  // 21 MW at overhead 1.5 leaves 14,000,000 chip watts.
  const skus = [sku({ id: 'H100', watts: 700, h100e: 1 }), sku({ id: 'H20', watts: 400, h100e: 0.15, tpp: 2368, density: 2.9 })];

  it('chips beyond capacity sit idle: deployed + idle = owned', () => {
    const s = resolveWith(newGame({ skus, companies: [company({ id: 'alpha', powerMw: 21, fleet: { H100: 25_000 } })] }));
    const p = player(s, 'alpha');
    expect(p.deployed.H100).toBe(20_000);
    const m = metricsOf(lastRecord(s), 'alpha');
    expect([m.units, m.deployedUnits, m.idleUnits, m.deployedH100e]).toEqual([25_000, 20_000, 5_000, 20_000]);
  });

  it('the most H100e per watt deploys first', () => {
    // custom 0.5/300 W > H100 1/700 W > H20 0.15/400 W. Custom 10,000 x 300 W = 3,000,000 W; then
    // 11,000,000 / 700 = 15,714 H100 (10,999,800 W); 200 W left: no H20.
    const s = resolveWith(newGame({ skus, companies: [company({ id: 'alpha', powerMw: 21, fleet: { H100: 20_000, H20: 5_000 }, silicon: { ...company({ id: 'x' }).silicon, startFleet: 10_000 } })] }));
    const p = player(s, 'alpha');
    expect(p.deployed).toEqual({ H100: 15_714, H20: 0, custom: 10_000 });
    const m = metricsOf(lastRecord(s), 'alpha');
    expect([m.units, m.deployedUnits, m.idleUnits]).toEqual([35_000, 25_714, 9_286]);
    // Deployed H100e: 15,714 + 0.5 x 10,000; own silicon 5,000.
    expect([m.deployedH100e, m.ownSiliconH100e]).toEqual([20_714, 5_000]);
    for (const key of Object.keys(p.fleet)) expect(p.deployed[key] ?? 0).toBeLessThanOrEqual(p.fleet[key] ?? 0);
  });

  it('idle chips earn nothing: revenue follows deployed compute only', () => {
    // Both own 2,000 H100; alpha can run 1,000 (1.05 MW), beta 2,000: the pool splits 1:2.
    const s = resolveWith(
      newGame({
        skus,
        companies: [company({ id: 'alpha', powerMw: 1, fleet: { H100: 2_000 } }), company({ id: 'beta', powerMw: 3, fleet: { H100: 2_000 } })],
        market: { ...makeScenario().market, revenuePool: [3_000_000, 0, 0, 0] },
      }),
    );
    // 1 MW / 1.5 = 666,666.67 W -> 952 H100.
    expect(player(s, 'alpha').deployed.H100).toBe(952);
    expect(player(s, 'beta').deployed.H100).toBe(2_000);
    // 3,000,000 x 952 / 2,952 = 967,479.67 and 2,032,520.33 -> floors, the leftover dollar to alpha (.67).
    expect(metricsOf(lastRecord(s), 'alpha').revenue).toBe(967_480);
    expect(metricsOf(lastRecord(s), 'beta').revenue).toBe(2_032_520);
  });

  it('mwNeeded: facility MW to run a whole fleet', () => {
    const s = newGame({ skus });
    expect(mwNeeded(s, 0, { H100: 20_000 })).toBe(21);
    expect(mwNeeded(s, 0, { H100: 1_000, H20: 1_000, custom: 1_000 })).toBeCloseTo(((700_000 + 400_000 + 300_000) * 1.5) / 1e6, 9);
  });
});

describe('running costs', () => {
  it('unpaid opex mothballs capacity instead of making cash negative', () => {
    // No cash, no budget, 100 MW at $10,000: the bill is 1M and there is nothing to pay it with.
    const broke = company({ id: 'alpha', cash: 0, budget: [0, 0, 0, 0], powerMw: 100 });
    const s1 = resolveWith(newGame({ companies: [broke, company({ id: 'beta' })] }));
    expect(player(s1, 'alpha').cash).toBe(0);
    expect(player(s1, 'alpha').powerMw).toBe(0);
    expect(lastRecord(s1).notes).toContainEqual({ code: 'powerMothballed', playerId: 'alpha', values: { mw: 100 } });
    expect(metricsOf(lastRecord(s1), 'alpha').opex).toBe(0);
    // $350,000 pays for 35 MW; the other 65 are mothballed.
    const poor = company({ id: 'alpha', cash: 350_000, budget: [0, 0, 0, 0], powerMw: 100 });
    const s2 = resolveWith(newGame({ companies: [poor, company({ id: 'beta' })] }));
    expect(player(s2, 'alpha').cash).toBe(0);
    expect(player(s2, 'alpha').powerMw).toBe(35);
    expect(metricsOf(lastRecord(s2), 'alpha').opex).toBe(350_000);
    expect(lastRecord(s2).notes).toContainEqual({ code: 'powerMothballed', playerId: 'alpha', values: { mw: 65 } });
    // Later quarters run (and bill) only what is left.
    const s3 = resolveWith(advance(s2));
    expect(player(s3, 'alpha').powerMw).toBe(0);
    expect(player(s3, 'alpha').cash).toBe(0);
  });

  it('revenue earned this quarter pays this quarter\'s bill first', () => {
    // 1,000 H100 earn the whole 1M pool before the 1M bill for 100 MW comes.
    const s = resolveWith(newGame({ companies: [company({ id: 'alpha', cash: 0, budget: [0, 0, 0, 0], powerMw: 100, fleet: { H100: 1_000 } })] }));
    expect(player(s, 'alpha').powerMw).toBe(100);
    expect(player(s, 'alpha').cash).toBe(0);
    expect(metricsOf(lastRecord(s), 'alpha').revenue).toBe(1_000_000);
  });

  it('a full game with running costs above income never goes below zero cash', () => {
    let s = newGame({ companies: [company({ id: 'alpha', cash: 500_000, budget: [100_000, 100_000, 100_000, 100_000], powerMw: 300 })] });
    for (let q = 0; q < 4; q++) {
      if (q > 0) s = advance(s);
      s = resolveWith(s);
      expect(player(s, 'alpha').cash).toBeGreaterThanOrEqual(0);
      expect(player(s, 'alpha').powerMw).toBeGreaterThanOrEqual(0);
    }
    // 600,000 pays 60 MW; then 100,000 a quarter pays 10 MW.
    expect(s.history.map((r) => metricsOf(r, 'alpha').powerMw)).toEqual([60, 10, 10, 10]);
  });

});

describe('one formula for "MW needed"', () => {
  it('the store selector the board uses gives exactly the engine\'s mwNeeded', async () => {
    const { powerNeededMw } = await import('../../src/engine/queries');
    const s = newGame({ power: { ...makeScenario().power, overhead: 2.2 } });
    s.players.forEach((p, i) => {
      const fleet = { ...p.fleet, H100: 1_234 + i, custom: 77 * i };
      expect(powerNeededMw(s, p.id, fleet)).toBe(mwNeeded(s, i, fleet));
    });
    // 1,000 H100 at 700 W x 2.2 = 1.54 MW.
    expect(mwNeeded(s, 0, { H100: 1_000 })).toBeCloseTo(1.54, 9);
  });
});
