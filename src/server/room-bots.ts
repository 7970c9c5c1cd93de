/**
 * A class room's bots: their decisions asked for on the server's decider (src/server/bot-pool.ts) and their
 * answers played in seat order in the room's next step (src/server/room-queue.ts). Each request is tagged with
 * the room's sequence number, the quarter and the seat, and checked when its answer comes back. The queue
 * already keeps the game from changing while its bots decide, so in a running room nothing is stale; the check
 * is what makes that safe to rely on: an answer whose room closed, whose quarter is over, whose seat sealed or
 * went to a team, or that a later request for the seat replaced, is dropped, never played.
 */
import type { BotDecision, BotLevel } from '../ai/types';
import { emptyOrders, type ActionError, type GameState, type Orders } from '../engine';
import { inProcessBots, type BotDecider } from './bot-pool';
import type { RoomQueue } from './room-queue';

/** A decision asked for. */
export interface BotRequest {
  /** The room's request counter at the time: the seat's live request has the highest. */
  seq: number;
  quarter: number;
  playerId: string;
  level: BotLevel;
  /** 'seat': the seat's own bot (dropped if a team has the seat when it lands); 'missing': standing in for a seat that had not sealed at "resolve now". */
  role: 'seat' | 'missing';
  /** The answer: orders, the error the bot ran into (the seat passes), or null (the room closed meanwhile). */
  decision: Promise<BotDecision | Error | null>;
}

/** What the room is like when an answer lands. */
export interface RoomNow {
  disposed: boolean;
  phase: GameState['phase'];
  quarter: number;
  /** The seat's live request (its sequence number), if any. */
  live: number | undefined;
  sealed: boolean;
  kind: 'team' | 'bot' | undefined;
}

/** Why a decision that came back must not be played, or null if it may. */
export function staleReason(r: Pick<BotRequest, 'seq' | 'quarter' | 'role'>, now: RoomNow): string | null {
  if (now.disposed) return 'the room is closed';
  if (now.live !== r.seq) return 'a later request for the seat replaced it';
  if (now.phase !== 'orders' || now.quarter !== r.quarter) return `the quarter it was for (${r.quarter}) is no longer taking orders`;
  if (now.sealed) return 'the seat has sealed orders already';
  if (r.role === 'seat' && now.kind !== 'bot') return 'a team plays the seat now';
  return null;
}

/** What the bots need of their room. */
export interface BotRoom {
  state(): GameState;
  disposed(): boolean;
  hasSealed(playerId: string): boolean;
  kind(playerId: string): 'team' | 'bot' | undefined;
  /** Submits orders through the room (logged); the engine's error if refused. */
  submit(playerId: string, orders: Orders, rationale?: unknown): ActionError | null;
  problem(message: string): void;
}

const PASS: Orders = emptyOrders();
/** Where a decision the decider failed is made instead (the pool's own fallback, never closed). */
const IN_PROCESS = inProcessBots();

export class RoomBots {
  /** Decisions asked for, played, dropped as stale (and the last reason), decided in process after the decider failed (and its last error). */
  readonly stats = {
    requested: 0,
    played: 0,
    dropped: 0,
    lastDropped: null as string | null,
    inProcess: 0,
    poolError: null as string | null,
  };
  /** Batches asked for whose orders have not landed yet: the room announces once they have, not before. */
  landing = 0;
  private seq = 0;
  /** Each seat's live request (its sequence number): an answer to any other is dropped. */
  private live = new Map<string, number>();

  constructor(
    private readonly room: BotRoom,
    private readonly decider: BotDecider,
    private readonly queue: RoomQueue,
  ) {}

  /**
   * Asks for these seats' orders, all at once and from the state as it is now; in the step right after the
   * current one, waits for the answers, plays them in seat order (each only if still current), then `after`.
   */
  play(seats: { playerId: string; level: BotLevel }[], role: BotRequest['role'], after: () => void): void {
    const requests = this.request(seats, role);
    this.landing++;
    this.queue.next(async () => {
      try {
        const answers = await Promise.all(requests.map((r) => r.decision));
        if (this.room.disposed()) return this.drop(requests.length, 'the room is closed');
        requests.forEach((r, i) => this.playAnswer(r, answers[i] ?? null));
      } finally {
        this.landing--;
      }
      after();
    });
  }

  /** Forgets every live request (the room closed): their answers are dropped. */
  clear(): void {
    this.live.clear();
  }

  private request(seats: { playerId: string; level: BotLevel }[], role: BotRequest['role']): BotRequest[] {
    const state = this.room.state();
    return seats.map(({ playerId, level }) => {
      const seq = ++this.seq;
      this.live.set(playerId, seq);
      this.stats.requested++;
      return { seq, quarter: state.quarter, playerId, level, role, decision: this.decide(state, playerId, level) };
    });
  }

  /** A decision from the decider; if that fails (its queue full, a worker gone), the same decision in process. */
  private decide(state: GameState, playerId: string, level: BotLevel): Promise<BotDecision | Error | null> {
    const task = { state, playerId, level };
    return this.decider.decide(task).catch((e: unknown) => {
      if (this.room.disposed()) return null;
      this.stats.inProcess++;
      this.stats.poolError = e instanceof Error ? e.message : String(e);
      return IN_PROCESS.decide(task).catch((again: unknown) => (again instanceof Error ? again : new Error(String(again))));
    });
  }

  private drop(n: number, why: string): void {
    this.stats.dropped += n;
    this.stats.lastDropped = why;
  }

  /** Plays an answer for its seat; a rejected order, or a bot that failed, passes instead (a bot never stalls the game). */
  private playAnswer(r: BotRequest, answer: BotDecision | Error | null): void {
    const st = this.room.state();
    const { playerId } = r;
    const live = this.live.get(playerId);
    const why =
      staleReason(r, {
        disposed: this.room.disposed(),
        phase: st.phase,
        quarter: st.quarter,
        live,
        sealed: this.room.hasSealed(playerId),
        kind: this.room.kind(playerId),
      }) ?? (answer === null ? 'no answer' : null);
    if (live === r.seq) this.live.delete(playerId);
    if (why) return this.drop(1, `${playerId} Q${r.quarter}: ${why}`);
    if (answer instanceof Error) this.room.problem(`${playerId} Q${st.quarter}: the bot failed: ${answer.message}`);
    else if (answer) {
      const err = this.room.submit(playerId, answer.orders, answer.rationale);
      if (!err) {
        this.stats.played++;
        return;
      }
      this.room.problem(`${playerId} Q${st.quarter}: ${err.message}`);
    }
    const passErr = this.room.submit(playerId, PASS);
    if (passErr) this.room.problem(`${playerId} could not pass: ${passErr.message}`);
  }
}
