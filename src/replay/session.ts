/**
 * A headless game session: a game state and its record, kept in step. Every change goes through `apply`,
 * which applies an action with the engine, appends it (and the quarter's checkpoint) to the record, and
 * keeps the bots' rationales by action index. Pure TypeScript (no DOM, no Node APIs): the CLIs (playGame),
 * the classroom server and the browser's store (src/store/slices/session.ts) run games through it.
 */
import { applyAction, createGame, emptyOrders, type Action, type ActionError, type GameState, type Orders, type Scenario } from '../engine';
import { newRecord, type Decide, type GameRecord, type Seat } from './record';

/** The outcome of applying an action to a session: null if accepted, else the engine's error. */
export type SessionError = ActionError | null;

/** A bot's orders were rejected and the seat passed instead. */
export interface PassedInstead {
  playerId: string;
  quarter: number;
  message: string;
}

/** A game state and its record, changed together. */
export class GameSession {
  /** The current state (replaced, never mutated, on every accepted action). */
  state: GameState;
  /**
   * The record (null for sessions that record nothing, e.g. benchmarks). Its arrays grow in place, unless
   * the session copies on write (a store whose subscribers compare by identity): then every accepted action
   * replaces the record with a new one.
   */
  record: GameRecord | null;
  readonly seats: Seat[];
  private readonly copyOnWrite: boolean;

  constructor(state: GameState, seats: Seat[], record: GameRecord | null, opts: { copyOnWrite?: boolean } = {}) {
    this.state = state;
    this.seats = seats;
    this.record = record;
    this.copyOnWrite = opts.copyOnWrite ?? false;
  }

  /** A new game: every company a baseline bot unless seats are given. */
  static start(scenario: Scenario, seed: string, opts: { seats?: Seat[]; record?: boolean; createdAt?: string | null } = {}): GameSession {
    const state = createGame(scenario, seed);
    const seats = opts.seats ?? scenario.companies.map((c) => ({ playerId: c.id, kind: 'bot' as const, level: 'baseline' }));
    const record = opts.record === false ? null : newRecord(state, seats, opts.createdAt ?? null);
    return new GameSession(state, seats, record);
  }

  /**
   * A session that continues a record: replays its actions from its seed and checks every checkpoint.
   * The record is copied (the given one is not changed). Fails with the reason if the record does not
   * replay on this scenario.
   */
  static resume(scenario: Scenario, record: GameRecord): { ok: true; session: GameSession } | { ok: false; reason: string } {
    const state = createGame(scenario, record.seed);
    if (state.scenarioHash !== record.scenario.hash) return { ok: false, reason: `the record was played on scenario hash ${record.scenario.hash}, this scenario has ${state.scenarioHash}` };
    const copy: GameRecord = { ...record, seats: record.seats.map((s) => ({ ...s })), actions: [], checkpoints: [], ...(record.rationales ? { rationales: { ...record.rationales } } : {}) };
    const session = new GameSession(state, copy.seats, copy);
    for (let i = 0; i < record.actions.length; i++) {
      const action = record.actions[i] as Action;
      const err = session.apply(action);
      if (err) return { ok: false, reason: `action ${i} (${action.type}) does not apply: ${err.message}` };
    }
    const same = copy.checkpoints.length === record.checkpoints.length && copy.checkpoints.every((c, k) => c.stateHash === record.checkpoints[k]?.stateHash && c.quarter === record.checkpoints[k]?.quarter);
    if (!same) return { ok: false, reason: 'the replayed state hashes differ from the record\'s checkpoints' };
    return { ok: true, session };
  }

  /**
   * Applies an action; on success appends it (and, after a resolve, the checkpoint) to the record, with the
   * rationale (if not undefined) under the action's index.
   */
  apply(action: Action, rationale?: unknown): SessionError {
    const r = applyAction(this.state, action);
    if (!r.ok) return r.error;
    if (this.record) this.record = appendAction(this.record, action, r.state, rationale, this.copyOnWrite);
    this.state = r.state;
    return null;
  }

