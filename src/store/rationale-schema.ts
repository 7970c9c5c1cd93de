/**
 * A bot's rationale as it arrives from the worker or from a record file: untrusted, so checked before the
 * UI renders it with explain(). Unknown reason codes are kept (explain prints the code itself).
 */
import { z } from '../zod';
import type { BotRationale } from '../ai/types';

const values = z.record(z.string().max(40), z.union([z.number(), z.string().max(200)]));
const reason = z.object({ code: z.string().max(40), values });
const reasons = z.array(reason).max(64);
const decision = z.object({ reasons });

/** The shape of a BotRationale (extra fields allowed, so newer bots stay readable). */
export const rationaleSchema = z.looseObject({
  playerId: z.string().max(64),
  quarter: z.number().int().nonnegative(),
  level: z.string().max(32),
  bids: z.array(z.looseObject({ sku: z.string().max(64), quantity: z.number(), maxPrice: z.number(), valuation: z.number(), reasons })).max(64),
  // Each decision's numbers too (the why list's summary shows them): a plain z.object would strip them.
  silicon: decision.extend({ investment: z.number().optional(), customOrder: z.number().optional() }),
  power: decision.extend({ mw: z.number().optional(), fastMw: z.number().optional() }),
  grey: decision.extend({ units: z.number().optional() }),
  partnership: decision.extend({ id: z.string().max(64).nullable().optional() }),
  cash: decision,
  iterations: z.number(),
  lookahead: z.object({ futures: z.number().int().nonnegative(), plans: z.array(z.object({ name: z.string().max(32), score: z.number() })).max(8), chosen: z.string().max(32) }).optional(),
});

/** The rationale if it has the right shape, else null. */
export function asRationale(x: unknown): BotRationale | null {
  const r = rationaleSchema.safeParse(x, { jitless: true });
  return r.success ? (r.data as unknown as BotRationale) : null;
}
