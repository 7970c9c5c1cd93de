/**
 * Property tests: whole games of random scenario variants driven by random sequences of legal and illegal
 * actions keep the engine's invariants.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAction, bookedFor, createGame, deliveryQuarter, emptyOrders, finalStandings, stateHash, type Action, type GameState, type Orders } from '../../src/engine';
import { computeOf } from '../../src/engine/compute';
import { controlledVendors, exportStatusFor } from '../../src/engine/export-rules';
import { labReserved } from '../../src/engine/partnerships';
import { MAX_QUARTERS, SKU_IDS, scenarioOf, variantArb, type Variant } from '../helpers/variants';

// ---------------------------------------------------------------- random orders and actions

const badNumber = fc.constantFrom(-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e13, -0.5, 2 ** 60);
const amount = (max: number) => fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: fc.nat(max) }, { weight: 1, arbitrary: badNumber });
const skuArb = fc.constantFrom(...SKU_IDS, 'H100', 'H20', 'NOPE');

const ordersArb = fc.record({
  bids: fc.array(fc.record({ sku: skuArb, quantity: amount(3_000), maxPrice: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 10_000, max: 45_000 }) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 60_000 }) }, { weight: 1, arbitrary: badNumber }) }), { maxLength: 4 }),
  siliconInvestment: amount(4_000_000),
  customOrder: amount(300),
  powerBuild: amount(15),
  powerFast: amount(8),
  greyMarket: fc.array(fc.record({ sku: skuArb, quantity: amount(500) }), { maxLength: 2 }),
  partnership: fc.constantFrom(null, null, null, 'lab', 'chip', 'nope'),
});

/** Orders that are usually legal: distinct known SKUs, sane prices and amounts (export rules and cash may still refuse them). */
const plausibleArb = fc.record({
  bids: fc.uniqueArray(fc.record({ sku: fc.constantFrom('H100', 'H20', 'MI300X', 'Ascend910B', 'H200'), quantity: fc.integer({ min: 1, max: 3_000 }), maxPrice: fc.integer({ min: 10_000, max: 45_000 }) }), { maxLength: 3, selector: (b) => b.sku }),
  siliconInvestment: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 4_000_000 })),
  customOrder: fc.constantFrom(0, 0, 50, 100),
  powerBuild: fc.nat(10),
  powerFast: fc.nat(5),
  greyMarket: fc.constant([]),
  partnership: fc.constantFrom(null, null, null, 'lab', 'chip'),
});

/** One player's turn: candidate orders tried in order, and whether to withdraw and resubmit after acceptance. */
const turnArb = fc.record({ candidates: fc.array(fc.oneof(ordersArb, plausibleArb), { maxLength: 3 }), withdraw: fc.boolean() });
const quarterArb = fc.record({ turns: fc.array(turnArb, { minLength: 4, maxLength: 4 }), inject: fc.constantFrom(null, null, null, 'fab', 'boom', 'antitrust', 'foundry', 'nope'), stray: fc.constantFrom<Action | null>(null, null, { type: 'advance' }, { type: 'resolveQuarter' }, { type: 'withdrawOrders', playerId: 'zeta' }) });
const scriptArb = fc.array(quarterArb, { minLength: MAX_QUARTERS, maxLength: MAX_QUARTERS });

// ---------------------------------------------------------------- invariants

