/**
 * Each class game's append-only log: one JSON object a line in `<dir>/<code>.jsonl`, written before the
 * change is announced to anyone. A restarted server reads every log and resumes the games where they were.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from '../zod';
import { createRequestSchema } from '../net/protocol';
import { BOT_LEVELS } from '../ai/types';

const hash = z.string().regex(/^[0-9a-f]{64}$/);

/** One line of a game's log. Actions are checked by the engine when replayed. */
export const logLineSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('create'), code: z.string(), tokenHash: hash, request: createRequestSchema, createdAt: z.string() }),
  z.object({ t: z.literal('action'), action: z.looseObject({ type: z.string() }), rationale: z.unknown().optional() }),
  z.object({ t: z.literal('claim'), playerId: z.string(), teamName: z.string(), seatTokenHash: hash }),
  z.object({ t: z.literal('seat'), playerId: z.string(), kind: z.enum(['team', 'bot']), level: z.enum(BOT_LEVELS).nullable() }),
  z.object({ t: z.literal('revealed'), quarter: z.number().int() }),
  /** The quarter timer as set (server clock, ms): a restarted server resumes it (added later; older logs have none). */
  z.object({ t: z.literal('timer'), status: z.enum(['off', 'running', 'paused']), endsAt: z.number(), remainingMs: z.number().min(0), totalMs: z.number().min(0), missing: z.enum(['pass', 'bot']) }),
]);
export type LogLine = z.infer<typeof logLineSchema>;

/** Where the logs live; creates the folder. */
export class GameLogs {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  private file(code: string): string {
    if (!/^[A-Z0-9]{4,16}$/.test(code)) throw new Error(`not a game code: ${code}`);
    return join(this.dir, `${code}.jsonl`);
  }

  /** Appends one line (synchronously: the line is on disk before anyone hears of the change). */
  append(code: string, line: LogLine): void {
    appendFileSync(this.file(code), `${JSON.stringify(line)}\n`, { encoding: 'utf8', flag: 'a' });
  }

  exists(code: string): boolean {
    return existsSync(this.file(code));
  }

  /** The codes of every logged game. */
  codes(): string[] {
    return readdirSync(this.dir)
      .filter((f) => /^[A-Z0-9]{4,16}\.jsonl$/.test(f))
      .map((f) => f.slice(0, -'.jsonl'.length))
      .sort();
  }

  /** Reads a game's log; a torn last line (a crash mid-write) is dropped, any other bad line is an error. */
  read(code: string): LogLine[] {
    const lines = readFileSync(this.file(code), 'utf8').split('\n');
    const out: LogLine[] = [];
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i] ?? '';
      if (text.trim() === '') continue;
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        if (i >= lines.length - 2) break;
        throw new Error(`${code}.jsonl line ${i + 1} is not JSON`);
      }
      const r = logLineSchema.safeParse(data);
      if (!r.success) throw new Error(`${code}.jsonl line ${i + 1}: ${r.error.issues[0]?.message ?? 'invalid'}`);
      out.push(r.data);
    }
    return out;
  }
}
