import { z } from '../zod';
import { BOT_LEVELS } from '../ai/types';
import { MAX_COMPANIES, MAX_RECORD_ACTIONS, maxActionsPerQuarter, maxRecordActions } from '../engine';
import { textProblem } from '../scenario/primitives';
import { migrateV1, type RecordV1 } from './migrate';
import { RECORD_FORMAT, type GameRecord } from './record';
import { actionSchema, idSchema } from './action-schema';
import { teamNameSchema } from './team-name';
import { recordProblem, sourced, sourcedEnglish, type RecordProblem, type RecordSource, type SourcedProblem } from './problems';

/** Largest record file accepted (a whole base game is a few hundred KB with rationales). */
export const MAX_RECORD_BYTES = 5_000_000;

const id = idSchema;

/** Actions as stored in a record (the one schema; the engine re-checks each one when replaying). */
export { actionSchema };

/** Longest seed a record may carry (the menu's seed field takes 64 characters). */
export const MAX_SEED_CHARS = 64;

/**
 * A seed: 1..64 characters of plain text (the scenario's name rules: no control characters, line breaks,
 * direction marks, zero-width characters or stacked combining marks), not starting with = + - @ (a
 * spreadsheet would read the facilitator's CSV cell as a formula) nor with a space.
 */
export const seedSchema = z
  .string()
  .min(1, 'must be a seed of 1 to 64 characters')
  .max(MAX_SEED_CHARS, `must be a seed of at most ${MAX_SEED_CHARS} characters`)
  .superRefine((s, ctx) => {
    const problem = textProblem(s, false);
    if (problem) ctx.addIssue({ code: 'custom', message: `must be plain text, found ${problem}` });
    else if (/^[=+\-@\s]/.test(s)) ctx.addIssue({ code: 'custom', message: `must not start with "${s[0] === ' ' ? 'a space' : s[0]}" (a spreadsheet would read it as a formula)` });
  });

/** Bot levels a seat may name: the game's three, and the CLIs' baseline bot (or a `file:` strategy, below). */
export const SEAT_LEVELS: readonly string[] = ['baseline', ...BOT_LEVELS];

/** A CLI seat played by a scripted strategy file (`npm run simulate -- --seats file:path.mjs`): a plain relative path. */
const FILE_LEVEL = /^file:[A-Za-z0-9_][A-Za-z0-9_./-]{0,122}$/;

/** A seat's bot level: a known level or a `file:` strategy. */
const levelSchema = z.string().refine((l) => SEAT_LEVELS.includes(l) || (FILE_LEVEL.test(l) && !l.includes('..')), {
  message: `must be a bot level (${['baseline', ...BOT_LEVELS].join(', ')}) or file:path.mjs`,
});

const hash = z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits');
const common = {
  format: z.literal('gpurace-record'),
  engineVersion: z.number().int().positive(),
  scenario: z.strictObject({ id, hash }),
  seed: seedSchema,
  actions: z.array(actionSchema).max(MAX_RECORD_ACTIONS),
  checkpoints: z.array(z.strictObject({ quarter: z.number().int().nonnegative(), stateHash: hash })).max(200),
  rationales: z.record(z.string().regex(/^\d{1,5}$/), z.unknown()).optional(),
};

/** A format-1 record file. */
export const recordSchemaV1 = z.strictObject({
  ...common,
  formatVersion: z.literal(1),
  seats: z.array(z.strictObject({ playerId: id, kind: z.enum(['human', 'bot']), level: levelSchema.optional() })).min(1, 'must list at least one seat (one per company)').max(MAX_COMPANIES),
});

const seatV2 = z.union([
  z.strictObject({ playerId: id, kind: z.literal('human'), level: levelSchema.optional(), teamName: teamNameSchema.optional() }),
  z.strictObject({ playerId: id, kind: z.literal('bot'), level: levelSchema, teamName: teamNameSchema.optional() }),
]);

/** A record file of the current format. */
export const recordSchema = z.strictObject({
  ...common,
  formatVersion: z.literal(RECORD_FORMAT),
  seats: z.array(seatV2).min(1, 'must list at least one seat (one per company)').max(MAX_COMPANIES),
  createdAt: z.iso.datetime().nullable(),
  // Checked as a scenario (parseScenario) when it is needed, not here.
  scenarioSnapshot: z.unknown().optional(),
});

/** The outcome of reading a record: the record, or why not (`problem`, as data; `error`, its English). */
export type ParsedRecord = { ok: true; record: GameRecord; migratedFrom: number | null } | { ok: false; error: string; problem: SourcedProblem };

