/**
 * Parses actions from unknown input at the store boundary (panels, scenes, a pasted record).
 * The engine checks the rules; this only makes sure the shape is an Action.
 */
import { z } from '../zod';
import type { Action, ActionError } from '../engine/types';

const money = z.number().finite();

/** The shape of Orders (the engine checks the rules and the limits). */
export const ordersSchema = z.object({
  bids: z.array(z.object({ sku: z.string(), quantity: money, maxPrice: money })),
  siliconInvestment: money,
  customOrder: money,
  powerBuild: money,
  powerFast: money.optional(),
  greyMarket: z.array(z.object({ sku: z.string(), quantity: money })),
  partnership: z.string().nullable(),
  dealBid: money.optional(),
});

const actionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('submitOrders'), playerId: z.string(), orders: ordersSchema }),
  z.object({ type: z.literal('withdrawOrders'), playerId: z.string() }),
  z.object({ type: z.literal('resolveQuarter') }),
  z.object({ type: z.literal('advance') }),
  z.object({ type: z.literal('injectEvent'), cardId: z.string() }),
]);

/** Parses an action, or explains (as an ActionError with code MALFORMED) why it is not one. */
export function parseAction(raw: unknown): { ok: true; action: Action } | { ok: false; error: ActionError } {
  const r = actionSchema.safeParse(raw, { jitless: true });
  if (r.success) return { ok: true, action: r.data };
  const issue = r.error.issues[0];
  return {
    ok: false,
    error: { code: 'MALFORMED', message: `Malformed action: ${issue?.message ?? 'invalid'}`, path: issue?.path.join('.') },
  };
}
