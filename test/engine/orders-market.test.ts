/**
 * The orders-market mechanisms: bid tranches (a demand curve per chip), partnership deals sold by sealed bid,
 * a grey market whose risk grows with volume, and export rules whose modes combine and name their issuer.
 */
import { describe, expect, it } from 'vitest';
import { exportStatusFor, greyCatchPct, greyFine, normalizeOrders, ordersSpend, validateOrders, type PartnershipSpec, type Scenario } from '../../src/engine';
import { clearingOf, lastRecord, newGame, orders, player, reject, resolveWith } from '../helpers/game';
import { company, makeScenario, namedRule, REAL_SKUS, sku } from '../helpers/scenario';

function tranches(over: Partial<Scenario> = {}): Scenario {
  const base = makeScenario();
  return makeScenario({ market: { ...base.market, maxBidsPerSku: 3 }, skus: [sku({ id: 'H100', supply: [1000, 1000, 1000, 1000] })], exportRules: [], ...over });
}

describe('bid tranches', () => {
  it('a demand curve fills from its top tranche down, every filled tranche at the one uniform price', () => {
    // alpha: 300 at 38k, 300 more at 34k, 300 more at 31k. beta: 500 at 33k. Supply 1,000.
    const curve = [
      { sku: 'H100', quantity: 300, maxPrice: 38_000 },
      { sku: 'H100', quantity: 300, maxPrice: 34_000 },
      { sku: 'H100', quantity: 300, maxPrice: 31_000 },
    ];
    const s1 = resolveWith(newGame(tranches()), { alpha: { bids: curve }, beta: { bids: [{ sku: 'H100', quantity: 500, maxPrice: 33_000 }] } });
    const c = clearingOf(lastRecord(s1), 'H100');
    const alpha = c.bids.filter((b) => b.bidder === 'alpha');
    // 38k and 34k tranches fill (600), beta takes the remaining 400 of its 500 at 33k, the 31k tranche is outbid.
    expect(alpha.map((b) => [b.maxPrice, b.filled])).toEqual([
      [38_000, 300],
      [34_000, 300],
      [31_000, 0],
    ]);
    expect(c.clearingPrice).toBe(33_000);
    expect(alpha.map((b) => b.paid)).toEqual([300 * 33_000, 300 * 33_000, 0]);
    expect(player(s1, 'alpha').fleet.H100).toBe(600);
  });

  it('allows up to maxBidsPerSku tranches and names the limit when there are more', () => {
    const g = newGame(tranches());
    const three = orders({ bids: [30_000, 29_000, 28_000].map((p) => ({ sku: 'H100', quantity: 10, maxPrice: p })) });
    expect(validateOrders(g, 'alpha', three)).toBeNull();
    const four = orders({ bids: [30_000, 29_000, 28_000, 27_000].map((p) => ({ sku: 'H100', quantity: 10, maxPrice: p })) });
    const e = validateOrders(g, 'alpha', four);
    expect(e?.code).toBe('DUPLICATE_SKU');
    expect(e?.path).toBe('orders.bids[3].sku');
    expect(e?.message).toMatch(/at most 3 bid/);
  });

  it('checks each tranche on its own (a bad price in the third is rejected at its path) and the budget on the whole curve', () => {
    const g = newGame(tranches());
    const badThird = { type: 'submitOrders', playerId: 'alpha', orders: { bids: [{ sku: 'H100', quantity: 10, maxPrice: 30_000 }, { sku: 'H100', quantity: 10, maxPrice: 29_000 }, { sku: 'H100', quantity: 10, maxPrice: -1 }] } };
    expect(reject(g, badThird)).toMatchObject({ code: 'BAD_AMOUNT', path: 'orders.bids[2].maxPrice' });
    // alpha has 150M (100M cash and a 50M budget): each tranche alone fits, together (worst case: every tranche filled at its max) they do not.
    const curve = orders({ bids: [{ sku: 'H100', quantity: 2_500, maxPrice: 40_000 }, { sku: 'H100', quantity: 2_000, maxPrice: 30_000 }] });
    expect(ordersSpend(g, 'alpha', curve)).toBe(2_500 * 40_000 + 2_000 * 30_000);
    expect(validateOrders(g, 'alpha', orders({ bids: [curve.bids[0]!] }))).toBeNull();
    expect(validateOrders(g, 'alpha', curve)?.code).toBe('OVER_BUDGET');
  });

  it('an export cap counts every tranche of the capped chips together', () => {
    const capped = tranches({ exportRules: [namedRule('cap', ['H100'], { kind: 'cap', unitsPerQuarter: 500 }, 0, { destinations: { regions: ['US'], tiers: [] } })] });
    const g = newGame(capped);
    const fits = orders({ bids: [{ sku: 'H100', quantity: 300, maxPrice: 30_000 }, { sku: 'H100', quantity: 200, maxPrice: 27_000 }] });
    expect(validateOrders(g, 'alpha', fits)).toBeNull();
    const over = orders({ bids: [{ sku: 'H100', quantity: 300, maxPrice: 30_000 }, { sku: 'H100', quantity: 201, maxPrice: 27_000 }] });
    expect(validateOrders(g, 'alpha', over)).toMatchObject({ code: 'EXPORT_CAP', path: 'orders.bids[1].quantity' });
  });
});

