import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PartnershipSpec, Scenario } from '../../src/engine';
import { effectivePool, sharePool } from '../../src/engine/economy';
import { act, advance, lastRecord, metricsOf, newGame, orders, player, reject, resolveWith } from '../helpers/game';
import { company, makeScenario, sku } from '../helpers/scenario';

describe('sharePool', () => {
  it('pays floors, then leftover dollars by largest remainder, ties in order', () => {
    expect(sharePool(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(sharePool(7, [1, 0, 2])).toEqual([2, 0, 5]);
    expect(sharePool(1_000_000, [1150, 1000])).toEqual([534_884, 465_116]);
  });

  it('pays nothing when nobody has weight or the pool is empty; negative weights count as zero', () => {
    expect(sharePool(10, [0, 0])).toEqual([0, 0]);
    expect(sharePool(0, [1, 2])).toEqual([0, 0]);
    expect(sharePool(10, [])).toEqual([]);
    expect(sharePool(10, [-5, 1])).toEqual([0, 10]);
  });

  it('pays out exactly the pool whenever any weight is positive (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000_000 }),
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e7, noNaN: true }), fc.integer({ min: 0, max: 2_000_000 })), { minLength: 1, maxLength: 10 }),
        (pool, weights) => {
          const out = sharePool(pool, weights);
          const paid = out.reduce((a, b) => a + b, 0);
          out.forEach((x, i) => {
            expect(Number.isSafeInteger(x)).toBe(true);
            expect(x).toBeGreaterThanOrEqual(0);
            if ((weights[i] as number) <= 0) expect(x).toBe(0);
          });
          expect(paid).toBe(weights.some((w) => w > 0) ? pool : 0);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the revenue pool in a quarter', () => {
  const mi300x = sku({ id: 'MI300X', vendor: 'AMD', mig: false, h100e: 1, listPrice: 15_000, tpp: 20_900, density: 20.5 });

  it('is shared by deployed compute, MIG chips weighted by migYield, and paid out exactly', () => {
    const s = resolveWith(
      newGame({
        skus: [sku({ id: 'H100' }), mi300x],
        companies: [company({ id: 'alpha', fleet: { H100: 1_000 } }), company({ id: 'beta', fleet: { MI300X: 1_000 } }), company({ id: 'gamma', region: 'CN', tier: 'T3' })],
      }),
    );
    const rec = lastRecord(s);
    // Weights 1,000 x 1.15 and 1,000 x 1: 534,883.72 and 465,116.28 -> 534,884 and 465,116.
    expect(metricsOf(rec, 'alpha').revenue).toBe(534_884);
    expect(metricsOf(rec, 'beta').revenue).toBe(465_116);
    expect(metricsOf(rec, 'gamma').revenue).toBe(0);
    expect(rec.revenuePool).toBe(1_000_000);
    expect(rec.revenuePaid).toBe(1_000_000);
    expect(player(s, 'alpha').totals.revenue).toBe(534_884);
    expect(player(s, 'alpha').cash).toBe(150_000_000 + 534_884 - 100_000);
  });

  it('pays nothing when nobody has deployed compute', () => {
    const rec = lastRecord(resolveWith(newGame()));
    expect(rec.revenuePool).toBe(1_000_000);
    expect(rec.revenuePaid).toBe(0);
  });

  it('a revenuePool event scales the pool for its quarters', () => {
    let s = newGame({
      companies: [company({ id: 'alpha', fleet: { H100: 10 } }), company({ id: 'beta', fleet: { H100: 20 } })],
      events: [{ id: 'boom', quarter: 0, headline: { en: 'Boom', de: 'Boom' }, body: { en: '.', de: '.' }, source: 'test', effects: [{ kind: 'revenuePool', pct: 50, quarters: 1 }] }],
    });
    expect(effectivePool(s)).toBe(1_500_000);
    s = resolveWith(s);
    expect([lastRecord(s).revenuePool, lastRecord(s).revenuePaid]).toEqual([1_500_000, 1_500_000]);
    expect(metricsOf(lastRecord(s), 'alpha').revenue).toBe(500_000);
    s = resolveWith(advance(s));
    expect([lastRecord(s).revenuePool, lastRecord(s).revenuePaid]).toEqual([1_000_000, 1_000_000]);
  });
});

