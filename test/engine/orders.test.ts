import { describe, expect, it } from 'vitest';
import { applyAction, committedCost, emptyOrders, normalizeOrders, ordersSpend, runningCosts, type Action, type GameState, type Scenario } from '../../src/engine';
import { act, advance, newGame, orders, player, reject, resolveWith } from '../helpers/game';
import { company, makeScenario, namedRule, oct2023Rule, sku } from '../helpers/scenario';

const submit = (playerId: unknown, o: unknown): Action => ({ type: 'submitOrders', playerId, orders: o }) as Action;

/** The test scenario with a B200 from quarter 2, an Ascend (CN only), a lab opened only by an event and a chipmaker deal from quarter 1. */
function scenario(over: Partial<Scenario> = {}): Scenario {
  return makeScenario({
    skus: [
      sku({ id: 'H100' }),
      sku({ id: 'H20', h100e: 0.15, listPrice: 12_000, tpp: 2368, density: 2.9 }),
      sku({ id: 'B200', listPrice: 40_000, tpp: 36_000, density: 22.5, availableFrom: 2 }),
      sku({ id: 'Ascend', vendor: 'Huawei', listPrice: 14_000, tpp: 10_240, density: 15.6, soldTo: ['CN'], mig: false }),
    ],
    exportRules: [oct2023Rule({ catches: { thresholds: [{ tppMin: 4800 }, { tppMin: 1600, densityMin: 5.92 }], vendors: ['NVIDIA'], skus: [] } })],
    partnerships: [
      { id: 'lab', kind: 'aiLab', name: 'Frontier Lab', availableFrom: 0, byEventOnly: true, computeH100e: 100, revenuePerQuarter: 1_000_000, quarters: 2, shortfallPenalty: 500_000 },
      { id: 'prio', kind: 'chipmaker', name: 'NVIDIA priority', availableFrom: 1, byEventOnly: false, vendor: 'NVIDIA', prepayment: 5_000_000, priorityUnits: 100, quarters: 2 },
    ],
    eventDeck: { drawPct: 0, cards: [{ id: 'quake', weight: 1, fromQuarter: 0, headline: { en: 'Quake', de: 'Beben' }, body: { en: '.', de: '.' }, source: 'test', effects: [{ kind: 'supply', sku: 'H100', pct: -50, quarters: 1 }] }] },
    ...over,
  });
}

function game(over: Partial<Scenario> = {}): GameState {
  return newGame(scenario(over));
}

