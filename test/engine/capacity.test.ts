/**
 * The capacity planner's math (src/engine/capacity.ts), the export status per chip (src/engine/listing.ts)
 * and the budget's terms (src/engine/budget.ts), each checked against what the rules then do.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bidStatus, budgetBreakdown, budgetTotal, capacityPlan, entityListing, ordersSpend, priceHistory, runningCosts, RUNNING_TERMS, spareUnitsFor, validateOrders, type GameState } from '../../src/engine';
import { lastRecord, metricsOf, newGame, orders, playQuarter, player, resolveWith } from '../helpers/game';
import { company, makeScenario, richScenario } from '../helpers/scenario';

/** makeScenario's alpha with `mw` of power and no chips (overhead 1.5, H100 700 W). */
function withPower(mw: number): GameState {
  return newGame({ companies: [company({ id: 'alpha', powerMw: mw }), company({ id: 'beta' }), company({ id: 'gamma', region: 'CN', tier: 'T3' })] });
}

describe('capacity plan', () => {
  it('counts the chips power runs as the engine deploys them: 10 MW at 1.5x runs 9,523 H100 (700 W)', () => {
    const s = withPower(10);
    expect(spareUnitsFor(s, 'alpha', orders(), 'H100')).toBe(9_523);
    // A bid for 5,000 H100 (if filled) leaves room for 4,523 more.
    expect(spareUnitsFor(s, 'alpha', orders({ bids: [{ sku: 'H100', quantity: 5_000, maxPrice: 30_000 }] }), 'H100')).toBe(4_523);
    // H20 draws 700 W in this scenario too; a bid beyond the power leaves no room at all.
    expect(spareUnitsFor(s, 'alpha', orders({ bids: [{ sku: 'H100', quantity: 20_000, maxPrice: 30_000 }] }), 'H20')).toBe(0);
  });

  it('power a build brings comes online at its lead time and runs the chips then', () => {
    const s = withPower(10);
    const plan = capacityPlan(s, 'alpha', orders({ bids: [{ sku: 'H100', quantity: 20_000, maxPrice: 30_000 }], powerBuild: 10 }));
    expect(plan).not.toBeNull();
    const qs = plan!.quarters;
    expect(qs.map((q) => q.quarter)).toEqual([0, 1, 2, 3]);
    expect(qs.map((q) => q.mwBefore)).toEqual([10, 10, 10, 10]);
    expect(qs.map((q) => q.mw)).toEqual([10, 20, 20, 20]);
    expect(qs.map((q) => q.mwArriving)).toEqual([0, 10, 0, 0]);
    expect(qs[0]).toMatchObject({ units: 20_000, running: 9_523, idle: 10_477, runningH100e: 9_523 });
    // 20 MW / 1.5 / 700 W = 19,047 chips.
    expect(qs[1]).toMatchObject({ units: 20_000, running: 19_047, idle: 953 });
    expect(plan!.grid).toEqual({ mw: 10, quarter: 1 });
    expect(plan!.orderUnits).toBe(20_000);
    expect(plan!.late).toEqual([]);
  });

  it("agrees with the resolution: after the quarter the chips run and idle are the plan's for quarter 0 when every bid fills", () => {
    const s = withPower(1);
    const o = { bids: [{ sku: 'H100', quantity: 1_000, maxPrice: 40_000 }] };
    const plan = capacityPlan(s, 'alpha', orders(o))!;
    const after = resolveWith(s, { alpha: o });
    const m = metricsOf(lastRecord(after), 'alpha');
    expect(m.units).toBe(1_000);
    expect(plan.quarters[0]).toMatchObject({ units: m.units, running: m.deployedUnits, idle: m.idleUnits });
    expect(plan.quarters[0]!.running).toBe(952);
  });

  it('warns of power and own chips that would arrive after the game ends', () => {
    let s = withPower(10);
    for (let q = 0; q < 3; q++) s = playQuarter(s);
    expect(s.quarter).toBe(3);
    const plan = capacityPlan(s, 'alpha', orders({ powerBuild: 5 }))!;
    expect(plan.quarters.map((q) => q.quarter)).toEqual([3]);
    expect(plan.late).toEqual([{ kind: 'grid', amount: 5, quarter: 4, fromOrder: true }]);
    expect(plan.grid).toEqual({ mw: 5, quarter: 4 });
  });

  it('cash at worst is cash less what validateOrders checks (spend plus running costs)', () => {
    const s = withPower(10);
    const o = orders({ bids: [{ sku: 'H100', quantity: 100, maxPrice: 30_000 }], powerBuild: 2 });
    const plan = capacityPlan(s, 'alpha', o)!;
    expect(plan.cashAtWorst).toBe(player(s, 'alpha').cash - ordersSpend(s, 'alpha', o) - runningCosts(s, 'alpha'));
    // Starting cash $150M (cash plus the first quarter's budget), 100 H100 at $30k, 2 MW at $1M, 10 MW to run at $10k.
    expect(plan.cashAtWorst).toBe(150_000_000 - 3_000_000 - 2_000_000 - 100_000);
  });
});