/** A refusal of a record from `source`: the problem, and its English for the command lines. */
function refuse(p: RecordProblem, source: RecordSource): Extract<ParsedRecord, { ok: false }> {
  const problem = sourced(p, source);
  return { ok: false, error: sourcedEnglish(problem), problem };
}

/** A record's source from the name a caller gives: a file's name, or the source itself. */
function sourceOf(name: string | RecordSource): RecordSource {
  return typeof name === 'string' ? { kind: 'file', name } : name;
}

function issueProblem(err: z.ZodError): RecordProblem {
  const issue = err.issues[0];
  const path = issue ? `$${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}` : '$';
  return recordProblem('schema', { path, detail: issue?.message ?? 'not a game record' });
}

/**
 * What breaks the record rules the schema cannot say by shape: one seat per company id (no id twice), and
 * at most maxActionsPerQuarter(seats) actions in a quarter (a quarter ends with its `advance`) and
 * maxRecordActions(seats) in all. Null if none.
 */
export function recordRuleProblem(r: { seats: readonly { playerId: string }[]; actions: readonly import('../engine').Action[] }): RecordProblem | null {
  const seen = new Map<string, number>();
  for (const [i, seat] of r.seats.entries()) {
    const first = seen.get(seat.playerId);
    if (first !== undefined) return recordProblem('seatTwice', { index: i, playerId: seat.playerId, first });
    seen.set(seat.playerId, i);
  }
  const perQuarter = maxActionsPerQuarter(r.seats.length);
  let quarter = 0;
  let inQuarter = 0;
  for (const [i, a] of r.actions.entries()) {
    inQuarter++;
    if (inQuarter > perQuarter) return recordProblem('quarterCap', { at: i, quarter, max: perQuarter, seats: r.seats.length });
    if (a.type === 'advance') {
      quarter++;
      inQuarter = 0;
    }
  }
  const total = maxRecordActions(r.seats.length);
  if (r.actions.length > total) return recordProblem('recordCap', { count: r.actions.length, seats: r.seats.length, max: total });
  return null;
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

/**
 * Checks already-decoded data as a record of any known format and migrates it to the current one. `name` is
 * the file's name, or the record's source (a share link, a saved game).
 */
export function parseRecordData(data: unknown, name: string | RecordSource = 'record'): ParsedRecord {
  const source = sourceOf(name);
  if (nestsDeeperThan(data, MAX_RECORD_DEPTH)) return refuse(recordProblem('tooDeep', { max: MAX_RECORD_DEPTH }), source);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return refuse(recordProblem('notObject', {}), source);
  const obj = data as { format?: unknown; formatVersion?: unknown };
  if (obj.format !== 'gpurace-record') return refuse(recordProblem('notRecord', {}), source);
  const fv = obj.formatVersion;
  if (typeof fv !== 'number' || !Number.isInteger(fv) || fv < 1) return refuse(recordProblem('badFormatVersion', {}), source);
  if (fv > RECORD_FORMAT) return refuse(recordProblem('newerFormat', { version: fv, reads: RECORD_FORMAT }), source);
  if (fv === 1) {
    const r = recordSchemaV1.safeParse(data, { jitless: true });
    if (!r.success) return refuse(issueProblem(r.error), source);
    const rule = recordRuleProblem(r.data as RecordV1);
    if (rule) return refuse(rule, source);
    return { ok: true, record: migrateV1(r.data as RecordV1), migratedFrom: 1 };
  }
  // jitless: zod would otherwise try `new Function`, which the page's CSP forbids.
  const r = recordSchema.safeParse(data, { jitless: true });
  if (!r.success) return refuse(issueProblem(r.error), source);
  const rule = recordRuleProblem(r.data as GameRecord);
  if (rule) return refuse(rule, source);
  return { ok: true, record: r.data as GameRecord, migratedFrom: null };
}

/**
 * Parses a record from JSON text: a clear one-line error for bad JSON, a future format, or a wrong field.
 * `fileName` is the file's name, or the record's source (a saved game).
 */
export function parseRecordText(text: string, fileName: string | RecordSource = 'record'): ParsedRecord {
  const source = sourceOf(fileName);
  if (text.length > MAX_RECORD_BYTES) return refuse(recordProblem('tooBig', { bytes: text.length, max: MAX_RECORD_BYTES }), source);
  let data: unknown;
  try {
    // A byte-order mark is not part of the JSON (browsers strip it when reading a file; Node does not).
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return refuse(recordProblem('notJson', { detail: e instanceof Error ? e.message : String(e) }), source);
  }
  return parseRecordData(data, source);
}