describe('AI-lab partnerships', () => {
  const lab: PartnershipSpec = { id: 'lab', kind: 'aiLab', name: 'Frontier Lab', availableFrom: 0, byEventOnly: false, computeH100e: 400, revenuePerQuarter: 2_000_000, quarters: 2, shortfallPenalty: 1_000_000 };
  const scenario = (alphaH100: number): Scenario =>
    makeScenario({
      companies: [company({ id: 'alpha', fleet: { H100: alphaH100 } }), company({ id: 'beta', nvidiaRelationship: 40, fleet: { H100: 1_000 } }), company({ id: 'gamma', region: 'CN', tier: 'T3' })],
      partnerships: [lab],
    });

  it('reserve compute for the lab, which pays for it instead of the pool', () => {
    const s1 = resolveWith(newGame(scenario(1_000)), { alpha: { partnership: 'lab' } });
    const rec = lastRecord(s1);
    expect(player(s1, 'alpha').contracts).toEqual([{ partnershipId: 'lab', kind: 'aiLab', startQuarter: 0, endQuarter: 2, credit: 0 }]);
    // alpha's pool weight: 1,150 x (1 - 400/1,000) = 690 against beta's 1,150: 375,000 and 625,000.
    expect(metricsOf(rec, 'alpha').revenue).toBe(375_000 + 2_000_000);
    expect(metricsOf(rec, 'beta').revenue).toBe(625_000);
    expect(rec.revenuePaid).toBe(1_000_000);
    expect(player(s1, 'alpha').cash).toBe(150_000_000 + 2_375_000 - 100_000);
    expect(rec.notes).toContainEqual({ code: 'partnershipWon', playerId: 'alpha', values: { partnership: 'lab', bid: 0, rivals: 0 } });
    // The contract ends after two quarters: from quarter 2 the pool splits 1:1 again.
    const s2 = resolveWith(advance(s1));
    expect(metricsOf(lastRecord(s2), 'alpha').revenue).toBe(2_375_000);
    const s3 = resolveWith(advance(s2));
    expect(metricsOf(lastRecord(s3), 'alpha').revenue).toBe(500_000);
    expect(metricsOf(lastRecord(s3), 'beta').revenue).toBe(500_000);
  });

  it('charge a shortfall penalty pro rata to the compute missing', () => {
    // alpha runs 200 H100 of the 400 promised: half the lab revenue, half the 1M penalty; all its compute
    // goes to the lab, so beta takes the whole pool.
    const s1 = resolveWith(newGame(scenario(200)), { alpha: { partnership: 'lab' } });
    const rec = lastRecord(s1);
    expect(metricsOf(rec, 'alpha').revenue).toBe(1_000_000);
    expect(metricsOf(rec, 'beta').revenue).toBe(1_000_000);
    expect(metricsOf(rec, 'alpha').spend).toBe(500_000 + 100_000);
    expect(player(s1, 'alpha').cash).toBe(150_000_000 + 1_000_000 - 500_000 - 100_000);
    expect(rec.notes).toContainEqual({ code: 'labShortfall', playerId: 'alpha', values: { partnership: 'lab', penalty: 500_000 } });
    expect(rec.revenuePaid).toBe(rec.revenuePool);
  });

  it('never charge a shortfall penalty beyond the cash left', () => {
    const broke = makeScenario({ companies: [company({ id: 'alpha', cash: 300_000, budget: [0, 0, 0, 0], powerMw: 0 }), company({ id: 'beta' })], partnerships: [lab] });
    const s1 = resolveWith(newGame(broke), { alpha: { partnership: 'lab' } });
    // No compute at all: the whole 1M penalty is due, but only $300,000 is there.
    expect(player(s1, 'alpha').cash).toBe(0);
    expect(lastRecord(s1).notes).toContainEqual({ code: 'labShortfall', playerId: 'alpha', values: { partnership: 'lab', penalty: 300_000 } });
  });

  it('go to the best relationship among several takers; the deal is then gone', () => {
    const s0 = newGame(scenario(1_000));
    const s1 = resolveWith(s0, { alpha: { partnership: 'lab' }, beta: { partnership: 'lab' } });
    expect(player(s1, 'alpha').contracts.map((c) => c.partnershipId)).toEqual(['lab']);
    expect(player(s1, 'beta').contracts).toEqual([]);
    expect(lastRecord(s1).notes).toContainEqual({ code: 'partnershipLost', playerId: 'beta', values: { partnership: 'lab', winner: 'alpha', bid: 0, winnerBid: 0 } });
    const s2 = advance(s1);
    expect(s2.openPartnerships).toEqual([]);
    expect(s2.takenPartnerships).toEqual(['lab']);
    const e = reject(s2, { type: 'submitOrders', playerId: 'beta', orders: orders({ partnership: 'lab' }) });
    expect(e).toEqual({ code: 'PARTNERSHIP_CLOSED', values: { partnership: 'lab' }, message: 'lab is not open this quarter', path: 'orders.partnership' });
  });

  it('the running costs checked at submission include a held lab contract\'s worst-case penalty', () => {
    const s1 = advance(resolveWith(newGame(scenario(1_000)), { alpha: { partnership: 'lab' } }));
    const cash = player(s1, 'alpha').cash;
    // opex 100,000 + penalty 1,000,000 must stay covered.
    const e = reject(s1, { type: 'submitOrders', playerId: 'alpha', orders: orders({ powerBuild: Math.floor((cash - 1_100_000) / 1_000_000) + 1 }) });
    expect(e.code).toBe('OVER_BUDGET');
    act(s1, { type: 'submitOrders', playerId: 'alpha', orders: orders({ powerBuild: Math.floor((cash - 1_100_000) / 1_000_000) }) });
  });
});
