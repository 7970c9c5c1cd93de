import { describe, expect, it } from 'vitest';
import { carriedSupply, demandTranches, type OtherDemand } from '../../src/engine';
import { parseScenario } from '../../src/scenario';
import { clearingOf, lastRecord, newGame, playQuarter, player, resolveWith } from '../helpers/game';
import { cited, makeScenario, sku } from '../helpers/scenario';

const block: OtherDemand = { id: 'neo', name: 'Neoclouds', sku: 'H100', quantity: [1000, 1000, 1000, 1000], maxPrice: 30_000, relationship: 10 };
const curved: OtherDemand = { ...block, maxPrice: 40_000, curve: [{ price: 40_000, pct: 30 }, { price: 34_000, pct: 30 }, { price: 30_000, pct: 40 }] };

describe('demandTranches', () => {
  it('a block without a curve is one point: all of the quantity at maxPrice', () => {
    expect(demandTranches(block, 0)).toEqual([{ quantity: 1000, maxPrice: 30_000 }]);
    expect(demandTranches(block, 0, 0)).toEqual([]);
  });

  it('a curve wants fewer units the higher the price; the rounding remainder goes to the lowest price', () => {
    expect(demandTranches(curved, 0)).toEqual([
      { quantity: 300, maxPrice: 40_000 },
      { quantity: 300, maxPrice: 34_000 },
      { quantity: 400, maxPrice: 30_000 },
    ]);
    const odd = demandTranches(curved, 0, 1001);
    expect(odd.reduce((a, t) => a + t.quantity, 0)).toBe(1001);
    expect(odd.at(-1)).toEqual({ quantity: 401, maxPrice: 30_000 });
  });
});

describe('outside buyers bid along their curve', () => {
  it('a player outbids the cheap part of the curve but not the buyers who pay more', () => {
    // Supply 1,000. alpha bids 600 at 35,000: ahead of the 34,000 and 30,000 tranches, behind the 40,000 one.
    const s = resolveWith(newGame({ otherDemand: [curved] }), { alpha: { bids: [{ sku: 'H100', quantity: 600, maxPrice: 35_000 }] } });
    const c = clearingOf(lastRecord(s), 'H100');
    expect(player(s, 'alpha').fleet.H100).toBe(600);
    const outside = c.bids.filter((b) => b.other);
    expect(outside.map((b) => [b.maxPrice, b.filled])).toEqual([
      [40_000, 300],
      [34_000, 100],
      [30_000, 0],
    ]);
    // The highest bid left partly unfilled sets the uniform price: the 34,000 tranche.
    expect(c.clearingPrice).toBe(34_000);
  });

  it('with a fixed block (an old file) the same bid crowds the outside buyers out at their one price', () => {
    const s = resolveWith(newGame({ otherDemand: [block] }), { alpha: { bids: [{ sku: 'H100', quantity: 600, maxPrice: 35_000 }] } });
    const c = clearingOf(lastRecord(s), 'H100');
    expect(c.bids.filter((b) => b.other).map((b) => b.filled)).toEqual([400]);
    expect(c.clearingPrice).toBe(30_000);
  });
});

describe('unsold supply carries over one quarter', () => {
  const scenario = { skus: [sku({ id: 'H100', supply: [1000, 500, 0, 0] })] };

  it('what nobody bought is offered again next quarter, at most last quarter’s new supply', () => {
    let s = playQuarter(newGame(scenario), { alpha: { bids: [{ sku: 'H100', quantity: 200, maxPrice: 25_000 }] } });
    // 800 unsold of 1,000: 500 new + 800 carried.
    expect(carriedSupply(s, s.scenario.skus[0] as never)).toBe(800);
    s = playQuarter(s);
    expect(clearingOf(lastRecord(s), 'H100').supply).toBe(1300);
    // Nothing sold in quarter 1 either: only the 500 newly made then carry on; the 800 carried once are gone.
    s = resolveWith(s);
    expect(clearingOf(lastRecord(s), 'H100').supply).toBe(500);
  });
});

describe('scenario files with demand curves', () => {
  it('old files (fixed blocks) load, and a curve must add up to 100% at prices up to maxPrice', () => {
    expect(parseScenario(cited(makeScenario({ otherDemand: [block] }))).ok).toBe(true);
    expect(parseScenario(cited(makeScenario({ otherDemand: [curved] }))).ok).toBe(true);
    const short = parseScenario(cited(makeScenario({ otherDemand: [{ ...curved, curve: [{ price: 40_000, pct: 30 }, { price: 30_000, pct: 40 }] }] })));
    expect(!short.ok && short.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toMatch(/otherDemand\[0\]\.curve: expected the curve's pcts to add up to 100, found 70/);
    const dear = parseScenario(cited(makeScenario({ otherDemand: [{ ...curved, maxPrice: 35_000 }] })));
    expect(!dear.ok && dear.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toMatch(/otherDemand\[0\]\.curve\[0\]\.price: expected a price at most the block's maxPrice \(35000\), found 40000/);
  });
});