describe('every rejection: code, message, path; the state untouched', () => {
  const s = game();

  it('MALFORMED', () => {
    expect(reject(s, null)).toEqual({ code: 'MALFORMED', values: { expected: 'an object' }, message: 'the action must be an object' });
    expect(reject(s, 'submitOrders')).toEqual({ code: 'MALFORMED', values: { expected: 'an object' }, message: 'the action must be an object' });
    expect(reject(s, { type: 'explode' })).toEqual({ code: 'UNKNOWN_ACTION', values: { type: 'explode' }, message: 'unknown action type "explode"', path: 'type' });
    expect(reject(s, submit(7, emptyOrders()))).toEqual({ code: 'MALFORMED', values: { expected: 'a company id' }, message: 'playerId must be a company id', path: 'playerId' });
    expect(reject(s, { type: 'withdrawOrders' })).toEqual({ code: 'MALFORMED', values: { expected: 'a company id' }, message: 'playerId must be a company id', path: 'playerId' });
    expect(reject(s, submit('alpha', undefined))).toEqual({ code: 'MALFORMED', values: { expected: 'an object' }, message: 'orders must be an object', path: 'orders' });
    expect(reject(s, submit('alpha', []))).toEqual({ code: 'MALFORMED', values: { expected: 'an object' }, message: 'orders must be an object', path: 'orders' });
    expect(reject(s, submit('alpha', { bids: 'many' }))).toEqual({ code: 'MALFORMED', values: { expected: 'a list of bids' }, message: 'orders.bids must be a list of bids', path: 'orders.bids' });
    const many = Array.from({ length: 257 }, () => ({ sku: 'H100', quantity: 1, maxPrice: 30_000 }));
    expect(reject(s, submit('alpha', { bids: many }))).toEqual({ code: 'TOO_MANY_BIDS', values: { max: 256, count: 257 }, message: 'orders.bids may hold at most 256 bids, got 257', path: 'orders.bids' });
    expect(reject(s, submit('alpha', { bids: [null] }))).toEqual({ code: 'MALFORMED', values: { expected: 'an object' }, message: 'orders.bids[0] must be an object', path: 'orders.bids[0]' });
    expect(reject(s, submit('alpha', { bids: [{ sku: 1, quantity: 1, maxPrice: 30_000 }] }))).toEqual({ code: 'MALFORMED', values: { expected: 'a SKU id' }, message: 'orders.bids[0].sku must be a SKU id', path: 'orders.bids[0].sku' });
    expect(reject(s, submit('alpha', { greyMarket: {} }))).toEqual({ code: 'MALFORMED', values: { expected: 'a list of grey-market orders' }, message: 'orders.greyMarket must be a list of grey-market orders', path: 'orders.greyMarket' });
    expect(reject(s, submit('alpha', { greyMarket: [7] }))).toEqual({ code: 'MALFORMED', values: { expected: 'an object' }, message: 'orders.greyMarket[0] must be an object', path: 'orders.greyMarket[0]' });
    expect(reject(s, submit('gamma', { greyMarket: [{ quantity: 1 }] }))).toEqual({ code: 'MALFORMED', values: { expected: 'a SKU id' }, message: 'orders.greyMarket[0].sku must be a SKU id', path: 'orders.greyMarket[0].sku' });
    expect(reject(s, submit('alpha', { partnership: 5 }))).toEqual({ code: 'MALFORMED', values: { expected: 'a partnership id or null' }, message: 'orders.partnership must be a partnership id or null', path: 'orders.partnership' });
    // A getter that throws is turned into an error, not an exception.
    const hostile = { type: 'submitOrders', playerId: 'alpha', get orders() { throw new Error('boom'); } };
    expect(reject(s, hostile)).toEqual({ code: 'FAILED', values: { detail: 'boom' }, message: 'the action could not be applied: boom' });
  });

  it('UNKNOWN_PLAYER', () => {
    expect(reject(s, submit('zeta', emptyOrders()))).toEqual({ code: 'UNKNOWN_PLAYER', values: { playerId: 'zeta' }, message: 'unknown company "zeta"', path: 'playerId' });
    expect(reject(s, { type: 'withdrawOrders', playerId: 'zeta' })).toEqual({ code: 'UNKNOWN_PLAYER', values: { playerId: 'zeta' }, message: 'unknown company "zeta"', path: 'playerId' });
  });

  it('WRONG_PHASE', () => {
    const reveal = resolveWith(s);
    expect(reject(reveal, submit('alpha', emptyOrders()))).toEqual({ code: 'WRONG_PHASE', values: { action: 'submit', phase: 'reveal' }, message: 'orders are taken in the orders phase; the game is in "reveal"' });
    expect(reject(reveal, { type: 'withdrawOrders', playerId: 'alpha' })).toEqual({ code: 'WRONG_PHASE', values: { action: 'withdraw', phase: 'reveal' }, message: 'orders can be withdrawn in the orders phase; the game is in "reveal"' });
    expect(reject(reveal, { type: 'resolveQuarter' })).toEqual({ code: 'WRONG_PHASE', values: { action: 'resolve', phase: 'reveal' }, message: 'a quarter resolves from the orders phase; the game is in "reveal"' });
    expect(reject(reveal, { type: 'injectEvent', cardId: 'quake' })).toEqual({ code: 'WRONG_PHASE', values: { action: 'inject', phase: 'reveal' }, message: 'events are injected during the orders phase; the game is in "reveal"' });
    expect(reject(s, { type: 'advance' })).toEqual({ code: 'WRONG_PHASE', values: { action: 'advance', phase: 'orders' }, message: 'the game advances after the reveal; the game is in "orders"' });
  });

  it('ALREADY_SUBMITTED', () => {
    const s1 = act(s, submit('alpha', emptyOrders()));
    expect(reject(s1, submit('alpha', emptyOrders()))).toEqual({ code: 'ALREADY_SUBMITTED', values: { playerId: 'alpha' }, message: "alpha has already submitted this quarter's orders (withdraw them to change them)" });
    // Withdrawing allows a new submission.
    const s2 = act(s1, { type: 'withdrawOrders', playerId: 'alpha' });
    expect(s2.pending[0]).toBeNull();
    const s3 = act(s2, submit('alpha', orders({ powerBuild: 1 })));
    expect(s3.pending[0]).toEqual(orders({ powerBuild: 1 }));
  });

  it('UNKNOWN_SKU', () => {
    expect(reject(s, submit('alpha', { bids: [{ sku: 'H100', quantity: 1, maxPrice: 30_000 }, { sku: 'H900', quantity: 1, maxPrice: 1 }] }))).toEqual({ code: 'UNKNOWN_SKU', values: { sku: 'H900' }, message: 'unknown SKU "H900"', path: 'orders.bids[1].sku' });
    expect(reject(s, submit('gamma', { greyMarket: [{ sku: 'H900', quantity: 1 }] }))).toEqual({ code: 'UNKNOWN_SKU', values: { sku: 'H900' }, message: 'unknown SKU "H900"', path: 'orders.greyMarket[0].sku' });
  });

  it('NOT_AVAILABLE', () => {
    expect(reject(s, submit('alpha', { bids: [{ sku: 'B200', quantity: 1, maxPrice: 40_000 }] }))).toEqual({ code: 'NOT_AVAILABLE', values: { sku: 'B200', quarter: 2 }, message: 'B200 is not on sale before quarter 3 of the game', path: 'orders.bids[0].sku' });
    expect(reject(s, submit('gamma', { greyMarket: [{ sku: 'B200', quantity: 1 }] }))).toEqual({ code: 'NOT_AVAILABLE', values: { sku: 'B200', quarter: 2 }, message: 'B200 is not on sale before quarter 3 of the game', path: 'orders.greyMarket[0].sku' });
  });

  it('EXPORT_BANNED: by rule (with its id), by the vendor\'s sales regions, by the entity list', () => {
    expect(reject(s, submit('gamma', { bids: [{ sku: 'H100', quantity: 1, maxPrice: 30_000 }] }))).toEqual({ code: 'EXPORT_BANNED', values: { playerId: 'gamma', sku: 'H100', rule: 'oct-2023' }, message: 'H100 may not be sold to gamma: export rule oct-2023', path: 'orders.bids[0].sku', ruleId: 'oct-2023' });
    expect(reject(s, submit('alpha', { bids: [{ sku: 'Ascend', quantity: 1, maxPrice: 14_000 }] }))).toEqual({ code: 'NOT_SOLD_TO_REGION', values: { playerId: 'alpha', sku: 'Ascend', vendor: 'Huawei', region: 'US' }, message: 'Huawei does not sell Ascend to US', path: 'orders.bids[0].sku' });
    const caught = game({ greyMarket: { ...makeScenario().greyMarket, catchPct: 100 } });
    const listed = advance(resolveWith(caught, { gamma: { greyMarket: [{ sku: 'H100', quantity: 10 }] } }));
    expect(player(listed, 'gamma').entityListUntil).toBe(3);
    expect(reject(listed, submit('gamma', { bids: [{ sku: 'H20', quantity: 1, maxPrice: 12_000 }] }))).toEqual({ code: 'ENTITY_LISTED', values: { playerId: 'gamma', sku: 'H20', vendor: 'NVIDIA', until: 3 }, message: 'gamma is on the entity list until quarter 4: no NVIDIA parts', path: 'orders.bids[0].sku', ruleId: 'entity-list' });
  });

  it('EXPORT_CAP', () => {
    const capped = game({ exportRules: [namedRule('h20-cap', ['H20'], { kind: 'cap', unitsPerQuarter: 50 }, 0)] });
    expect(reject(capped, submit('gamma', { bids: [{ sku: 'H20', quantity: 51, maxPrice: 12_000 }] }))).toEqual({ code: 'EXPORT_CAP', values: { playerId: 'gamma', rule: 'h20-cap', cap: 50, asked: 51 }, message: 'export rule h20-cap caps gamma at 50 units a quarter; these bids ask for 51', path: 'orders.bids[0].quantity', ruleId: 'h20-cap' });
    act(capped, submit('gamma', { bids: [{ sku: 'H20', quantity: 50, maxPrice: 12_000 }] }));
  });

  it('BAD_AMOUNT: negative, fractional, NaN, infinite, huge or non-number amounts', () => {
    const units = (_v: unknown, path: string) => ({ code: 'BAD_AMOUNT', values: { max: 10_000_000 }, message: `${path} must be a whole number from 0 to 10,000,000`, path });
    for (const v of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 10_000_001, 1e300, '5', null, undefined]) {
      expect(reject(s, submit('alpha', { bids: [{ sku: 'H100', quantity: v, maxPrice: 30_000 }] }))).toEqual(units(v, 'orders.bids[0].quantity'));
      expect(reject(s, submit('gamma', { greyMarket: [{ sku: 'H100', quantity: v }] }))).toEqual(units(v, 'orders.greyMarket[0].quantity'));
      // A missing (null or undefined) top-level amount means 0.
      if (v !== null && v !== undefined) expect(reject(s, submit('alpha', { customOrder: v }))).toEqual(units(v, 'orders.customOrder'));
    }
    for (const v of [-0.01, 1e7 + 1, Number.NaN, -25_000]) {
      expect(reject(s, submit('alpha', { bids: [{ sku: 'H100', quantity: 1, maxPrice: v }] }))).toEqual({ code: 'BAD_AMOUNT', values: { max: 10_000_000 }, message: 'orders.bids[0].maxPrice must be a whole number from 0 to 10,000,000', path: 'orders.bids[0].maxPrice' });
    }
    for (const v of [-1, 0.5, Number.NaN, 1e12 + 1]) {
      expect(reject(s, submit('alpha', { siliconInvestment: v }))).toEqual({ code: 'BAD_AMOUNT', values: { max: 1_000_000_000_000 }, message: 'orders.siliconInvestment must be a whole number from 0 to 1,000,000,000,000', path: 'orders.siliconInvestment' });
    }
    for (const v of [-3, 2.5, Number.NaN, 1_000_001]) {
      expect(reject(s, submit('alpha', { powerBuild: v }))).toEqual({ code: 'BAD_AMOUNT', values: { max: 1_000_000 }, message: 'orders.powerBuild must be a whole number from 0 to 1,000,000', path: 'orders.powerBuild' });
    }
    // The grey market's per-quarter limit (100 units in this scenario), summed over SKUs.
    const over = reject(game(), submit('gamma', { greyMarket: [{ sku: 'H100', quantity: 101 }] }));
    expect(over).toEqual({ code: 'GREY_CAP', values: { max: 100, asked: 101 }, message: 'the grey market moves at most 100 units a quarter per buyer; asked 101', path: 'orders.greyMarket' });
  });

  it('DUPLICATE_SKU', () => {
    const twice = { bids: [{ sku: 'H100', quantity: 1, maxPrice: 30_000 }, { sku: 'H100', quantity: 2, maxPrice: 26_000 }] };
    expect(reject(s, submit('alpha', twice))).toEqual({ code: 'DUPLICATE_SKU', values: { sku: 'H100', max: 1 }, message: 'at most 1 bid(s) per SKU; H100 has more', path: 'orders.bids[1].sku' });
    const two = game({ market: { ...makeScenario().market, maxBidsPerSku: 2 } });
    act(two, submit('alpha', twice));
    expect(reject(two, submit('alpha', { bids: [...twice.bids, { sku: 'H100', quantity: 3, maxPrice: 25_000 }] }))).toMatchObject({ code: 'DUPLICATE_SKU', values: { sku: 'H100', max: 2 } });
    expect(reject(s, submit('gamma', { greyMarket: [{ sku: 'H100', quantity: 1 }, { sku: 'H100', quantity: 1 }] }))).toEqual({ code: 'DUPLICATE_GREY_SKU', values: { sku: 'H100' }, message: 'one grey-market order per SKU; H100 has more', path: 'orders.greyMarket[1].sku' });
  });

  it('OVER_BUDGET: worst-case spend plus running costs above cash', () => {
    // alpha: 100M + 50M budget; running costs 10 MW x $10,000.
    expect(player(s, 'alpha').cash).toBe(150_000_000);
    expect(runningCosts(s, 'alpha')).toBe(100_000);
    expect(reject(s, submit('alpha', { bids: [{ sku: 'H100', quantity: 10_000, maxPrice: 20_000 }] }))).toEqual({ code: 'OVER_BUDGET', values: { playerId: 'alpha', spend: 200_000_000, running: 100_000, cash: 150_000_000 }, message: 'these orders can spend up to $200,000,000 (bids at their max price) and running costs need $100,000, but alpha has $150,000,000', path: 'orders' });
    // Exactly the cash is fine; a dollar more is not.
    act(s, submit('alpha', { siliconInvestment: 149_900_000 }));
    expect(reject(s, submit('alpha', { siliconInvestment: 149_900_001 })).code).toBe('OVER_BUDGET');
    // Every kind of spend counts: bids, grey purchases and their fine, silicon, custom chips, power.
    const all = orders({ bids: [{ sku: 'H100', quantity: 10, maxPrice: 30_000 }], siliconInvestment: 7, powerBuild: 2 });
    expect(ordersSpend(s, 'alpha', all)).toBe(300_000 + 7 + 2_000_000);
    expect(committedCost(s, 'alpha', all)).toBe(300_000 + 7 + 2_000_000 + 100_000);
    // Grey: 10 x 37,500 and a 100% fine.
    expect(ordersSpend(s, 'gamma', orders({ greyMarket: [{ sku: 'H100', quantity: 10 }] }))).toBe(750_000);
  });

  it('SILICON_DONE and SILICON_TOO_EARLY', () => {
    expect(reject(s, submit('alpha', { customOrder: 1 }))).toEqual({ code: 'SILICON_TOO_EARLY', values: { chip: 'Chip', stage: 'none' }, message: 'Chip is at stage "none": custom chips can be ordered from the ramp stage on', path: 'orders.customOrder' });
  });

  it('GREY_MARKET_CLOSED, GREY_NOT_NEEDED and GREY_NOT_SOLD', () => {
    const closed = game({ greyMarket: { ...makeScenario().greyMarket, enabled: false } });
    expect(reject(closed, submit('gamma', { greyMarket: [{ sku: 'H100', quantity: 1 }] }))).toEqual({ code: 'GREY_MARKET_CLOSED', values: {}, message: 'this scenario has no grey market', path: 'orders.greyMarket' });
    expect(reject(s, submit('alpha', { greyMarket: [{ sku: 'H100', quantity: 1 }] }))).toEqual({ code: 'GREY_NOT_NEEDED', values: { playerId: 'alpha', sku: 'H100' }, message: 'H100 can be bought openly by alpha: bid for it instead', path: 'orders.greyMarket[0].sku' });
    expect(reject(s, submit('gamma', { greyMarket: [{ sku: 'H20', quantity: 1 }] }))).toMatchObject({ code: 'GREY_NOT_NEEDED', values: { playerId: 'gamma', sku: 'H20' } });
    // A part the vendor simply does not sell to the region is not the grey market's business.
    expect(reject(s, submit('alpha', { greyMarket: [{ sku: 'Ascend', quantity: 1 }] }))).toEqual({ code: 'GREY_NOT_SOLD', values: { sku: 'Ascend', vendor: 'Huawei', region: 'US' }, message: 'the grey market trades parts that export rules deny; Huawei simply does not sell Ascend to US', path: 'orders.greyMarket[0].sku' });
  });

  it('UNKNOWN_PARTNERSHIP, PARTNERSHIP_CLOSED and PARTNERSHIP_HELD', () => {
    expect(reject(s, submit('alpha', { partnership: 'nope' }))).toEqual({ code: 'UNKNOWN_PARTNERSHIP', values: { partnership: 'nope' }, message: 'unknown partnership "nope"', path: 'orders.partnership' });
    // The lab opens only by an event; the chipmaker deal from quarter 1.
    expect(reject(s, submit('alpha', { partnership: 'lab' }))).toEqual({ code: 'PARTNERSHIP_CLOSED', values: { partnership: 'lab' }, message: 'lab is not open this quarter', path: 'orders.partnership' });
    expect(reject(s, submit('alpha', { partnership: 'prio' }))).toEqual({ code: 'PARTNERSHIP_CLOSED', values: { partnership: 'prio' }, message: 'prio is not open this quarter', path: 'orders.partnership' });
    const q1 = advance(resolveWith(s));
    expect(q1.openPartnerships).toEqual(['prio']);
    const taken = advance(resolveWith(q1, { beta: { partnership: 'prio' } }));
    expect(reject(taken, submit('alpha', { partnership: 'prio' }))).toMatchObject({ code: 'PARTNERSHIP_CLOSED', values: { partnership: 'prio' } });
  });

  it('ORDERS_MISSING', () => {
    expect(reject(s, { type: 'resolveQuarter' })).toEqual({ code: 'ORDERS_MISSING', values: { missing: 'alpha, beta, gamma' }, message: 'waiting for orders from: alpha, beta, gamma' });
    const s1 = act(act(s, submit('alpha', emptyOrders())), submit('gamma', emptyOrders()));
    expect(reject(s1, { type: 'resolveQuarter' })).toEqual({ code: 'ORDERS_MISSING', values: { missing: 'beta' }, message: 'waiting for orders from: beta' });
    expect(reject(s, { type: 'withdrawOrders', playerId: 'beta' })).toEqual({ code: 'NOTHING_TO_WITHDRAW', values: { playerId: 'beta' }, message: 'beta has no orders to withdraw' });
  });

  it('UNKNOWN_CARD', () => {
    expect(reject(s, { type: 'injectEvent', cardId: 'meteor' })).toEqual({ code: 'UNKNOWN_CARD', values: { card: 'meteor' }, message: "no event card \"meteor\" in this scenario's deck", path: 'cardId' });
  });

  it('GAME_OVER', () => {
    let g = s;
    for (let q = 0; q < 4; q++) g = advance(resolveWith(g));
    expect(g.phase).toBe('gameOver');
    expect(g.quarter).toBe(3);
    expect(reject(g, { type: 'advance' })).toEqual({ code: 'GAME_OVER', values: {}, message: 'the game is over' });
    expect(reject(g, submit('alpha', emptyOrders()))).toEqual({ code: 'GAME_OVER', values: {}, message: 'the game is over' });
    expect(reject(g, { type: 'withdrawOrders', playerId: 'alpha' })).toEqual({ code: 'GAME_OVER', values: {}, message: 'the game is over' });
    expect(reject(g, { type: 'resolveQuarter' })).toEqual({ code: 'GAME_OVER', values: {}, message: 'the game is over' });
  });

  it('a rejected action returns no state and leaves the given one deep-equal to before', () => {
    const before = structuredClone(s);
    const r = applyAction(s, submit('gamma', { bids: [{ sku: 'H100', quantity: 1, maxPrice: 30_000 }] }));
    expect(r.ok).toBe(false);
    expect('state' in r).toBe(false);
    expect(s).toStrictEqual(before);
  });
});