const lab: PartnershipSpec = { id: 'lab', kind: 'aiLab', name: 'Lab', availableFrom: 0, byEventOnly: false, computeH100e: 0, revenuePerQuarter: 1_000_000, quarters: 2, shortfallPenalty: 0 };
const prio: PartnershipSpec = { id: 'prio', kind: 'chipmaker', name: 'NVIDIA priority', availableFrom: 0, byEventOnly: false, vendor: 'NVIDIA', prepayment: 10_000_000, priorityUnits: 100, quarters: 2 };

function deals(): Scenario {
  return makeScenario({ companies: [company({ id: 'alpha', nvidiaRelationship: 90 }), company({ id: 'beta', nvidiaRelationship: 10 }), company({ id: 'gamma', nvidiaRelationship: 50 })], exportRules: [], partnerships: [lab, prio] });
}

describe('contested deals sold by sealed bid', () => {
  it('the highest bid wins even against a better relationship; the winner pays its bid, the loser nothing; the notes show the bids', () => {
    const g = newGame(deals());
    const s1 = resolveWith(g, { alpha: { partnership: 'prio', dealBid: 2_000_000 }, beta: { partnership: 'prio', dealBid: 5_000_000 } });
    expect(player(s1, 'beta').contracts.map((c) => c.partnershipId)).toEqual(['prio']);
    expect(player(s1, 'alpha').contracts).toEqual([]);
    const opex = 10 * 10_000;
    // beta: the 10M prepayment (credit) and its 5M bid; alpha spends only its running costs.
    expect(player(s1, 'beta').cash).toBe(g.players[1]!.cash - 10_000_000 - 5_000_000 - opex);
    expect(player(s1, 'alpha').cash).toBe(g.players[0]!.cash - opex);
    const notes = lastRecord(s1).notes;
    expect(notes).toContainEqual({ code: 'partnershipWon', playerId: 'beta', values: { partnership: 'prio', bid: 5_000_000, rivals: 1 } });
    expect(notes).toContainEqual({ code: 'partnershipLost', playerId: 'alpha', values: { partnership: 'prio', winner: 'beta', bid: 2_000_000, winnerBid: 5_000_000 } });
  });

  it('equal bids go to the better relationship; orders with only a partnership id bid 0 and still take an uncontested deal', () => {
    const s1 = resolveWith(newGame(deals()), { alpha: { partnership: 'lab', dealBid: 1_000 }, beta: { partnership: 'lab', dealBid: 1_000 }, gamma: { partnership: 'prio' } });
    expect(player(s1, 'alpha').contracts.map((c) => c.partnershipId)).toEqual(['lab']);
    expect(player(s1, 'gamma').contracts.map((c) => c.partnershipId)).toEqual(['prio']);
    expect(lastRecord(s1).notes).toContainEqual({ code: 'partnershipWon', playerId: 'gamma', values: { partnership: 'prio', bid: 0, rivals: 0 } });
  });

  it('equal bids and equal relationships: the seeded draw decides, and it is the same draw for the same seed', () => {
    const even = makeScenario({ companies: [company({ id: 'alpha' }), company({ id: 'beta' }), company({ id: 'gamma' })], exportRules: [], partnerships: [lab] });
    const winners = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const run = () => resolveWith(newGame(even, seed), { alpha: { partnership: 'lab', dealBid: 7 }, beta: { partnership: 'lab', dealBid: 7 } });
      const w = (s: ReturnType<typeof run>) => (player(s, 'alpha').contracts.length ? 'alpha' : 'beta');
      expect(w(run())).toBe(w(run()));
      winners.add(w(run()));
    }
    expect([...winners].sort()).toEqual(['alpha', 'beta']);
  });

  it('the bid counts in the worst-case budget (only with an offer) and must be a whole dollar amount', () => {
    const g = newGame(deals());
    expect(ordersSpend(g, 'alpha', orders({ partnership: 'prio', dealBid: 3_000_000 }))).toBe(13_000_000);
    expect(validateOrders(g, 'alpha', orders({ partnership: 'lab', dealBid: 150_000_000 }))?.code).toBe('OVER_BUDGET');
    // A bid with no offer is ignored: nothing to win, nothing to pay, nothing counted.
    expect(validateOrders(g, 'alpha', orders({ dealBid: 5 }))).toBeNull();
    expect(ordersSpend(g, 'alpha', orders({ dealBid: 5 }))).toBe(0);
    expect(reject(g, { type: 'submitOrders', playerId: 'alpha', orders: { partnership: 'lab', dealBid: 1.5 } })).toMatchObject({ code: 'BAD_AMOUNT', path: 'orders.dealBid' });
    // An order written before deal bids keeps its exact shape (no dealBid field added).
    const old = normalizeOrders({ bids: [], partnership: 'lab' });
    expect(old.ok && 'dealBid' in old.orders).toBe(false);
  });
});

