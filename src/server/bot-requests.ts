/**
 * The class room's bot decisions in flight: each request is tagged with the room's sequence number, the
 * quarter and the seat, and checked when its answer comes back. The room's queue (src/server/room-queue.ts)
 * already keeps the game from changing while its bots decide, so in a running room nothing is stale; the
 * check is what makes that safe to rely on: a decision whose room closed, whose quarter is over, whose seat
 * sealed or went to a team, or that a later request for the seat replaced, is dropped, never played.
 */
import type { BotDecision, BotLevel } from '../ai/types';
import type { GameState } from '../engine';

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
