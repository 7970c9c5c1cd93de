import { z } from 'zod';
import type { Action } from '../engine';
import { RECORD_FORMAT, type GameRecord } from './record';

/** Largest record file accepted (a whole base game is a few hundred KB with rationales). */
export const MAX_RECORD_BYTES = 5_000_000;

const id = z.string().min(1).max(64);
const amount = z.number().int().nonnegative().max(1e13);
const ordersSchema = z.strictObject({
  bids: z.array(z.strictObject({ sku: id, quantity: amount, maxPrice: amount })).max(256),
  siliconInvestment: amount,
  customOrder: amount,
  powerBuild: amount,
  greyMarket: z.array(z.strictObject({ sku: id, quantity: amount })).max(256),
  partnership: id.nullable(),
});

/** Actions as stored in a record (the engine re-checks each one when replaying). */
export const actionSchema: z.ZodType<Action> = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('submitOrders'), playerId: id, orders: ordersSchema }),
  z.strictObject({ type: z.literal('withdrawOrders'), playerId: id }),
  z.strictObject({ type: z.literal('resolveQuarter') }),
  z.strictObject({ type: z.literal('advance') }),
  z.strictObject({ type: z.literal('injectEvent'), cardId: id }),
]);

/** A game record file. */
export const recordSchema = z.strictObject({
  format: z.literal('gpurace-record'),
  formatVersion: z.number().int().positive(),
  engineVersion: z.number().int().positive(),
  scenario: z.strictObject({ id, hash: z.string().regex(/^[0-9a-f]{16}$/) }),
  seed: z.string().max(200),
  seats: z.array(z.strictObject({ playerId: id, kind: z.enum(['human', 'bot']), level: z.string().max(32).optional() })).max(64),
  actions: z.array(actionSchema).max(20_000),
  checkpoints: z.array(z.strictObject({ quarter: z.number().int().nonnegative(), stateHash: z.string().regex(/^[0-9a-f]{16}$/) })).max(200),
  rationales: z.record(z.string(), z.unknown()).optional(),
});

/** Parses a record from JSON text: a clear one-line error for bad JSON, a future format, or a wrong field. */
export function parseRecordText(text: string, fileName = 'record'): { ok: true; record: GameRecord } | { ok: false; error: string } {
  if (text.length > MAX_RECORD_BYTES) return { ok: false, error: `${fileName} is ${text.length.toLocaleString('en-US')} bytes; a game record is at most ${MAX_RECORD_BYTES.toLocaleString('en-US')}` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${fileName} is not valid JSON (${e instanceof Error ? e.message : String(e)}); the file may be truncated` };
  }
  const fv = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof fv === 'number' && fv > RECORD_FORMAT) return { ok: false, error: `${fileName} is a record of format ${fv}, newer than this build reads (${RECORD_FORMAT}); update the game to open it` };
  const r = recordSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue ? `$${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}` : '$';
    return { ok: false, error: `${fileName}: ${path}: ${issue?.message ?? 'not a game record'}` };
  }
  return { ok: true, record: r.data as GameRecord };
}
