import { describe, expect, it } from 'vitest';
import { applyAction, exportStatus, openRng, type ExportRule, type GameState, type Scenario } from '../../src/engine';
import { activeRules, controlledVendors, exportStatusFor, ruleInForce } from '../../src/engine/export-rules';
import { act, clearingOf, lastRecord, newGame, orders, player, playQuarter, reject, resolveWith } from '../helpers/game';
import { company, makeScenario, namedRule, oct2023Rule, REAL_SKUS, shippedScenario } from '../helpers/scenario';

const US = company({ id: 'us', region: 'US', tier: 'T1' });
const CN = company({ id: 'cn', region: 'CN', tier: 'T3' });
const ALL_SKUS = Object.values(REAL_SKUS);

function scenarioWith(rules: ExportRule[], over: Partial<Scenario> = {}): Scenario {
  return makeScenario({ skus: ALL_SKUS.map((s) => ({ ...s })), exportRules: rules, ...over });
}

function statusOf(scenario: Scenario, c: typeof US, skuId: keyof typeof REAL_SKUS, q: number) {
  return exportStatusFor(scenario, c, REAL_SKUS[skuId], q);
}

/** Scans quarters 0..7 and returns the quarters in which the SKU is allowed to the company. */
function allowedQuarters(scenario: Scenario, c: typeof US, skuId: keyof typeof REAL_SKUS): number[] {
  return [0, 1, 2, 3, 4, 5, 6, 7].filter((q) => statusOf(scenario, c, skuId, q).allowed);
}

describe('October 2023 thresholds on the real SKUs', () => {
  const s = scenarioWith([oct2023Rule()]);

  it('catch H100, H200 (same die), B200 and MI300X for Chinese buyers, not the H20', () => {
    expect(statusOf(s, CN, 'H100', 0)).toMatchObject({ allowed: false, mode: 'banned', ruleId: 'oct-2023' });
    expect(statusOf(s, CN, 'H200', 0)).toMatchObject({ allowed: false, mode: 'banned', ruleId: 'oct-2023' });
    expect(statusOf(s, CN, 'B200', 0)).toMatchObject({ allowed: false, mode: 'banned', ruleId: 'oct-2023' });
    expect(statusOf(s, CN, 'MI300X', 0)).toMatchObject({ allowed: false, mode: 'banned', ruleId: 'oct-2023' });
    // H20: TPP 2,368 < 4,800 and density 2.9 < 5.92.
    expect(statusOf(s, CN, 'H20', 0)).toEqual({ allowed: true, mode: 'free', ruleId: null, ruleName: null, issuer: null, value: 0, modes: [], approvalPct: 100, sharePct: 0, capUnits: null });
  });

  it('bind nobody outside the rule destinations', () => {
    for (const id of ['H100', 'H200', 'H20', 'B200', 'MI300X'] as const) expect(statusOf(s, US, id, 0)).toMatchObject({ allowed: true, mode: 'free' });
  });

  it('catch on either threshold: TPP alone, or TPP with density', () => {
    const tppOnly = { ...REAL_SKUS.H20, id: 'X1', tpp: 4800, density: 1 };
    const dense = { ...REAL_SKUS.H20, id: 'X2', tpp: 1600, density: 5.92 };
    const sparse = { ...REAL_SKUS.H20, id: 'X3', tpp: 4799, density: 5.91 };
    const lowTpp = { ...REAL_SKUS.H20, id: 'X4', tpp: 1599, density: 30 };
    expect(exportStatusFor(s, CN, tppOnly, 0).allowed).toBe(false);
    expect(exportStatusFor(s, CN, dense, 0).allowed).toBe(false);
    expect(exportStatusFor(s, CN, sparse, 0).allowed).toBe(true);
    expect(exportStatusFor(s, CN, lowTpp, 0).allowed).toBe(true);
  });

  it('apply only to the vendors they list (Huawei parts are never US-controlled)', () => {
    expect(statusOf(s, CN, 'Ascend910B', 0)).toMatchObject({ allowed: true, mode: 'free' });
    const nvidiaOnly = scenarioWith([oct2023Rule({ catches: { ...oct2023Rule().catches, vendors: ['NVIDIA'] } })]);
    expect(statusOf(nvidiaOnly, CN, 'MI300X', 0)).toMatchObject({ allowed: true, mode: 'free' });
    expect(statusOf(nvidiaOnly, CN, 'H100', 0).allowed).toBe(false);
    const anyVendor = scenarioWith([oct2023Rule({ catches: { ...oct2023Rule().catches, vendors: [] } })]);
    expect(statusOf(anyVendor, CN, 'Ascend910B', 0).allowed).toBe(false);
  });

  it('bind by tier as well as by region', () => {
    const byTier = scenarioWith([oct2023Rule({ destinations: { regions: [], tiers: ['T3'] } })]);
    expect(exportStatusFor(byTier, company({ id: 'x', region: 'AE', tier: 'T3' }), REAL_SKUS.H100, 0).allowed).toBe(false);
    expect(exportStatusFor(byTier, company({ id: 'y', region: 'AE', tier: 'T2' }), REAL_SKUS.H100, 0).allowed).toBe(true);
  });
});