  /** The seats that still owe orders this quarter (in seat order); empty outside the orders phase. */
  owing(): string[] {
    const s = this.state;
    if (s.phase !== 'orders') return [];
    return s.players.filter((_, i) => !s.pending[i]).map((p) => p.id);
  }

  /** Whether a seat has sealed its orders this quarter. */
  hasSealed(playerId: string): boolean {
    const i = this.state.players.findIndex((p) => p.id === playerId);
    return i >= 0 && this.state.pending[i] !== null && this.state.pending[i] !== undefined;
  }

  /** A seat passes the quarter: it submits empty orders. */
  pass(playerId: string): SessionError {
    return this.apply({ type: 'submitOrders', playerId, orders: emptyOrders() });
  }

  /**
   * Submits a bot's orders; if the engine rejects them the seat passes instead and the rejection is
   * returned (a bot must never stall the game). Returns null if the orders were accepted.
   */
  submitOrPass(playerId: string, orders: Orders, rationale?: unknown): PassedInstead | null {
    const err = this.apply({ type: 'submitOrders', playerId, orders }, rationale);
    if (!err) return null;
    const quarter = this.state.quarter;
    const passErr = this.pass(playerId);
    if (passErr) throw new Error(`${playerId} could not pass: ${passErr.message}`);
    return { playerId, quarter, message: err.message };
  }

  /** Resolves the quarter (every seat must have sealed). */
  resolve(): SessionError {
    return this.apply({ type: 'resolveQuarter' });
  }

  /** Leaves the reveal: the next quarter, or game over after the last. */
  advance(): SessionError {
    return this.apply({ type: 'advance' });
  }
}

/**
 * Appends an accepted action to a record: the action, its rationale (if not undefined) under its index, and
 * after a resolve the quarter's checkpoint from the new state. In place, or (copy) as a new record.
 */
export function appendAction(rec: GameRecord, action: Action, next: GameState, rationale: unknown, copy: boolean): GameRecord {
  const out = copy ? { ...rec, actions: [...rec.actions], checkpoints: [...rec.checkpoints], ...(rec.rationales ? { rationales: { ...rec.rationales } } : {}) } : rec;
  if (rationale !== undefined) (out.rationales ??= {})[String(out.actions.length)] = rationale;
  out.actions.push(action);
  if (action.type === 'resolveQuarter') {
    const last = next.history[next.history.length - 1];
    if (last) out.checkpoints.push({ quarter: last.quarter, stateHash: last.stateHash });
  }
  return out;
}

/** Runs one whole quarter headless: every seat's orders from `decide` (rejected ones pass), resolve, advance. */
export function playQuarter(session: GameSession, decide: Decide): PassedInstead[] {
  const rejected: PassedInstead[] = [];
  for (const p of session.state.players) {
    const { orders, rationale } = decide(session.state, p.id);
    const passed = session.submitOrPass(p.id, orders, rationale);
    if (passed) rejected.push(passed);
  }
  for (const err of [session.resolve(), session.advance()]) if (err) throw new Error(`${err.code}: ${err.message}`);
  return rejected;
}

/** A finished headless game, with its record and the number of rejected orders (should be 0 for bots). */
export interface PlayedGame {
  state: GameState;
  record: GameRecord;
  rejected: { playerId: string; quarter: number; message: string }[];
}

/**
 * Plays a whole game headless through a GameSession (src/replay/session.ts): every quarter each seat's
 * orders (a rejected order is counted and replaced by empty orders), then resolve and advance. With
 * `record: false` nothing is recorded (for benchmarks).
 */
export function playGame(scenario: Scenario, seed: string, decide: Decide, opts: { seats?: Seat[]; record?: boolean } = {}): PlayedGame {
  const session = GameSession.start(scenario, seed, opts);
  const rejected: PlayedGame['rejected'] = [];
  while (session.state.phase !== 'gameOver') rejected.push(...playQuarter(session, decide));
  return { state: session.state, record: session.record ?? newRecord(session.state, session.seats), rejected };
}
