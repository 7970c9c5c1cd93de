/**
 * What the store's slices share: zustand's `set` and `get`, the store's dependencies, and the few internal
 * operations one slice offers another (a slice registers them on the context when it is built; the others
 * call them later, never while the slices are being built).
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ParsedRecord } from '../../replay/parse';
import type { GameRecord } from '../../replay/record';
import type { SourcedProblem } from '../../replay/problems';
import type { Notice } from '../notices';
import type { ReplayData } from '../replay-data';
import type { SaveStorage } from '../saves';
import type { GameState } from '../../engine/types';
import type { StoreData, StoreDeps, StoreState } from '../types';

/** The operations slices offer each other. */
export interface Internals {
  /** Shows a notice (replacing the one on screen). */
  notify(n: Notice): void;
  /** Remembers (or forgets, with null) the game a reload resumes. */
  setSession(saveId: string | null): void;
  /**
   * Queues a save of this game and returns its updated menu list, to be set in the same update as the game
   * (so one action is one store update). Returns {} when there is nothing to save.
   */
  autosave(record: GameRecord | null, game: GameState | null, saveId: string | null): Partial<Pick<StoreData, 'saves'>>;
  /** Tells the autosaver a save was opened holding `actions` actions (`stored`: it is in storage already). */
  saveOpened(saveId: string, actions: number, stored: boolean): void;
  /** Re-reads the saved-games list. */
  refreshSaves(): Promise<void>;
  /** Makes a record the running game; why not (as data) if it cannot be played. */
  playRecord(record: GameRecord, saveId: string, selected?: string | null, stored?: boolean): SourcedProblem | null;
  /** Opens a parsed record in the replay viewer; false with a notice if it cannot be. */
  openReplay(parsed: ParsedRecord, source: ReplayData['source']): boolean;
}

/** The shared context of the slices. */
export interface StoreContext extends Internals {
  set: StoreApi<StoreState>['setState'];
  get: () => StoreState;
  deps: StoreDeps;
  /** The storage in use (memory once saving is off). */
  storage: SaveStorage;
  warn(message: string): void;
  now(): Date;
  random(): number;
  /** Marks a save while it opens or resolves (see StoreDeps.openingMark). */
  mark: { get(): string | null; set(id: string | null): void };
  /** Bumped on every new game (or replay) so answers from a previous game's bots are ignored. */
  generation: number;
  /** The bots' current run (StoreOps.botsIdle). */
  botRun: Promise<void>;
  /** The boot screen has handed over (assetsLoaded or showMenu). */
  booted: boolean;
}

function unset(name: string): never {
  throw new Error(`store slice operation ${name} used before the slices were built`);
}

/** A context whose internals the slices fill in. */
export function newContext(base: Omit<StoreContext, keyof Internals>): StoreContext {
  return {
    ...base,
    notify: () => unset('notify'),
    setSession: () => unset('setSession'),
    autosave: () => unset('autosave'),
    saveOpened: () => unset('saveOpened'),
    refreshSaves: () => unset('refreshSaves'),
    playRecord: () => unset('playRecord'),
    openReplay: () => unset('openReplay'),
  };
}