describe('price history', () => {
  it("lists each quarter's clearing price from the records, oldest first", () => {
    let s = newGame();
    s = playQuarter(s, { alpha: { bids: [{ sku: 'H100', quantity: 1_000, maxPrice: 31_000 }] }, beta: { bids: [{ sku: 'H100', quantity: 500, maxPrice: 29_000 }] } });
    s = playQuarter(s, { alpha: { bids: [{ sku: 'H100', quantity: 400, maxPrice: 27_000 }] } });
    const h = priceHistory(s, 'H100');
    expect(h.map((p) => p.quarter)).toEqual([0, 1]);
    expect(h.map((p) => p.price)).toEqual(s.history.map((r) => r.clearing.find((c) => c.sku === 'H100')!.clearingPrice));
    expect(h[0]!.price).toBe(29_000);
    expect(h[0]!.sold).toBe(1_000);
  });
});

describe('export status per chip', () => {
  it("an entity listing closes the controlled vendors' chips and says when it ends (or that it lasts the game)", () => {
    const s0 = newGame({ quarters: 4 });
    const s = structuredClone(s0);
    player(s, 'alpha').entityListUntil = 2;
    expect(entityListing(s, 'alpha')).toEqual({ until: 2, restOfGame: false, vendors: ['NVIDIA'] });
    expect(bidStatus(s, 'alpha', s.scenario.skus[0]!)).toMatchObject({ open: false, reason: 'entityList' });
    player(s, 'alpha').entityListUntil = 9;
    expect(entityListing(s, 'alpha')?.restOfGame).toBe(true);
    expect(entityListing(s0, 'alpha')).toBeNull();
    expect(bidStatus(s0, 'alpha', s0.scenario.skus[0]!)).toMatchObject({ open: true, reason: 'export' });
    // gamma (CN) is banned from the H100 by the October 2023 rule.
    expect(bidStatus(s0, 'gamma', s0.scenario.skus[0]!)).toMatchObject({ open: false, reason: 'export', export: { mode: 'banned' } });
  });

  it('a chip is open exactly when validateOrders accepts a one-unit bid for it (listed or not, every company, every quarter)', () => {
    let s = newGame(richScenario());
    for (let q = 0; q < 6; q++) {
      for (const listed of [false, true]) {
        const st = structuredClone(s);
        if (listed) for (const p of st.players) p.entityListUntil = st.quarter + 2;
        for (const p of st.players)
          for (const sku of st.scenario.skus) {
            const err = validateOrders(st, p.id, orders({ bids: [{ sku: sku.id, quantity: 1, maxPrice: sku.listPrice }] }));
            const closed = err !== null && ['EXPORT_BANNED', 'ENTITY_LISTED', 'NOT_SOLD_TO_REGION', 'NOT_AVAILABLE'].includes(err.code);
            expect(bidStatus(st, p.id, sku).open, `${p.id} ${sku.id} q${q} listed=${listed}: ${err?.message}`).toBe(!closed);
          }
      }
      s = playQuarter(s);
    }
  });
});