function walkNumbers(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) value.forEach((x, i) => walkNumbers(x, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') for (const [k, x] of Object.entries(value)) walkNumbers(x, `${path}.${k}`, out);
}

function checkState(s: GameState): void {
  const bad: string[] = [];
  const { scenario: _s, ...rest } = s;
  walkNumbers(rest, 'state', bad);
  expect(bad).toEqual([]);
  for (const p of s.players) {
    expect(Number.isSafeInteger(p.cash) && p.cash >= 0, `${p.id} cash ${p.cash}`).toBe(true);
    expect(Number.isSafeInteger(p.powerMw) && p.powerMw >= 0, `${p.id} power ${p.powerMw}`).toBe(true);
    expect(p.relationship).toBeGreaterThanOrEqual(0);
    expect(p.relationship).toBeLessThanOrEqual(100);
    for (const [k, n] of Object.entries(p.fleet)) {
      expect(Number.isSafeInteger(n) && n >= 0, `${p.id} fleet ${k} ${n}`).toBe(true);
      const d = p.deployed[k] ?? 0;
      expect(Number.isSafeInteger(d) && d >= 0 && d <= n, `${p.id} deployed ${k} ${d} of ${n}`).toBe(true);
    }
    for (const k of Object.keys(p.deployed)) expect(k in p.fleet).toBe(true);
    for (const c of p.contracts) expect(c.credit).toBeGreaterThanOrEqual(0);
  }
}

/** Checks one resolution: `pre` in the orders phase with every order sealed, `post` right after. */
function checkResolution(pre: GameState, post: GameState): void {
  const rec = post.history[post.history.length - 1];
  if (!rec) throw new Error('no record');
  const q = pre.quarter;
  expect(rec.quarter).toBe(q);
  expect(rec.stateHash).toBe(stateHash(post));
  for (const c of rec.clearing) {
    expect(c.sold).toBeLessThanOrEqual(c.supply);
    expect(c.sold).toBeGreaterThanOrEqual(0);
    expect(c.bids.reduce((a, b) => a + b.filled, 0)).toBe(c.sold);
    for (const b of c.bids) {
      expect(b.filled).toBeGreaterThanOrEqual(0);
      expect(b.filled).toBeLessThanOrEqual(b.quantity);
      expect(b.paid).toBeGreaterThanOrEqual(0);
    }
  }
  const scenario = pre.scenario;
  const controlled = controlledVendors(scenario);
  // Other demand with a region is bound by that region's rules too.
  for (const d of scenario.otherDemand) {
    if (d.region === undefined) continue;
    const sku = scenario.skus.find((x) => x.id === d.sku);
    const filled = rec.clearing.find((c) => c.sku === d.sku)?.bids.find((b) => b.other && b.bidder === d.id)?.filled ?? 0;
    if (!sku) continue;
    const status = exportStatusFor(scenario, { region: d.region, tier: '' }, sku, q);
    if (!status.allowed) expect(filled).toBe(0);
    if (status.mode === 'cap') expect(filled).toBeLessThanOrEqual(status.value);
  }
  pre.players.forEach((before, i) => {
    const after = post.players[i];
    const company = scenario.companies[i];
    const o = pre.pending[i] as Orders;
    if (!after || !company) throw new Error('players changed');
    const caught = rec.metrics[i]?.caught ?? false;
    for (const sku of scenario.skus) {
      const open = rec.clearing.find((c) => c.sku === sku.id)?.bids.filter((b) => !b.other && b.bidder === before.id).reduce((a, b) => a + b.filled, 0) ?? 0;
      const grey = caught ? 0 : (o.greyMarket.find((g) => g.sku === sku.id)?.quantity ?? 0);
      // Chips arrive only from the open market or an uncaught grey shipment.
      expect((after.fleet[sku.id] ?? 0) - (before.fleet[sku.id] ?? 0)).toBe(open + grey);
      const status = exportStatusFor(scenario, company, sku, q);
      const listed = before.entityListUntil > q && controlled.has(sku.vendor);
      // No restricted chip reaches a restricted buyer through the open market.
      if (!status.allowed || listed) expect(open, `${before.id} bought ${sku.id} under ${status.ruleId ?? 'entity list'}`).toBe(0);
      if (status.mode === 'cap') expect(open).toBeLessThanOrEqual(status.value);
      // A grey shipment is only ever for a part the buyer may not buy openly.
      if (o.greyMarket.some((g) => g.sku === sku.id)) expect(status.allowed).toBe(false);
    }
    // Money: cash moves by exactly the quarter's revenue less its spend; the running totals follow.
    const m = rec.metrics[i];
    if (!m) throw new Error('no metrics');
    expect(after.cash).toBe(before.cash + m.revenue - m.spend);
    expect(after.totals.spend).toBe(before.totals.spend + m.spend);
    expect(after.totals.revenue).toBe(before.totals.revenue + m.revenue);
    expect(m.cash).toBe(after.cash);
    expect(after.fleet.custom ?? 0).toBeGreaterThanOrEqual(before.fleet.custom ?? 0);
    // Own chips arrive only from bookings due this quarter (or booked now when the lead is 0).
    const due = before.bookings.filter((b) => b.dueQuarter <= q).reduce((a, b) => a + b.units, 0) + (deliveryQuarter(pre, q) <= q ? o.customOrder : 0);
    expect((after.fleet.custom ?? 0) - (before.fleet.custom ?? 0)).toBeLessThanOrEqual(due);
    expect(after.onsiteMw).toBeGreaterThanOrEqual(0);
    expect(after.onsiteMw).toBeLessThanOrEqual(after.powerMw);
  });
  // The foundry never books more than its pool for any quarter.
  for (let t = q; t < scenario.quarters + 4; t++) expect(bookedFor(post.players, t)).toBeLessThanOrEqual(scenario.silicon.foundryPool[t] ?? 0);
  // Revenue conservation: the pool is paid out exactly whenever compute outside lab reservations runs.
  expect(rec.revenuePaid).toBeLessThanOrEqual(rec.revenuePool);
  const earning = post.players.some((p, i) => {
    const total = computeOf(post, i, p).total;
    return total > 0 && total - Math.min(labReserved(post, p), total) > 0;
  });
  expect(rec.revenuePaid).toBe(earning ? rec.revenuePool : 0);
  expect(rec.metrics.every((m) => m.idleUnits >= 0 && m.units === m.deployedUnits + m.idleUnits)).toBe(true);
}

/** Applies an action; a rejection must leave the state exactly as it was. */
function tryAction(s: GameState, action: Action): GameState | null {
  const before = JSON.stringify(s);
  const hash = stateHash(s);
  const r = applyAction(s, action);
  if (!r.ok) {
    expect(typeof r.error.message).toBe('string');
    expect(JSON.stringify(s)).toBe(before);
    expect(stateHash(s)).toBe(hash);
    return null;
  }
  return r.state;
}

function runGame(v: Variant, script: (typeof scriptArb extends fc.Arbitrary<infer T> ? T : never)): { accepted: number; rejected: number } {
  let s = createGame(scenarioOf(v), v.seed);
  checkState(s);
  let accepted = 0;
  let rejected = 0;
  for (const quarter of script) {
    if (s.phase !== 'orders') break;
    if (quarter.inject) {
      const next = tryAction(s, { type: 'injectEvent', cardId: quarter.inject });
      if (next) s = next;
    }
    if (quarter.stray) {
      const before = JSON.stringify(s);
      expect(applyAction(s, quarter.stray).ok).toBe(false);
      expect(JSON.stringify(s)).toBe(before);
    }
    s.players.forEach((p, i) => {
      const turn = quarter.turns[i];
      let done = false;
      for (const o of turn?.candidates ?? []) {
        const next = tryAction(s, { type: 'submitOrders', playerId: p.id, orders: o as unknown as Orders });
        if (next) {
          s = next;
          accepted++;
          done = true;
          checkState(s);
          break;
        }
        rejected++;
      }
      if (done && turn?.withdraw) {
        s = tryAction(s, { type: 'withdrawOrders', playerId: p.id }) ?? s;
        expect(s.pending[i]).toBeNull();
        done = false;
      }
      if (!done) {
        // Empty orders are always accepted.
        const next = tryAction(s, { type: 'submitOrders', playerId: p.id, orders: emptyOrders() });
        expect(next).not.toBeNull();
        s = next as GameState;
      }
    });
    const pre = s;
    const post = tryAction(s, { type: 'resolveQuarter' });
    expect(post).not.toBeNull();
    checkState(post as GameState);
    checkResolution(pre, post as GameState);
    s = tryAction(post as GameState, { type: 'advance' }) as GameState;
    expect(s).not.toBeNull();
    checkState(s);
  }
  expect(s.phase).toBe('gameOver');
  expect(s.history).toHaveLength(v.quarters);
  expect(finalStandings(s).map((r) => r.rank)).toEqual(s.players.map((_, i) => i + 1));
  return { accepted, rejected };
}

describe('invariants over random games', () => {
  it('hold for random scenario variants and random legal and illegal orders', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(variantArb, scriptArb, (v, script) => {
        const r = runGame(v, script);
        accepted += r.accepted;
        rejected += r.rejected;
      }),
      { numRuns: 120 },
    );
    // Both kinds of orders were exercised.
    expect(accepted).toBeGreaterThan(50);
    expect(rejected).toBeGreaterThan(50);
  });

  it('hold when every order is aimed at the restricted parts (banned SKUs, grey market, caps)', () => {
    const restricted = fc.record({
      bids: fc.array(fc.record({ sku: fc.constantFrom('H100', 'H200', 'B200', 'MI300X', 'H20'), quantity: fc.nat(2_000), maxPrice: fc.integer({ min: 10_000, max: 50_000 }) }), { maxLength: 3 }),
      greyMarket: fc.array(fc.record({ sku: fc.constantFrom('H100', 'H200', 'MI300X', 'B200'), quantity: fc.nat(400) }), { maxLength: 2 }),
    });
    const turn = fc.record({ candidates: fc.array(restricted.map((o) => ({ ...emptyOrders(), ...o })), { minLength: 1, maxLength: 3 }), withdraw: fc.constant(false) });
    const script = fc.array(fc.record({ turns: fc.array(turn, { minLength: 4, maxLength: 4 }), inject: fc.constant(null), stray: fc.constant(null) }), { minLength: MAX_QUARTERS, maxLength: MAX_QUARTERS });
    const v = variantArb.map((x) => ({ ...x, oct2023: true, grey: { ...x.grey, enabled: true, maxUnits: 1_000 }, companies: x.companies.map((c) => ({ ...c, cash: 400_000_000 })) }));
    fc.assert(
      fc.property(v, script, (variant, s) => {
        runGame(variant, s as never);
      }),
      { numRuns: 60 },
    );
  });
});
