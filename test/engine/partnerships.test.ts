import { describe, expect, it } from 'vitest';
import { openRng, type PartnershipSpec, type Scenario } from '../../src/engine';
import { advance, clearingOf, lastRecord, metricsOf, newGame, player, resolveWith } from '../helpers/game';
import { company, makeScenario, sku } from '../helpers/scenario';

const chipmaker: PartnershipSpec = { id: 'prio', kind: 'chipmaker', name: 'NVIDIA priority', availableFrom: 0, byEventOnly: false, vendor: 'NVIDIA', prepayment: 10_000_000, priorityUnits: 200, quarters: 2 };

function scenario(over: Partial<Scenario> = {}): Scenario {
  return makeScenario({
    skus: [sku({ id: 'H100', supply: [1000, 1000, 1000, 1000] }), sku({ id: 'H20', listPrice: 12_000, tpp: 2368, density: 2.9, h100e: 0.15, supply: [1000, 1000, 1000, 1000] })],
    companies: [company({ id: 'alpha', nvidiaRelationship: 90 }), company({ id: 'beta', nvidiaRelationship: 10 })],
    exportRules: [],
    partnerships: [chipmaker],
    ...over,
  });
}

/** alpha outbids everyone for the whole supply of both SKUs; beta bids list and relies on its priority. */
const outbid = { bids: [{ sku: 'H100', quantity: 1000, maxPrice: 40_000 }, { sku: 'H20', quantity: 1000, maxPrice: 20_000 }] };

describe('chipmaker partnerships', () => {
  it('priority units are per quarter across all of the vendor\'s SKUs, not per SKU', () => {
    const s1 = resolveWith(newGame(scenario()), { alpha: outbid, beta: { partnership: 'prio', bids: [{ sku: 'H100', quantity: 300, maxPrice: 25_000 }, { sku: 'H20', quantity: 300, maxPrice: 12_000 }] } });
    const rec = lastRecord(s1);
    const betaFilled = ['H100', 'H20'].map((id) => clearingOf(rec, id).bids.find((b) => b.bidder === 'beta')?.filled ?? 0);
    // 200 priority units this quarter in all: the H100 auction (scenario order) takes them first.
    expect(betaFilled).toEqual([200, 0]);
    expect(metricsOf(rec, 'beta').boughtUnits).toEqual({ H100: 200 });
  });

  it('with several bids for a SKU, the priority allowance goes to the bids in order, never twice', () => {
    const twoBids = scenario({ market: { ...makeScenario().market, maxBidsPerSku: 2 } });
    const s1 = resolveWith(newGame(twoBids), { alpha: outbid, beta: { partnership: 'prio', bids: [{ sku: 'H100', quantity: 120, maxPrice: 25_000 }, { sku: 'H100', quantity: 300, maxPrice: 25_000 }] } });
    const beta = clearingOf(lastRecord(s1), 'H100').bids.filter((b) => b.bidder === 'beta');
    // 120 on the first bid, the other 80 of the 200 on the second.
    expect(beta.map((b) => b.filled)).toEqual([120, 80]);
    expect(player(s1, 'beta').fleet.H100).toBe(200);
  });

  it('the prepayment is paid once and spent as credit on the vendor\'s parts; priority lasts `quarters` quarters', () => {
    let s = resolveWith(newGame(scenario()), { alpha: outbid, beta: { partnership: 'prio', bids: [{ sku: 'H100', quantity: 300, maxPrice: 25_000 }] } });
    // 200 at min(clearing 40,000, bid 25,000) = 5M from the 10M credit.
    expect(player(s, 'beta').contracts[0]?.credit).toBe(5_000_000);
    expect(metricsOf(lastRecord(s), 'beta').spend).toBe(10_000_000 + 100_000);
    s = resolveWith(advance(s), { alpha: outbid, beta: { bids: [{ sku: 'H100', quantity: 300, maxPrice: 25_000 }] } });
    expect(player(s, 'beta').fleet.H100).toBe(400);
    expect(player(s, 'beta').contracts[0]?.credit).toBe(0);
    expect(metricsOf(lastRecord(s), 'beta').spend).toBe(100_000);
    // Quarter 2: the deal has ended; beta is outbid.
    s = resolveWith(advance(s), { alpha: outbid, beta: { bids: [{ sku: 'H100', quantity: 300, maxPrice: 25_000 }] } });
    expect(player(s, 'beta').fleet.H100).toBe(400);
  });

  it('credit left over counts against a bid when orders are checked', () => {
    const poor = scenario({ companies: [company({ id: 'alpha' }), company({ id: 'beta', cash: 0, budget: [10_100_000, 0, 0, 0] })] });
    let s = resolveWith(newGame(poor), { beta: { partnership: 'prio' } });
    expect(player(s, 'beta').cash).toBe(0);
    expect(player(s, 'beta').contracts[0]?.credit).toBe(10_000_000);
    s = advance(s);
    // 400 H100 at list = 10M, all covered by the credit: the orders spend no cash, so they pass with none.
    const r = resolveWith(s, { beta: { bids: [{ sku: 'H100', quantity: 400, maxPrice: 25_000 }] } });
    expect(player(r, 'beta').fleet.H100).toBe(400);
  });

  it('a contested deal goes to the best relationship, then to the rng', () => {
    const s1 = resolveWith(newGame(scenario()), { alpha: { partnership: 'prio' }, beta: { partnership: 'prio' } });
    expect(player(s1, 'alpha').contracts).toHaveLength(1);
    expect(player(s1, 'beta').contracts).toHaveLength(0);
    expect(player(s1, 'beta').cash).toBe(150_000_000 - 100_000);
    const even = scenario({ companies: [company({ id: 'alpha' }), company({ id: 'beta' })] });
    const winners = new Set<string>();
    for (let k = 0; k < 12; k++) {
      const s0 = newGame(even, `deal-${k}`);
      const rng = openRng(s0.rng);
      const [ka, kb] = [rng.next(), rng.next()];
      const s = resolveWith(s0, { alpha: { partnership: 'prio' }, beta: { partnership: 'prio' } });
      const winner = ka <= kb ? 'alpha' : 'beta';
      expect(player(s, winner).contracts.map((c) => c.partnershipId)).toEqual(['prio']);
      winners.add(winner);
    }
    expect(winners).toEqual(new Set(['alpha', 'beta']));
  });
});
