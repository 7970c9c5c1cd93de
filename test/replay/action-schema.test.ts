/**
 * The one schema for orders and actions (src/replay/action-schema.ts): hostile inputs get a clear error with a
 * code and a path; its limits are the engine's; and anything it accepts, the engine applies or refuses with a
 * code, never a throw.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAction, emptyOrders, MAX_MONEY, MAX_MW, MAX_ORDER_LINES, MAX_PRICE, MAX_UNITS, type Action, type ActionErrorCode } from '../../src/engine';
import { ERROR_ENGLISH } from '../../src/engine/errors';
import { AMOUNT_LIMITS, parseAction, parseOrders } from '../../src/replay/action-schema';
import { actionSchema } from '../../src/replay/parse';
import { ordersSchema as classOrdersBase } from '../../src/replay/action-schema';
import { answerOf } from '../../src/store/bot-client';
import { newGame, resolveWith } from '../helpers/game';

const submit = (orders: unknown, playerId: unknown = 'alpha'): unknown => ({ type: 'submitOrders', playerId, orders });
const refusal = (raw: unknown) => {
  const r = parseAction(raw);
  if (r.ok) throw new Error(`expected a refusal: ${JSON.stringify(raw)}`);
  return r.error;
};

describe('hostile inputs: a clear error with a code and a path', () => {
  const amountFields: [string, (v: unknown) => unknown, number][] = [
    ['orders.bids[0].quantity', (v) => submit({ ...emptyOrders(), bids: [{ sku: 'H100', quantity: v, maxPrice: 1 }] }), MAX_UNITS],
    ['orders.bids[0].maxPrice', (v) => submit({ ...emptyOrders(), bids: [{ sku: 'H100', quantity: 1, maxPrice: v }] }), MAX_PRICE],
    ['orders.greyMarket[0].quantity', (v) => submit({ ...emptyOrders(), greyMarket: [{ sku: 'H100', quantity: v }] }), MAX_UNITS],
    ['orders.siliconInvestment', (v) => submit({ ...emptyOrders(), siliconInvestment: v }), MAX_MONEY],
    ['orders.customOrder', (v) => submit({ ...emptyOrders(), customOrder: v }), MAX_UNITS],
    ['orders.powerBuild', (v) => submit({ ...emptyOrders(), powerBuild: v }), MAX_MW],
    ['orders.powerFast', (v) => submit({ ...emptyOrders(), powerFast: v }), MAX_MW],
    ['orders.dealBid', (v) => submit({ ...emptyOrders(), dealBid: v }), MAX_MONEY],
  ];

  it.each(amountFields)('%s: NaN, Infinity, 1e300, negative, fractional, a string, one over the limit -> BAD_AMOUNT with the limit', (path, make, max) => {
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e300, -1, 0.5, '5', true, max + 1]) {
      const e = refusal(make(v));
      expect(e.code, `${path} = ${String(v)}`).toBe('BAD_AMOUNT');
      expect(e.path).toBe(path);
      expect(e.values).toEqual({ max });
      expect(e.message).toBe(`${path} must be a whole number from 0 to ${max.toLocaleString('en-US')}`);
    }
    // The limit itself is inside.
    expect(parseAction(make(max)).ok).toBe(true);
  });

  it('the limits are the engine\'s (src/engine/limits.ts), one per number field', () => {
    expect(AMOUNT_LIMITS).toEqual({ quantity: MAX_UNITS, maxPrice: MAX_PRICE, siliconInvestment: MAX_MONEY, customOrder: MAX_UNITS, powerBuild: MAX_MW, powerFast: MAX_MW, dealBid: MAX_MONEY });
  });

  it('huge arrays: TOO_MANY_BIDS / TOO_MANY_GREY_ORDERS with the count', () => {
    const bids = Array.from({ length: MAX_ORDER_LINES + 1 }, () => ({ sku: 'H100', quantity: 1, maxPrice: 1 }));
    expect(refusal(submit({ ...emptyOrders(), bids }))).toMatchObject({ code: 'TOO_MANY_BIDS', values: { max: MAX_ORDER_LINES, count: MAX_ORDER_LINES + 1 }, path: 'orders.bids' });
    const grey = Array.from({ length: 100_000 }, () => ({ sku: 'H100', quantity: 1 }));
    expect(refusal(submit({ ...emptyOrders(), greyMarket: grey }))).toMatchObject({ code: 'TOO_MANY_GREY_ORDERS', values: { max: MAX_ORDER_LINES, count: 100_000 }, path: 'orders.greyMarket' });
  });

  it('wrong types and shapes: MALFORMED with the path of the first problem', () => {
    expect(refusal(null)).toMatchObject({ code: 'MALFORMED' });
    expect(refusal(42)).toMatchObject({ code: 'MALFORMED' });
    expect(refusal({ type: 'explode' })).toMatchObject({ code: 'MALFORMED', path: 'type' });
    expect(refusal(submit(emptyOrders(), 7))).toMatchObject({ code: 'MALFORMED', path: 'playerId' });
    expect(refusal(submit(emptyOrders(), ''))).toMatchObject({ code: 'MALFORMED', path: 'playerId' });
    expect(refusal(submit(emptyOrders(), 'x'.repeat(65)))).toMatchObject({ code: 'MALFORMED', path: 'playerId' });
    expect(refusal(submit('orders'))).toMatchObject({ code: 'MALFORMED', path: 'orders' });
    expect(refusal(submit({ ...emptyOrders(), bids: 'many' }))).toMatchObject({ code: 'MALFORMED', path: 'orders.bids' });
    expect(refusal(submit({ ...emptyOrders(), bids: [null] }))).toMatchObject({ code: 'MALFORMED', path: 'orders.bids[0]' });
    expect(refusal(submit({ ...emptyOrders(), bids: [{ sku: 1, quantity: 1, maxPrice: 1 }] }))).toMatchObject({ code: 'MALFORMED', path: 'orders.bids[0].sku' });
    expect(refusal(submit({ ...emptyOrders(), partnership: 5 }))).toMatchObject({ code: 'MALFORMED', path: 'orders.partnership' });
    // Unknown keys are refused (a record, a reply or a message carries nothing the engine does not read).
    expect(refusal(submit({ ...emptyOrders(), extra: 1 }))).toMatchObject({ code: 'MALFORMED', path: 'orders' });
    expect(refusal({ type: 'injectEvent', cardId: 'x', more: true })).toMatchObject({ code: 'MALFORMED' });
    // Every refusal is an engine error: its English is the one sentence of its code.
    const e = refusal(submit({ ...emptyOrders(), bids: [null] }));
    expect(e.message).toBe(ERROR_ENGLISH.MALFORMED(e.values as { expected: string }, e.path));
  });

  it('orders on their own (a bot\'s reply): paths start at "orders"', () => {
    const r = parseOrders({ ...emptyOrders(), powerBuild: -1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'BAD_AMOUNT', path: 'orders.powerBuild', values: { max: MAX_MW } });
    expect(parseOrders(emptyOrders())).toEqual({ ok: true, orders: emptyOrders() });
  });

  it('a bot worker\'s reply goes through it: orders that are not orders fail the seat, a bad rationale is dropped', () => {
    expect(answerOf({ orders: emptyOrders(), rationale: 'nonsense' })).toEqual({ orders: emptyOrders(), rationale: null });
    expect(() => answerOf({ orders: { ...emptyOrders(), powerBuild: Number.NaN }, rationale: null })).toThrow(/orders\.powerBuild must be a whole number from 0 to 1,000,000/);
    expect(() => answerOf({ orders: { ...emptyOrders(), bids: [{ sku: 'H100', quantity: 1e300, maxPrice: 1 }] }, rationale: null })).toThrow(/BAD_AMOUNT|must be a whole number/);
  });

  it('is the schema record files and the classroom protocol read', () => {
    const good = submit({ ...emptyOrders(), bids: [{ sku: 'H100', quantity: 5, maxPrice: 30_000 }] });
    expect(actionSchema.safeParse(good).success).toBe(true);
    expect(actionSchema.safeParse(submit({ ...emptyOrders(), powerBuild: MAX_MW + 1 })).success).toBe(false);
    expect(classOrdersBase.safeParse({ ...emptyOrders(), customOrder: MAX_UNITS + 1 }).success).toBe(false);
  });
});

describe('anything the schema accepts, the engine applies or refuses with a code, never a throw', () => {
  const codes = new Set(Object.keys(ERROR_ENGLISH) as ActionErrorCode[]);
  const states = [newGame(), resolveWith(newGame())];
  const id = fc.oneof(fc.constantFrom('alpha', 'beta', 'gamma', 'H100', 'H20', 'nope', 'lab', 'quake'), fc.string({ minLength: 1, maxLength: 64 }));
  const amount = (max: number) => fc.oneof(fc.integer({ min: 0, max }), fc.constantFrom(0, 1, max));
  const ordersArb = fc.record(
    {
      bids: fc.array(fc.record({ sku: id, quantity: amount(MAX_UNITS), maxPrice: amount(MAX_PRICE) }), { maxLength: 6 }),
      siliconInvestment: amount(MAX_MONEY),
      customOrder: amount(MAX_UNITS),
      powerBuild: amount(MAX_MW),
      powerFast: amount(MAX_MW),
      greyMarket: fc.array(fc.record({ sku: id, quantity: amount(MAX_UNITS) }), { maxLength: 4 }),
      partnership: fc.option(id, { nil: null }),
      dealBid: amount(MAX_MONEY),
    },
    { requiredKeys: ['bids', 'siliconInvestment', 'customOrder', 'powerBuild', 'greyMarket', 'partnership'] },
  );
  const actionArb: fc.Arbitrary<unknown> = fc.oneof(
    fc.record({ type: fc.constant('submitOrders'), playerId: id, orders: ordersArb }),
    fc.record({ type: fc.constant('withdrawOrders'), playerId: id }),
    fc.constant({ type: 'resolveQuarter' }),
    fc.constant({ type: 'advance' }),
    fc.record({ type: fc.constant('injectEvent'), cardId: id }),
    fc.anything({ maxDepth: 3 }),
  );

  it('property', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...states), actionArb, (state, raw) => {
        const p = parseAction(raw);
        if (!p.ok) {
          expect(codes.has(p.error.code)).toBe(true);
          return;
        }
        accepted++;
        const res = applyAction(state, p.action as Action);
        if (!res.ok) {
          expect(codes.has(res.error.code)).toBe(true);
          // A refusal that passed the schema is never a shape problem nor an internal failure.
          expect(['MALFORMED', 'FAILED', 'BAD_AMOUNT']).not.toContain(res.error.code);
        }
      }),
      { numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
});
