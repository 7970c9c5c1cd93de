import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearAuction, openRng, type AuctionBid } from '../../src/engine';
import { clearingOf, lastRecord, metricsOf, newGame, player, resolveWith } from '../helpers/game';
import { company, makeScenario, sku } from '../helpers/scenario';

function bid(quantity: number, maxPrice: number, over: Partial<AuctionBid> = {}): AuctionBid {
  return { quantity, maxPrice, relationship: 50, priorityUnits: 0, tiebreak: 0.5, ...over };
}

describe('clearAuction', () => {
  it('fills by price, partly fills the marginal bid and charges one uniform price', () => {
    // Supply 100 at list 100: B (200) takes 60, A (150) takes the last 40 of its 60, C (120) gets nothing.
    const r = clearAuction(100, 100, 'uniform', [bid(60, 150), bid(60, 200), bid(60, 120)]);
    expect(r.sold).toBe(100);
    expect(r.fills.map((f) => f.filled)).toEqual([40, 60, 0]);
    // Clearing = max(list 100, highest (partly) unfilled bid: A's 150) = 150.
    expect(r.clearingPrice).toBe(150);
    expect(r.fills.map((f) => f.price)).toEqual([150, 150, 0]);
    expect(r.fillOrder).toEqual([1, 0]);
  });

  it('pay-as-bid charges each winner its own price', () => {
    const r = clearAuction(100, 100, 'payAsBid', [bid(60, 150), bid(60, 200), bid(60, 120)]);
    expect(r.fills.map((f) => [f.filled, f.price])).toEqual([
      [40, 150],
      [60, 200],
      [0, 0],
    ]);
    expect(r.clearingPrice).toBe(150);
  });

  it('clears at list price when every eligible bid is filled', () => {
    const r = clearAuction(1000, 100, 'uniform', [bid(300, 180), bid(200, 120)]);
    expect(r.sold).toBe(500);
    expect(r.clearingPrice).toBe(100);
    expect(r.fills.map((f) => f.price)).toEqual([100, 100]);
  });

  it('breaks price ties by relationship, then by the random key', () => {
    const byRel = clearAuction(50, 100, 'uniform', [bid(50, 150, { relationship: 40, tiebreak: 0 }), bid(50, 150, { relationship: 70, tiebreak: 0.9 })]);
    expect(byRel.fills.map((f) => f.filled)).toEqual([0, 50]);
    const byKey = clearAuction(50, 100, 'uniform', [bid(50, 150, { tiebreak: 0.7 }), bid(50, 150, { tiebreak: 0.2 })]);
    expect(byKey.fills.map((f) => f.filled)).toEqual([0, 50]);
    const byKey2 = clearAuction(50, 100, 'uniform', [bid(50, 150, { tiebreak: 0.1 }), bid(50, 150, { tiebreak: 0.2 })]);
    expect(byKey2.fills.map((f) => f.filled)).toEqual([50, 0]);
    // A higher price beats a better relationship.
    const byPrice = clearAuction(50, 100, 'uniform', [bid(50, 151, { relationship: 0 }), bid(50, 150, { relationship: 100 })]);
    expect(byPrice.fills.map((f) => f.filled)).toEqual([50, 0]);
    expect(byPrice.clearingPrice).toBe(150);
  });

  it('sells nothing and charges nobody when supply is zero', () => {
    const r = clearAuction(0, 100, 'uniform', [bid(10, 300), bid(5, 200)]);
    expect(r.sold).toBe(0);
    expect(r.fills).toEqual([
      { filled: 0, price: 0, priority: 0 },
      { filled: 0, price: 0, priority: 0 },
    ]);
    expect(r.fillOrder).toEqual([]);
    expect(clearAuction(-5, 100, 'payAsBid', [bid(10, 300)]).sold).toBe(0);
  });

  it('never fills a bid under the list price, even with supply left, and such bids do not set the price', () => {
    const r = clearAuction(100, 100, 'uniform', [bid(10, 99), bid(20, 100)]);
    expect(r.fills.map((f) => f.filled)).toEqual([0, 20]);
    expect(r.sold).toBe(20);
    expect(r.clearingPrice).toBe(100);
  });

  it('fills chipmaker priority units first and never charges them above their bid', () => {
    // X holds 30 priority units and bids 50 at list; Y bids 100 at 300. Supply 100.
    const r = clearAuction(100, 100, 'uniform', [bid(50, 100, { priorityUnits: 30, relationship: 0 }), bid(100, 300, { relationship: 100 })]);
    expect(r.fills[0]).toEqual({ filled: 30, price: 100, priority: 30 });
    expect(r.fills[1]).toEqual({ filled: 70, price: 300, priority: 0 });
    expect(r.clearingPrice).toBe(300);
    expect(r.fillOrder).toEqual([0, 1]);
    // Priority needs a bid at or above list.
    const under = clearAuction(100, 100, 'uniform', [bid(50, 90, { priorityUnits: 30 })]);
    expect(under.fills[0]?.filled).toBe(0);
    // Pay-as-bid: the priority fill pays its own bid.
    const pab = clearAuction(100, 100, 'payAsBid', [bid(50, 120, { priorityUnits: 30 }), bid(100, 300)]);
    expect(pab.fills.map((f) => [f.filled, f.price])).toEqual([
      [30, 120],
      [70, 300],
    ]);
  });

  it('a priority bid fills its priority units and then competes by price for the rest', () => {
    const r = clearAuction(100, 100, 'uniform', [bid(80, 200, { priorityUnits: 20 }), bid(50, 150)]);
    // Priority 20, then by price: the same bid takes 60 more, the other bid the last 20 of its 50.
    expect(r.fills.map((f) => [f.filled, f.priority])).toEqual([
      [80, 20],
      [20, 0],
    ]);
    expect(r.clearingPrice).toBe(150);
  });

  it('keeps allocations within supply and prices within bids (property)', () => {
    const bidArb = fc.record({
      quantity: fc.nat(500),
      maxPrice: fc.integer({ min: 0, max: 400 }),
      relationship: fc.integer({ min: 0, max: 100 }),
      priorityUnits: fc.oneof(fc.constant(0), fc.nat(200)),
      tiebreak: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.nat(2000), fc.integer({ min: 1, max: 300 }), fc.constantFrom('uniform' as const, 'payAsBid' as const), fc.array(bidArb, { maxLength: 12 }), (supply, list, pricing, bids) => {
        const r = clearAuction(supply, list, pricing, bids);
        const filled = r.fills.reduce((a, f) => a + f.filled, 0);
        expect(filled).toBe(r.sold);
        expect(r.sold).toBeLessThanOrEqual(supply);
        expect(r.clearingPrice).toBeGreaterThanOrEqual(list);
        r.fills.forEach((f, i) => {
          const b = bids[i] as AuctionBid;
          expect(f.filled).toBeGreaterThanOrEqual(0);
          expect(f.filled).toBeLessThanOrEqual(b.quantity);
          if (b.maxPrice < list) expect(f.filled).toBe(0);
          if (f.filled > 0) {
            expect(f.price).toBeLessThanOrEqual(b.maxPrice);
            expect(f.price).toBeGreaterThanOrEqual(list);
            if (pricing === 'payAsBid') expect(f.price).toBe(b.maxPrice);
            else if (f.priority < f.filled) expect(f.price).toBe(r.clearingPrice);
          } else expect(f.price).toBe(0);
        });
        // Supply left over means every eligible bid was filled in full.
        if (r.sold < supply) for (const [i, b] of bids.entries()) if (b.maxPrice >= list) expect(r.fills[i]?.filled).toBe(b.quantity);
      }),
      { numRuns: 300 },
    );
  });
});

