import { z } from '../zod';
import type { Action } from '../engine';
import { migrateV1, type RecordV1 } from './migrate';
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
  dealBid: amount.optional(),
});

/** Actions as stored in a record (the engine re-checks each one when replaying). */
export const actionSchema: z.ZodType<Action> = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('submitOrders'), playerId: id, orders: ordersSchema }),
  z.strictObject({ type: z.literal('withdrawOrders'), playerId: id }),
  z.strictObject({ type: z.literal('resolveQuarter') }),
  z.strictObject({ type: z.literal('advance') }),
  z.strictObject({ type: z.literal('injectEvent'), cardId: id }),
]);

const hash = z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits');
const common = {
  format: z.literal('gpurace-record'),
  engineVersion: z.number().int().positive(),
  scenario: z.strictObject({ id, hash }),
  seed: z.string().max(200),
  actions: z.array(actionSchema).max(20_000),
  checkpoints: z.array(z.strictObject({ quarter: z.number().int().nonnegative(), stateHash: hash })).max(200),
  rationales: z.record(z.string().regex(/^\d{1,5}$/), z.unknown()).optional(),
};

/** A format-1 record file. */
export const recordSchemaV1 = z.strictObject({
  ...common,
  formatVersion: z.literal(1),
  seats: z.array(z.strictObject({ playerId: id, kind: z.enum(['human', 'bot']), level: z.string().max(32).optional() })).max(64),
});

const seatV2 = z.union([
  z.strictObject({ playerId: id, kind: z.literal('human'), level: z.string().max(32).optional() }),
  z.strictObject({ playerId: id, kind: z.literal('bot'), level: z.string().min(1).max(32) }),
]);

/** A record file of the current format. */
export const recordSchema = z.strictObject({
  ...common,
  formatVersion: z.literal(RECORD_FORMAT),
  seats: z.array(seatV2).max(64),
  createdAt: z.iso.datetime().nullable(),
  // Checked as a scenario (parseScenario) when it is needed, not here.
  scenarioSnapshot: z.unknown().optional(),
});

/** The outcome of reading a record. */
export type ParsedRecord = { ok: true; record: GameRecord; migratedFrom: number | null } | { ok: false; error: string };

function issueText(name: string, err: z.ZodError): string {
  const issue = err.issues[0];
  const path = issue ? `$${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}` : '$';
  return `${name}: ${path}: ${issue?.message ?? 'not a game record'}`;
}

/** Deepest nesting a record may have (a bot's rationale is a few levels; anything deeper is hostile). */
export const MAX_RECORD_DEPTH = 64;

/** True if the data nests deeper than `max` levels (iterative, so hostile depth cannot overflow the stack). */
export function nestsDeeperThan(data: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (d >= max) return true;
    for (const x of Array.isArray(v) ? v : Object.values(v)) if (x !== null && typeof x === 'object') stack.push([x, d + 1]);
  }
  return false;
}

/** Checks already-decoded data as a record of any known format and migrates it to the current one. */
export function parseRecordData(data: unknown, name = 'record'): ParsedRecord {
  if (nestsDeeperThan(data, MAX_RECORD_DEPTH)) return { ok: false, error: `${name} nests deeper than ${MAX_RECORD_DEPTH} levels; a game record never does (the file is damaged or hostile)` };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: `${name} is not a game record (expected a JSON object)` };
  const obj = data as { format?: unknown; formatVersion?: unknown };
  if (obj.format !== 'gpurace-record') return { ok: false, error: `${name} is not a GPU Race game record (no "format": "gpurace-record")` };
  const fv = obj.formatVersion;
  if (typeof fv !== 'number' || !Number.isInteger(fv) || fv < 1) return { ok: false, error: `${name}: $.formatVersion: must be a whole number from 1` };
  if (fv > RECORD_FORMAT) return { ok: false, error: `${name} is a record of format ${fv}, newer than this build reads (${RECORD_FORMAT}); update the game to open it` };
  if (fv === 1) {
    const r = recordSchemaV1.safeParse(data, { jitless: true });
    if (!r.success) return { ok: false, error: issueText(name, r.error) };
    return { ok: true, record: migrateV1(r.data as RecordV1), migratedFrom: 1 };
  }
  // jitless: zod would otherwise try `new Function`, which the page's CSP forbids.
  const r = recordSchema.safeParse(data, { jitless: true });
  if (!r.success) return { ok: false, error: issueText(name, r.error) };
  return { ok: true, record: r.data as GameRecord, migratedFrom: null };
}

/** Parses a record from JSON text: a clear one-line error for bad JSON, a future format, or a wrong field. */
export function parseRecordText(text: string, fileName = 'record'): ParsedRecord {
  if (text.length > MAX_RECORD_BYTES) return { ok: false, error: `${fileName} is ${text.length.toLocaleString('en-US')} bytes; a game record is at most ${MAX_RECORD_BYTES.toLocaleString('en-US')}` };
  let data: unknown;
  try {
    // A byte-order mark is not part of the JSON (browsers strip it when reading a file; Node does not).
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, error: `${fileName} is not valid JSON (${e instanceof Error ? e.message : String(e)}); the file may be truncated` };
  }
  return parseRecordData(data, fileName);
}