describe('named rules, dates and modes', () => {
  it('a named H20 licence from quarter 5 (April 2025) catches the H20 only from that quarter', () => {
    const s = scenarioWith([oct2023Rule(), namedRule('h20-licence', ['H20'], { kind: 'licence', approvalPct: 25 }, 5)]);
    expect([0, 1, 2, 3, 4].map((q) => statusOf(s, CN, 'H20', q).mode)).toEqual(['free', 'free', 'free', 'free', 'free']);
    expect(statusOf(s, CN, 'H20', 5)).toMatchObject({ allowed: true, mode: 'licence', ruleId: 'h20-licence', value: 25 });
    expect(statusOf(s, CN, 'H20', 7)).toMatchObject({ mode: 'licence', ruleId: 'h20-licence' });
    // It does not touch the H100 (still banned by the threshold rule) nor US buyers.
    expect(statusOf(s, CN, 'H100', 5)).toMatchObject({ mode: 'banned', ruleId: 'oct-2023' });
    expect(statusOf(s, US, 'H20', 5).mode).toBe('free');
    const banned = scenarioWith([oct2023Rule(), namedRule('h20-ban', ['H20'], { kind: 'banned' }, 5)]);
    expect(allowedQuarters(banned, CN, 'H20')).toEqual([0, 1, 2, 3, 4]);
  });

  it('endQuarter ends a rule (exclusive)', () => {
    const rule = namedRule('h20-ban', ['H20'], { kind: 'banned' }, 5, { endQuarter: 6 });
    const s = scenarioWith([rule]);
    expect(allowedQuarters(s, CN, 'H20')).toEqual([0, 1, 2, 3, 4, 6, 7]);
    expect([4, 5, 6].map((q) => ruleInForce(rule, q))).toEqual([false, true, false]);
    expect(activeRules({ scenario: s, quarter: 5 }).map((r) => r.id)).toEqual(['h20-ban']);
    expect(activeRules({ scenario: s, quarter: 6 })).toEqual([]);
  });

  it('a named rule overrides threshold rules for its SKU, even a stricter one', () => {
    const s = scenarioWith([oct2023Rule(), namedRule('h100-share', ['H100'], { kind: 'revenueShare', pct: 15 }, 0)]);
    expect(statusOf(s, CN, 'H100', 0)).toMatchObject({ allowed: true, mode: 'revenueShare', ruleId: 'h100-share', value: 15 });
    expect(statusOf(s, CN, 'H200', 0)).toMatchObject({ allowed: false, ruleId: 'oct-2023' });
  });

  it('the strictest rule wins among rules of the same kind (banned > cap > licence > revenueShare)', () => {
    const licence = oct2023Rule({ id: 'lic', mode: { kind: 'licence', approvalPct: 50 } });
    const ban = oct2023Rule({ id: 'ban' });
    expect(statusOf(scenarioWith([licence, ban]), CN, 'H100', 0).ruleId).toBe('ban');
    expect(statusOf(scenarioWith([ban, licence]), CN, 'H100', 0).ruleId).toBe('ban');
    const share = namedRule('share', ['H20'], { kind: 'revenueShare', pct: 15 }, 0);
    const cap = namedRule('cap', ['H20'], { kind: 'cap', unitsPerQuarter: 100 }, 0);
    const lic = namedRule('lic', ['H20'], { kind: 'licence', approvalPct: 10 }, 0);
    expect(statusOf(scenarioWith([share, lic, cap]), CN, 'H20', 0)).toMatchObject({ mode: 'cap', ruleId: 'cap', value: 100 });
    expect(statusOf(scenarioWith([share, lic]), CN, 'H20', 0)).toMatchObject({ mode: 'licence', ruleId: 'lic', value: 10 });
  });

  it('soldTo: the Ascend is sold only to Chinese buyers, whatever the rules', () => {
    const s = scenarioWith([]);
    expect(statusOf(s, CN, 'Ascend910B', 0)).toMatchObject({ allowed: true, mode: 'free' });
    expect(statusOf(s, US, 'Ascend910B', 0)).toEqual({ allowed: false, mode: 'notSold', ruleId: null, ruleName: null, issuer: null, value: 0, modes: [], approvalPct: 100, sharePct: 0, capUnits: null });
  });

  it('exportStatus looks the company and SKU up by id', () => {
    const state = newGame(scenarioWith([oct2023Rule()]));
    expect(exportStatus(state, 'gamma', 'H100')).toMatchObject({ allowed: false, ruleId: 'oct-2023' });
    expect(exportStatus(state, 'alpha', 'H100').allowed).toBe(true);
    expect(exportStatus(state, 'nobody', 'H100').allowed).toBe(false);
    expect(exportStatus(state, 'alpha', 'nothing').allowed).toBe(false);
  });

  it('controlledVendors: vendors listed by rules and vendors of named SKUs', () => {
    expect([...controlledVendors(scenarioWith([oct2023Rule()]))].sort()).toEqual(['AMD', 'NVIDIA']);
    expect([...controlledVendors(scenarioWith([namedRule('a', ['Ascend910B'], { kind: 'banned' }, 0)]))]).toEqual(['Huawei']);
  });
});

