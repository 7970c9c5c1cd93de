/**
 * The one schema for orders and actions, built from the engine's limits (src/engine/limits.ts). Every
 * boundary reads actions through it: the store's dispatch, the bot worker's replies, record files and the
 * classroom server's messages. It checks shape and number ranges only; the engine checks the rules (and
 * re-checks the limits itself, as it must never trust its input).
 */
import { z } from '../zod';
import { actionError, MAX_ID_CHARS, MAX_MONEY, MAX_MW, MAX_ORDER_LINES, MAX_PRICE, MAX_UNITS, type Action, type ActionError, type Orders } from '../engine';

/** An id an action may name (company, SKU, partnership, event card). */
export const idSchema = z.string().min(1).max(MAX_ID_CHARS);

/** The largest value of each number field of orders (by its name), from the engine's limits. */
export const AMOUNT_LIMITS = {
  quantity: MAX_UNITS,
  maxPrice: MAX_PRICE,
  siliconInvestment: MAX_MONEY,
  customOrder: MAX_UNITS,
  powerBuild: MAX_MW,
  powerFast: MAX_MW,
  dealBid: MAX_MONEY,
} as const;

const amount = (max: number) => z.number().int().nonnegative().max(max);

/** Orders: whole numbers within the engine's limits, at most MAX_ORDER_LINES bids and grey orders. */
export const ordersSchema = z.strictObject({
  bids: z.array(z.strictObject({ sku: idSchema, quantity: amount(MAX_UNITS), maxPrice: amount(MAX_PRICE) })).max(MAX_ORDER_LINES),
  siliconInvestment: amount(MAX_MONEY),
  customOrder: amount(MAX_UNITS),
  powerBuild: amount(MAX_MW),
  powerFast: amount(MAX_MW).optional(),
  greyMarket: z.array(z.strictObject({ sku: idSchema, quantity: amount(MAX_UNITS) })).max(MAX_ORDER_LINES),
  partnership: idSchema.nullable(),
  dealBid: amount(MAX_MONEY).optional(),
});

/** An action the engine accepts (in shape). */
export const actionSchema: z.ZodType<Action> = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('submitOrders'), playerId: idSchema, orders: ordersSchema }),
  z.strictObject({ type: z.literal('withdrawOrders'), playerId: idSchema }),
  z.strictObject({ type: z.literal('resolveQuarter') }),
  z.strictObject({ type: z.literal('advance') }),
  z.strictObject({ type: z.literal('injectEvent'), cardId: idSchema }),
]);

/** A zod path as the engine writes one: ["orders", "bids", 1, "maxPrice"] -> "orders.bids[1].maxPrice". */
export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : `${out ? '.' : ''}${String(k)}`;
  return out;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const k of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/**
 * The first problem zod found in `raw`, as an engine error (a bad amount gets the engine's BAD_AMOUNT code and
 * limit, a list too long TOO_MANY_BIDS or TOO_MANY_GREY_ORDERS). `prefix` is where `raw` sits in an action.
 */
export function schemaError(issue: z.core.$ZodIssue | undefined, raw: unknown, prefix: readonly PropertyKey[] = []): ActionError {
  if (!issue) return actionError('MALFORMED', { expected: 'a valid action' });
  const full = [...prefix, ...issue.path];
  const path = pathText(full) || undefined;
  const last = full[full.length - 1];
  if (issue.code === 'too_big' && issue.origin === 'array' && (last === 'bids' || last === 'greyMarket')) {
    const list = valueAt(raw, issue.path);
    const count = Array.isArray(list) ? list.length : MAX_ORDER_LINES + 1;
    return actionError(last === 'bids' ? 'TOO_MANY_BIDS' : 'TOO_MANY_GREY_ORDERS', { max: MAX_ORDER_LINES, count }, path);
  }
  if (typeof last === 'string' && last in AMOUNT_LIMITS && issue.code !== 'unrecognized_keys') {
    return actionError('BAD_AMOUNT', { max: AMOUNT_LIMITS[last as keyof typeof AMOUNT_LIMITS] }, path);
  }
  return actionError('MALFORMED', { expected: issue.message }, path);
}

/** Parses an action from any value, or says (as an engine error with a path) why it is not one. */
export function parseAction(raw: unknown): { ok: true; action: Action } | { ok: false; error: ActionError } {
  const r = actionSchema.safeParse(raw, { jitless: true });
  if (r.success) return { ok: true, action: r.data };
  return { ok: false, error: schemaError(r.error.issues[0], raw) };
}

/** Parses orders from any value (paths start at "orders"). */
export function parseOrders(raw: unknown): { ok: true; orders: Orders } | { ok: false; error: ActionError } {
  const r = ordersSchema.safeParse(raw, { jitless: true });
  if (r.success) return { ok: true, orders: r.data };
  return { ok: false, error: schemaError(r.error.issues[0], raw, ['orders']) };
}