describe('runMarket through applyAction', () => {
  const neo = { id: 'neo', name: 'Neoclouds', sku: 'H100', quantity: [300, 300, 300, 300], maxPrice: 29_000, relationship: 10 };

  it('clears uniform: price order, other demand competes, the marginal bid is partly filled', () => {
    const s0 = newGame({ otherDemand: [neo] });
    const s1 = resolveWith(s0, { alpha: { bids: [{ sku: 'H100', quantity: 600, maxPrice: 30_000 }] }, beta: { bids: [{ sku: 'H100', quantity: 600, maxPrice: 28_000 }] } });
    const rec = lastRecord(s1);
    const c = clearingOf(rec, 'H100');
    // alpha 30,000 takes 600; neo 29,000 takes 300; beta 28,000 takes the last 100 of 1,000.
    expect(c.supply).toBe(1000);
    expect(c.sold).toBe(1000);
    expect(c.clearingPrice).toBe(28_000);
    expect(c.bids.map((b) => [b.bidder, b.filled, b.paid, b.note])).toEqual([
      ['alpha', 600, 16_800_000, 'filled'],
      ['neo', 300, 8_400_000, 'filled'],
      ['beta', 100, 2_800_000, 'partial'],
    ]);
    expect(player(s1, 'alpha').fleet.H100).toBe(600);
    expect(player(s1, 'beta').fleet.H100).toBe(100);
    // Cash: 100M + 50M budget - chips + pool share - 10 MW x $10,000 opex. Pool 1M split 600:100 (both MIG):
    // 857,142.86 and 142,857.14 -> 857,142 and 142,857, the leftover dollar to the larger remainder (alpha).
    expect(player(s1, 'alpha').cash).toBe(150_000_000 - 16_800_000 + 857_143 - 100_000);
    expect(player(s1, 'beta').cash).toBe(150_000_000 - 2_800_000 + 142_857 - 100_000);
    expect(player(s1, 'gamma').cash).toBe(150_000_000 - 100_000);
    expect(metricsOf(rec, 'alpha').spend).toBe(16_800_000 + 100_000);
    expect(metricsOf(rec, 'alpha').boughtUnits.H100).toBe(600);
  });

  it('clears pay-as-bid: each winner pays its own price', () => {
    const s0 = newGame({ otherDemand: [neo], market: { ...makeScenario().market, pricing: 'payAsBid' } });
    const s1 = resolveWith(s0, { alpha: { bids: [{ sku: 'H100', quantity: 600, maxPrice: 30_000 }] }, beta: { bids: [{ sku: 'H100', quantity: 600, maxPrice: 28_000 }] } });
    const c = clearingOf(lastRecord(s1), 'H100');
    expect(c.bids.map((b) => [b.bidder, b.filled, b.paid])).toEqual([
      ['alpha', 600, 18_000_000],
      ['neo', 300, 8_700_000],
      ['beta', 100, 2_800_000],
    ]);
    expect(player(s1, 'alpha').cash).toBe(150_000_000 - 18_000_000 + 857_143 - 100_000);
  });

  it('gives a price tie to the better relationship whatever the seed', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const s1 = resolveWith(newGame({}, seed), { alpha: { bids: [{ sku: 'H100', quantity: 800, maxPrice: 26_000 }] }, beta: { bids: [{ sku: 'H100', quantity: 800, maxPrice: 26_000 }] } });
      // alpha (relationship 50) beats beta (40): 800 and the last 200.
      expect(player(s1, 'alpha').fleet.H100).toBe(800);
      expect(player(s1, 'beta').fleet.H100).toBe(200);
    }
  });

  it('breaks a tie of price and relationship with the rng: the lower random key fills first', () => {
    const scenario = makeScenario({ companies: [company({ id: 'alpha' }), company({ id: 'beta' }), company({ id: 'gamma', region: 'CN', tier: 'T3' })] });
    const winners = new Set<string>();
    for (let k = 0; k < 16; k++) {
      const s0 = newGame(scenario, `tie-${k}`);
      // The market's first draws are the tie-break keys, one per entry in player order (nothing else draws before).
      const rng = openRng(s0.rng);
      const keyAlpha = rng.next();
      const keyBeta = rng.next();
      const s1 = resolveWith(s0, { alpha: { bids: [{ sku: 'H100', quantity: 800, maxPrice: 26_000 }] }, beta: { bids: [{ sku: 'H100', quantity: 800, maxPrice: 26_000 }] } });
      const first = keyAlpha < keyBeta ? 'alpha' : 'beta';
      const second = first === 'alpha' ? 'beta' : 'alpha';
      expect(player(s1, first).fleet.H100).toBe(800);
      expect(player(s1, second).fleet.H100).toBe(200);
      winners.add(first);
    }
    expect(winners).toEqual(new Set(['alpha', 'beta']));
  });

  it('sells nothing and charges nobody when supply is zero', () => {
    const s0 = newGame({ skus: [sku({ id: 'H100', supply: [0, 0, 0, 0] })], otherDemand: [neo] });
    const s1 = resolveWith(s0, { alpha: { bids: [{ sku: 'H100', quantity: 600, maxPrice: 30_000 }] } });
    const rec = lastRecord(s1);
    const c = clearingOf(rec, 'H100');
    expect(c.sold).toBe(0);
    expect(c.bids.every((b) => b.filled === 0 && b.paid === 0 && b.note === 'outbid')).toBe(true);
    // Nobody deployed anything, so the pool pays nobody; alpha pays only its opex.
    expect(player(s1, 'alpha').cash).toBe(150_000_000 - 100_000);
    expect(player(s1, 'alpha').fleet.H100).toBe(0);
    expect(rec.revenuePaid).toBe(0);
  });

  it('never fills a bid under the list price', () => {
    const s1 = resolveWith(newGame(), { alpha: { bids: [{ sku: 'H100', quantity: 10, maxPrice: 24_999 }] }, beta: { bids: [{ sku: 'H100', quantity: 10, maxPrice: 25_000 }] } });
    const c = clearingOf(lastRecord(s1), 'H100');
    expect(c.bids.find((b) => b.bidder === 'alpha')).toMatchObject({ filled: 0, paid: 0, note: 'belowList' });
    expect(c.bids.find((b) => b.bidder === 'beta')).toMatchObject({ filled: 10, paid: 250_000, note: 'filled' });
    expect(c.clearingPrice).toBe(25_000);
  });

  it('fills a chipmaker priority deal first, at no more than its bid, from the prepaid credit', () => {
    const s0 = newGame({
      partnerships: [{ id: 'nv-prio', kind: 'chipmaker', name: 'NVIDIA priority', availableFrom: 0, byEventOnly: false, vendor: 'NVIDIA', prepayment: 10_000_000, priorityUnits: 200, quarters: 2 }],
    });
    expect(s0.openPartnerships).toEqual(['nv-prio']);
    const s1 = resolveWith(s0, { alpha: { bids: [{ sku: 'H100', quantity: 1000, maxPrice: 30_000 }] }, beta: { partnership: 'nv-prio', bids: [{ sku: 'H100', quantity: 300, maxPrice: 25_000 }] } });
    const c = clearingOf(lastRecord(s1), 'H100');
    // beta's 200 priority units first; alpha takes the other 800 of its 1,000 and sets the price at 30,000.
    expect(c.clearingPrice).toBe(30_000);
    expect(c.bids.map((b) => [b.bidder, b.filled, b.paid, b.note])).toEqual([
      ['beta', 200, 5_000_000, 'priority'],
      ['alpha', 800, 24_000_000, 'partial'],
    ]);
    const beta = player(s1, 'beta');
    expect(beta.contracts).toEqual([{ partnershipId: 'nv-prio', kind: 'chipmaker', startQuarter: 0, endQuarter: 2, credit: 5_000_000 }]);
    // Pool 1M split 800:200 exactly.
    expect(beta.cash).toBe(150_000_000 - 10_000_000 + 200_000 - 100_000);
    expect(player(s1, 'alpha').cash).toBe(150_000_000 - 24_000_000 + 800_000 - 100_000);
    expect(s1.takenPartnerships).toEqual(['nv-prio']);
    expect(s1.openPartnerships).toEqual([]);
  });

  it('takes every bid of a player for a SKU when the scenario allows several (a bid curve)', () => {
    const s0 = newGame({ otherDemand: [neo], market: { ...makeScenario().market, maxBidsPerSku: 2 } });
    // alpha: 500 at 30,000 and 400 more at 27,000; neo 300 at 29,000. Supply 1,000: 500 + 300 + 200 of the 400.
    const s1 = resolveWith(s0, { alpha: { bids: [{ sku: 'H100', quantity: 500, maxPrice: 30_000 }, { sku: 'H100', quantity: 400, maxPrice: 27_000 }] } });
    const c = clearingOf(lastRecord(s1), 'H100');
    expect(c.clearingPrice).toBe(27_000);
    expect(c.bids.map((b) => [b.bidder, b.maxPrice, b.filled, b.paid])).toEqual([
      ['alpha', 30_000, 500, 13_500_000],
      ['neo', 29_000, 300, 8_100_000],
      ['alpha', 27_000, 200, 5_400_000],
    ]);
    expect(player(s1, 'alpha').fleet.H100).toBe(700);
    expect(player(s1, 'alpha').cash).toBe(150_000_000 - 18_900_000 + 1_000_000 - 100_000);
  });

  it('does not sell a SKU before it is available', () => {
    const s0 = newGame({ skus: [sku({ id: 'H100' }), sku({ id: 'B200', availableFrom: 1, supply: [500, 500, 500, 500] })] });
    const s1 = resolveWith(s0);
    expect(lastRecord(s1).clearing.map((c) => c.sku)).toEqual(['H100']);
  });
});
