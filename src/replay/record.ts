import { ENGINE_VERSION, type Action, type GameState, type Orders } from '../engine';

/**
 * Record format version: bumped when the file layout changes (engine changes bump engineVersion instead).
 * 1: the first layout. 2: `createdAt`, and every bot seat names its level (see migrate.ts).
 */
export const RECORD_FORMAT = 2;

/** Who plays a seat. */
export interface Seat {
  playerId: string;
  kind: 'human' | 'bot';
  level?: string;
  /** A class game's team name for this seat (src/replay/team-name.ts); absent in most records. */
  teamName?: string;
}

/** A per-quarter checkpoint: the state hash right after the quarter resolved. */
export interface Checkpoint {
  quarter: number;
  stateHash: string;
}

/** A whole game as data: load = replay. */
export interface GameRecord {
  format: 'gpurace-record';
  formatVersion: number;
  engineVersion: number;
  scenario: { id: string; hash: string };
  seed: string;
  seats: Seat[];
  actions: Action[];
  checkpoints: Checkpoint[];
  /** Bots' explanations, by action index (data for the UI, not replayed). */
  rationales?: Record<string, unknown>;
  /** When the game was started (ISO 8601), or null if unknown (records migrated from format 1). */
  createdAt: string | null;
  /**
   * The scenario as played (saves and exported files; never in share links), so the game still opens after
   * the shipped scenario file changes. Untrusted on reading: parsed like any scenario file and used only if
   * its content hash is the record's.
   */
  scenarioSnapshot?: unknown;
}

/** A new empty record for a game that is about to start. */
export function newRecord(state: GameState, seats: Seat[], createdAt: string | null = null): GameRecord {
  return {
    format: 'gpurace-record',
    formatVersion: RECORD_FORMAT,
    engineVersion: ENGINE_VERSION,
    scenario: { id: state.scenario.id, hash: state.scenarioHash },
    seed: state.seed,
    seats,
    actions: [],
    checkpoints: [],
    createdAt,
  };
}

/** Decides a seat's orders for the current quarter. */
export type Decide = (state: GameState, playerId: string) => { orders: Orders; rationale?: unknown };