describe('export rules through applyAction', () => {
  function game(rules: ExportRule[], seed = 'export'): GameState {
    return newGame(scenarioWith(rules), seed);
  }

  it('rejects an order for a banned SKU with EXPORT_BANNED and the rule id, changing nothing', () => {
    const s = game([oct2023Rule()]);
    for (const id of ['H100', 'H200', 'B200', 'MI300X']) {
      const e = reject(s, { type: 'submitOrders', playerId: 'gamma', orders: orders({ bids: [{ sku: id, quantity: 10, maxPrice: 50_000 }] }) });
      expect(e).toEqual({ code: 'EXPORT_BANNED', values: { playerId: 'gamma', sku: id, rule: 'oct-2023' }, message: `${id} may not be sold to gamma: export rule oct-2023`, path: 'orders.bids[0].sku', ruleId: 'oct-2023' });
    }
    // The same bids from a US buyer and an H20 bid from the Chinese buyer are fine.
    act(s, { type: 'submitOrders', playerId: 'alpha', orders: orders({ bids: [{ sku: 'H100', quantity: 10, maxPrice: 50_000 }] }) });
    act(s, { type: 'submitOrders', playerId: 'gamma', orders: orders({ bids: [{ sku: 'H20', quantity: 10, maxPrice: 12_000 }] }) });
  });

  it('rejects a SKU the vendor does not sell to the region, naming no rule', () => {
    const e = reject(game([]), { type: 'submitOrders', playerId: 'alpha', orders: orders({ bids: [{ sku: 'Ascend910B', quantity: 10, maxPrice: 20_000 }] }) });
    expect(e).toEqual({ code: 'NOT_SOLD_TO_REGION', values: { playerId: 'alpha', sku: 'Ascend910B', vendor: 'Huawei', region: 'US' }, message: 'Huawei does not sell Ascend910B to US', path: 'orders.bids[0].sku' });
  });

  it('a named H20 ban from quarter 1 lets the Chinese buyer bid in quarter 0 only', () => {
    let s = game([oct2023Rule(), namedRule('h20-ban', ['H20'], { kind: 'banned' }, 1)]);
    s = playQuarter(s, { gamma: { bids: [{ sku: 'H20', quantity: 10, maxPrice: 12_000 }] } });
    expect(player(s, 'gamma').fleet.H20).toBe(10);
    const e = reject(s, { type: 'submitOrders', playerId: 'gamma', orders: orders({ bids: [{ sku: 'H20', quantity: 10, maxPrice: 12_000 }] }) });
    expect(e).toMatchObject({ code: 'EXPORT_BANNED', values: { playerId: 'gamma', sku: 'H20', rule: 'h20-ban' } });
  });

  it('licence mode draws the approval from the game rng', () => {
    const outcomes = new Set<boolean>();
    for (let k = 0; k < 12; k++) {
      const s0 = game([oct2023Rule(), namedRule('h20-licence', ['H20'], { kind: 'licence', approvalPct: 50 }, 0)], `licence-${k}`);
      // Only gamma bids: H100 has no entries, so the first draw of the quarter is gamma's H20 licence.
      const approved = openRng(s0.rng).next() * 100 < 50;
      const s1 = resolveWith(s0, { gamma: { bids: [{ sku: 'H20', quantity: 10, maxPrice: 12_000 }] } });
      const c = clearingOf(lastRecord(s1), 'H20');
      expect(player(s1, 'gamma').fleet.H20).toBe(approved ? 10 : 0);
      expect(c.bids[0]).toMatchObject(approved ? { filled: 10, paid: 120_000, note: 'filled' } : { filled: 0, paid: 0, note: 'licenceDenied' });
      expect(lastRecord(s1).notes.some((n) => n.code === 'licenceDenied' && n.playerId === 'gamma')).toBe(!approved);
      outcomes.add(approved);
    }
    expect(outcomes).toEqual(new Set([true, false]));
  });

  it('licence at 0% never fills and at 100% always fills', () => {
    const deny = resolveWith(game([namedRule('l', ['H20'], { kind: 'licence', approvalPct: 0 }, 0)]), { gamma: { bids: [{ sku: 'H20', quantity: 10, maxPrice: 12_000 }] } });
    expect(player(deny, 'gamma').fleet.H20).toBe(0);
    expect(player(deny, 'gamma').cash).toBe(150_000_000 - 100_000);
    const grant = resolveWith(game([namedRule('l', ['H20'], { kind: 'licence', approvalPct: 100 }, 0)]), { gamma: { bids: [{ sku: 'H20', quantity: 10, maxPrice: 12_000 }] } });
    expect(player(grant, 'gamma').fleet.H20).toBe(10);
  });

  it('revenueShare surcharges the price paid', () => {
    const s0 = game([oct2023Rule(), namedRule('h20-share', ['H20'], { kind: 'revenueShare', pct: 15 }, 0)]);
    const s1 = resolveWith(s0, { gamma: { bids: [{ sku: 'H20', quantity: 100, maxPrice: 12_000 }] }, alpha: { bids: [{ sku: 'H20', quantity: 100, maxPrice: 12_000 }] } });
    const c = clearingOf(lastRecord(s1), 'H20');
    expect(c.clearingPrice).toBe(12_000);
    // 100 x 12,000 x 1.15 for the bound buyer, list for the free one.
    expect(c.bids.find((b) => b.bidder === 'gamma')?.paid).toBe(1_380_000);
    expect(c.bids.find((b) => b.bidder === 'alpha')?.paid).toBe(1_200_000);
    expect(lastRecord(s1).metrics.find((m) => m.playerId === 'gamma')?.spend).toBe(1_380_000 + 100_000);
  });

  it('cap mode limits the units a bound buyer may bid for', () => {
    const s = game([namedRule('h20-cap', ['H20'], { kind: 'cap', unitsPerQuarter: 500 }, 0)]);
    const e = reject(s, { type: 'submitOrders', playerId: 'gamma', orders: orders({ bids: [{ sku: 'H20', quantity: 501, maxPrice: 12_000 }] }) });
    expect(e).toEqual({ code: 'EXPORT_CAP', values: { playerId: 'gamma', rule: 'h20-cap', cap: 500, asked: 501 }, message: 'export rule h20-cap caps gamma at 500 units a quarter; these bids ask for 501', path: 'orders.bids[0].quantity', ruleId: 'h20-cap' });
    const s1 = resolveWith(s, { gamma: { bids: [{ sku: 'H20', quantity: 500, maxPrice: 12_000 }] } });
    expect(player(s1, 'gamma').fleet.H20).toBe(500);
    // One cap rule over two named SKUs counts both bids together.
    const two = game([namedRule('cap2', ['H20', 'Ascend910B'], { kind: 'cap', unitsPerQuarter: 500 }, 0)]);
    const e2 = reject(two, { type: 'submitOrders', playerId: 'gamma', orders: orders({ bids: [{ sku: 'H20', quantity: 300, maxPrice: 12_000 }, { sku: 'Ascend910B', quantity: 201, maxPrice: 14_000 }] }) });
    expect(e2).toMatchObject({ code: 'EXPORT_CAP', values: { playerId: 'gamma', rule: 'cap2', cap: 500, asked: 501 } });
  });

  it('resolution drops a banned bid even if it reached the sealed orders unchecked (a forged save)', () => {
    const s = game([oct2023Rule()]);
    const forged: GameState = { ...s, pending: [orders(), orders(), orders({ bids: [{ sku: 'H100', quantity: 10, maxPrice: 50_000 }] })] };
    const r = applyAction(forged, { type: 'resolveQuarter' });
    if (!r.ok) throw new Error(r.error.message);
    expect(player(r.state, 'gamma').fleet.H100).toBe(0);
    expect(clearingOf(lastRecord(r.state), 'H100').bids).toEqual([{ bidder: 'gamma', other: false, sku: 'H100', quantity: 10, maxPrice: 50_000, filled: 0, paid: 0, note: 'banned' }]);
  });

  it('binds other demand with a region like a company of that region', () => {
    const cnDemand = { id: 'cn-others', name: 'Chinese buyers', sku: 'H100', quantity: [500, 500, 500, 500], maxPrice: 40_000, relationship: 90, region: 'CN' };
    const usDemand = { ...cnDemand, id: 'us-others', region: 'US', maxPrice: 30_000 };
    const anywhere = { ...cnDemand, id: 'unbound', region: undefined, maxPrice: 35_000 };
    const s1 = resolveWith(newGame(scenarioWith([oct2023Rule()], { otherDemand: [cnDemand, usDemand, anywhere] })));
    const c = clearingOf(lastRecord(s1), 'H100');
    expect(c.bids.map((b) => [b.bidder, b.filled, b.note])).toEqual([
      ['unbound', 500, 'filled'],
      ['us-others', 500, 'filled'],
      ['cn-others', 0, 'banned'],
    ]);
    // A cap limits the block's quantity; a licence is drawn from the rng.
    const capped = resolveWith(newGame(scenarioWith([namedRule('cap', ['H20'], { kind: 'cap', unitsPerQuarter: 120 }, 0)], { otherDemand: [{ ...cnDemand, sku: 'H20', maxPrice: 15_000 }] })));
    expect(clearingOf(lastRecord(capped), 'H20').bids).toMatchObject([{ bidder: 'cn-others', quantity: 500, filled: 120 }]);
    const denied = resolveWith(newGame(scenarioWith([namedRule('lic', ['H20'], { kind: 'licence', approvalPct: 0 }, 0)], { otherDemand: [{ ...cnDemand, sku: 'H20', maxPrice: 15_000 }] })));
    expect(clearingOf(lastRecord(denied), 'H20').bids).toMatchObject([{ bidder: 'cn-others', filled: 0, note: 'licenceDenied' }]);
  });

  it('a banned buyer never receives the SKU from the open market, even with the rule starting mid-game', () => {
    let s = game([namedRule('h20-ban', ['H20'], { kind: 'banned' }, 2)]);
    const fleets: number[] = [];
    while (s.phase === 'orders') {
      const bids = s.quarter < 2 ? [{ sku: 'H20', quantity: 10, maxPrice: 12_000 }] : [];
      s = resolveWith(s, { gamma: { bids } });
      fleets.push(player(s, 'gamma').fleet.H20 ?? 0);
      const next = applyAction(s, { type: 'advance' });
      if (!next.ok) break;
      s = next.state;
    }
    expect(fleets).toEqual([10, 20, 20, 20]);
  });
});