describe('a grey market whose risk grows with volume', () => {
  const gm = { catchPct: 20, catchRefUnits: 5_000, catchMaxPct: 60 };

  it('catchPct at the reference volume, in proportion to the units, capped; flat without a reference (older files)', () => {
    expect(greyCatchPct(gm, 0)).toBe(0);
    expect(greyCatchPct(gm, 1_250)).toBe(5);
    expect(greyCatchPct(gm, 5_000)).toBe(20);
    expect(greyCatchPct(gm, 10_000)).toBe(40);
    expect(greyCatchPct(gm, 50_000)).toBe(60);
    expect(greyCatchPct({ catchPct: 20, catchRefUnits: 100 }, 10_000)).toBe(100);
    expect(greyCatchPct({ catchPct: 20 }, 1)).toBe(20);
    expect(greyCatchPct({ catchPct: 20 }, 10_000)).toBe(20);
    expect(greyFine({ finePct: 200 }, 1_000_001)).toBe(2_000_002);
    expect(greyFine({ finePct: 33 }, 10)).toBe(4);
  });

  it('a small shipment is caught less often than a large one over many seeds (the engine uses the formula)', () => {
    const base = makeScenario();
    const s = makeScenario({ greyMarket: { ...base.greyMarket, maxUnitsPerQuarter: 10_000, catchPct: 20, catchRefUnits: 1_000, catchMaxPct: 90 } });
    const caught = (units: number) => {
      let n = 0;
      for (let i = 0; i < 60; i++) {
        const s1 = resolveWith(newGame(s, `grey-${i}`), { gamma: { greyMarket: [{ sku: 'H100', quantity: units }] } });
        if (lastRecord(s1).notes.some((x) => x.code === 'greyCaught')) n++;
      }
      return n;
    };
    const small = caught(100); // 2%
    const large = caught(1_500); // 30%
    expect(small).toBeLessThan(6);
    expect(large).toBeGreaterThan(9);
    expect(large).toBeLessThan(30);
  });
});

