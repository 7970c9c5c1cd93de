/**
 * What the class rooms (src/server/class-room.ts) share in a process, and the small pure helpers they use:
 * the context (scenarios, logs, clock, the bots' decider), the secrets (token hashes), the quarter timer's
 * shape, and the count of a quarter's actions that keeps a record within its caps.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Action, Scenario } from '../engine';
import type { GameRecord } from '../replay/record';
import type { BotDecider } from './bot-pool';
import type { GameLogs } from './game-log';
import type { TimerState } from '../net/protocol';

/** What the rooms share in a process: the scenarios offered, the logs, the clock (wall time, UI only), the bots' decider. */
export interface ClassContext {
  scenarios: Map<string, Scenario>;
  logs: GameLogs;
  now: () => number;
  /** Messages a client may send per second (sustained) and in a burst. */
  rate?: { perSecond: number; burst: number };
  /** How often a room checks its quarter timer (ms); 0: never by itself (tests call `tick()` with their own clock). */
  timerTickMs?: number;
  /** Where the bots decide (the server's worker pool); in process if not given. A room keeps the one it started with. */
  bots?: BotDecider;
}

let context: ClassContext | null = null;
/** Sets the process's class-game context (before the first room is created). */
export function configureClassRooms(c: ClassContext): void {
  context = c;
}
export function ctx(): ClassContext {
  if (!context) throw new Error('configureClassRooms was not called');
  return context;
}

/** A secret's SHA-256 (logs keep hashes of tokens, never the tokens). */
export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
/** A new secret token (128 random bits, hex). */
export function newToken(): string {
  return randomBytes(16).toString('hex');
}

/** A record's actions in the current quarter (since the last advance), and a seat's withdrawals among them. */
export function actionsThisQuarter(record: GameRecord | null, playerId?: string): { all: number; withdrawals: number } {
  const actions = record?.actions ?? [];
  let all = 0;
  let withdrawals = 0;
  for (let i = actions.length - 1; i >= 0; i--) {
    const a = actions[i] as Action;
    if (a.type === 'advance') break;
    all++;
    if (a.type === 'withdrawOrders' && a.playerId === playerId) withdrawals++;
  }
  return { all, withdrawals };
}

/** The quarter timer: `endsAt` (server clock) while running, `remainingMs` while paused; `missing` is what happens to teams that have not sealed when time is up. */
export interface Timer {
  status: TimerState['status'];
  endsAt: number;
  remainingMs: number;
  totalMs: number;
  missing: 'pass' | 'bot';
}
export const TIMER_OFF: Timer = { status: 'off', endsAt: 0, remainingMs: 0, totalMs: 0, missing: 'bot' };