describe('accepted orders', () => {
  it('empty orders are always accepted: broke, banned, listed, any quarter', () => {
    const broke = game({ companies: [company({ id: 'alpha', cash: 0, budget: [0, 0, 0, 0], powerMw: 500 }), company({ id: 'gamma', region: 'CN', tier: 'T3' })] });
    expect(runningCosts(broke, 'alpha')).toBeGreaterThan(player(broke, 'alpha').cash);
    for (const o of [emptyOrders(), {}, { bids: [], greyMarket: [] }, { bids: [{ sku: 'H100', quantity: 0, maxPrice: 0 }] }]) {
      act(broke, submit('alpha', o));
      act(broke, submit('gamma', o));
    }
    let g = game({ greyMarket: { ...makeScenario().greyMarket, catchPct: 100 } });
    g = advance(resolveWith(g, { gamma: { greyMarket: [{ sku: 'H100', quantity: 1 }] } }));
    act(g, submit('gamma', emptyOrders()));
  });

  it('normalizeOrders fills defaults and drops zero-quantity lines, nothing else', () => {
    const r = normalizeOrders({ bids: [{ sku: 'H100', quantity: 0, maxPrice: 5 }, { sku: 'H20', quantity: 3, maxPrice: 12_000, extra: 1 }], greyMarket: [{ sku: 'H100', quantity: 0 }] });
    expect(r).toEqual({ ok: true, orders: { bids: [{ sku: 'H20', quantity: 3, maxPrice: 12_000 }], siliconInvestment: 0, customOrder: 0, powerBuild: 0, powerFast: 0, greyMarket: [], partnership: null } });
  });

  it('the pending orders are what was submitted, after normalization', () => {
    const s1 = act(game(), submit('beta', { bids: [{ sku: 'H100', quantity: 5, maxPrice: 30_000 }], powerBuild: 2 }));
    expect(s1.pending).toEqual([null, orders({ bids: [{ sku: 'H100', quantity: 5, maxPrice: 30_000 }], powerBuild: 2 }), null]);
  });
});