describe('the shipped base game through the engine', () => {
  const shipped = shippedScenario();

  it.runIf(shipped !== null)('H100 and H200 are banned for Chinese buyers; the H20 is open until the April 2025 rule (quarter 5)', () => {
    const s = shipped as Scenario;
    const byId = (id: string) => s.skus.find((k) => k.id === id) as Scenario['skus'][number];
    for (const c of s.companies.filter((x) => x.region === 'CN')) {
      for (const q of [0, 1, 2, 3, 4, 5, 6, 7]) {
        expect(exportStatusFor(s, c, byId('H100'), q)).toMatchObject({ allowed: false, ruleId: 'oct-2023' });
        expect(exportStatusFor(s, c, byId('H200'), q)).toMatchObject({ allowed: false, ruleId: 'oct-2023' });
      }
      const h20 = [0, 1, 2, 3, 4, 5, 6, 7].map((q) => exportStatusFor(s, c, byId('H20'), q).mode);
      expect(h20.slice(0, 5)).toEqual(['free', 'free', 'free', 'free', 'free']);
      expect(h20[5]).not.toBe('free');
    }
    for (const c of s.companies.filter((x) => x.region === 'US')) {
      expect(exportStatusFor(s, c, byId('H100'), 0).allowed).toBe(true);
      expect(exportStatusFor(s, c, byId('H20'), 1).mode).toBe('notSold');
    }
  });
});