describe('export rules whose modes combine, labelled by their issuer', () => {
  const h20 = REAL_SKUS.H20;
  const cn = { region: 'CN', tier: 'T3' };

  it('a licence AND a revenue share apply together; the old single mode still reads; issuer defaults to US', () => {
    const both = makeScenario({ skus: [h20], exportRules: [namedRule('h20-2025', ['H20'], { kind: 'licence', approvalPct: 80 }, 0, { mode: undefined, modes: [{ kind: 'licence', approvalPct: 80 }, { kind: 'revenueShare', pct: 15 }] })] });
    const st = exportStatusFor(both, cn, h20, 0);
    expect(st).toMatchObject({ allowed: true, mode: 'licence', value: 80, modes: ['licence', 'revenueShare'], approvalPct: 80, sharePct: 15, capUnits: null, issuer: 'US' });
    const old = makeScenario({ skus: [h20], exportRules: [namedRule('old', ['H20'], { kind: 'revenueShare', pct: 15 }, 0, { issuer: 'CN' })] });
    expect(exportStatusFor(old, cn, h20, 0)).toMatchObject({ mode: 'revenueShare', modes: ['revenueShare'], approvalPct: 100, sharePct: 15, issuer: 'CN' });
  });

  it('strictest wins between rules by their strictest mode, and all modes of the winner bind in the market', () => {
    const rules = [
      namedRule('share', ['H20'], { kind: 'revenueShare', pct: 50 }, 0),
      namedRule('licence-and-share', ['H20'], { kind: 'licence', approvalPct: 100 }, 0, { mode: undefined, modes: [{ kind: 'revenueShare', pct: 10 }, { kind: 'licence', approvalPct: 100 }] }),
    ];
    const s = makeScenario({ skus: [h20], companies: [company({ id: 'alpha', region: 'CN', tier: 'T3' }), company({ id: 'beta' })], exportRules: rules });
    const st = exportStatusFor(s, cn, h20, 0);
    expect([st.ruleId, st.sharePct, st.approvalPct]).toEqual(['licence-and-share', 10, 100]);
    // The market charges the 10% share of the winning rule on the fill (licence granted at 100%).
    const s1 = resolveWith(newGame(s), { alpha: { bids: [{ sku: 'H20', quantity: 100, maxPrice: 12_000 }] } });
    const bid = clearingOf(lastRecord(s1), 'H20').bids.find((b) => b.bidder === 'alpha');
    expect([bid?.filled, bid?.paid]).toEqual([100, Math.ceil((100 * 12_000 * 110) / 100)]);
    expect(ordersSpend(newGame(s), 'alpha', orders({ bids: [{ sku: 'H20', quantity: 100, maxPrice: 12_000 }] }))).toBe(1_320_000);
  });

  it('a licence that is denied drops the bid even when a revenue share comes with it', () => {
    const s = makeScenario({ skus: [h20], companies: [company({ id: 'alpha', region: 'CN', tier: 'T3' }), company({ id: 'beta' })], exportRules: [namedRule('no', ['H20'], { kind: 'banned' }, 0, { mode: undefined, modes: [{ kind: 'licence', approvalPct: 0 }, { kind: 'revenueShare', pct: 15 }] })] });
    const s1 = resolveWith(newGame(s), { alpha: { bids: [{ sku: 'H20', quantity: 100, maxPrice: 12_000 }] } });
    expect(clearingOf(lastRecord(s1), 'H20').bids.find((b) => b.bidder === 'alpha')).toMatchObject({ filled: 0, note: 'licenceDenied' });
  });
});