describe('budget terms', () => {
  const rich = newGame(richScenario());
  // A state with a chipmaker credit and an AI-lab contract, a project and a booking, so every term can be non-zero.
  const loaded = structuredClone(rich);
  const msft = player(loaded, 'msft');
  msft.contracts.push({ partnershipId: 'nv-priority', kind: 'chipmaker', startQuarter: 0, endQuarter: 4, credit: 300_000_000 });
  msft.contracts.push({ partnershipId: 'lab', kind: 'aiLab', startQuarter: 0, endQuarter: 3, credit: 0 });
  msft.projects.push({ mw: 50, readyQuarter: 0, onsite: true });
  msft.bookings.push({ units: 1_000, dueQuarter: 0, unitBalance: 4_000 });
  loaded.openPartnerships = ['nv-priority'];
  const skuIds = rich.scenario.skus.map((s) => s.id);
  const ordersArb = fc.record({
    bids: fc.array(fc.record({ sku: fc.constantFrom(...skuIds), quantity: fc.nat(200_000), maxPrice: fc.nat(60_000) }), { maxLength: 4 }),
    greyMarket: fc.array(fc.record({ sku: fc.constantFrom(...skuIds), quantity: fc.nat(5_000) }), { maxLength: 2 }),
    siliconInvestment: fc.nat(1_000_000_000),
    customOrder: fc.nat(50_000),
    powerBuild: fc.nat(500),
    powerFast: fc.nat(200),
    partnership: fc.constantFrom(null, 'nv-priority', 'lab'),
    dealBid: fc.nat(100_000_000),
  });

  it('add up to exactly what the rules check: spend terms = ordersSpend, running terms = runningCosts', () => {
    fc.assert(
      fc.property(fc.constantFrom(rich, loaded), fc.constantFrom('msft', 'goog', 'bytd'), ordersArb, (s, id, o) => {
        const b = budgetBreakdown(s, id, o);
        const spendTerms = (Object.keys(b) as (keyof typeof b)[]).filter((k) => !RUNNING_TERMS.includes(k));
        expect(budgetTotal(b, spendTerms)).toBe(ordersSpend(s, id, o));
        expect(budgetTotal(b, RUNNING_TERMS)).toBe(runningCosts(s, id));
        expect(budgetTotal(b)).toBe(ordersSpend(s, id, o) + runningCosts(s, id));
      }),
      { numRuns: 300 },
    );
  });

  it('names the worst-case grey fine and the running costs as their own terms', () => {
    const o = orders({ greyMarket: [{ sku: 'H100', quantity: 1_000 }], bids: [{ sku: 'H100', quantity: 10, maxPrice: 30_000 }] });
    const b = budgetBreakdown(loaded, 'msft', o);
    // H100 list $25,000 + 60% = $40,000 a chip; the fine is 100% of the spend.
    expect(b.grey).toBe(40_000_000);
    expect(b.greyFine).toBe(40_000_000);
    expect(b.bids).toBe(300_000);
    expect(b.vendorCredit).toBe(-300_000);
    expect(b.labPenalty).toBe(100_000_000);
    expect(b.foundryBalance).toBe(4_000_000);
    // 400 MW grid at $200k, 50 MW on-site at the default 2x.
    expect(b.powerBill).toBe(400 * 200_000 + 50 * 400_000);
  });
});

describe('makeScenario sanity for these tests', () => {
  it('has a 1.5 overhead and 700 W chips', () => {
    expect(makeScenario().power.overhead).toBe(1.5);
    expect(makeScenario().skus.map((s) => s.watts)).toEqual([700, 700]);
  });
});
