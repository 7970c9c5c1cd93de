/**
 * The store's types: its data (the game session, the replay viewer, the saves, the UI state), its actions
 * and what it needs from outside. The store itself is src/store/game-store.ts, built from src/store/slices/.
 */
import type { Mutate, StoreApi } from 'zustand/vanilla';
import type { ActionError, GameState, Orders } from '../engine/types';
import type { GameRecord, Seat as RecordSeat } from '../replay/record';
import type { BotRunner } from './bot-client';
import type { FacilitatorUi } from './facilitator';
import type { DraftOrders } from './drafts';
import type { Notice, StoreError } from './notices';
import type { ReplayData } from './replay-data';
import type { SaveMeta, SaveStorage } from './saves';
import type { ScenarioEntry } from './scenarios';
import type { ScenarioFileResult } from './scenario-file';

/** Which screen is showing. */
export type Screen = 'boot' | 'menu' | 'board' | 'reveal' | 'gameOver' | 'replay';

/** Who plays a company: a person at this screen, or a bot of some level (the record's seat). */
export type Seat = RecordSeat;

/** The game record (src/replay/record.ts): the one format for saves, files, links and replays. */
export type { GameRecord };

/** A message for the player as data: a code and its values, translated by the UI (src/store/notices.ts). */
export type { Notice, NoticeCode } from './notices';

/** UI state that is not part of the game. */
export interface UiState {
  screen: Screen;
  menuStep: 'landing' | 'setup';
  selectedCompany: string | null;
  /** Orders as typed, per human seat. */
  drafts: Record<string, DraftOrders>;
  /** The language the UI shows (src/text/i18n follows it; the rules never read it). */
  language: 'en' | 'de';
  botsThinking: boolean;
  lastError: ActionError | null;
  notice: Notice | null;
  /** Hot seat: the team that has taken the device (src/store/hotseat.ts), else null. */
  handoff: string | null;
  /** The facilitator view (src/store/facilitator.ts). */
  facilitator: FacilitatorUi;
  /** Why saving is off in this tab (storage missing or not answering at boot), else null. */
  savingOff: Notice | null;
  /** Every seat has sealed and the quarter resolves in a task of its own (the panel waits for the reveal). */
  resolving: boolean;
  /**
   * Another tab has played this game further (src/store/tabs.ts): the save's id and the actions it holds.
   * While set, this tab takes no orders for the game; the player can reload it.
   */
  staleGame: { saveId: string; actions: number } | null;
}

/** The store's data. */
export interface StoreData {
  scenarios: ScenarioEntry[];
  record: GameRecord | null;
  game: GameState | null;
  ui: UiState;
  /** The saved games, newest first. */
  saves: SaveMeta[];
  /**
   * What the save index could not show: how many of its entries are malformed, and the records stored
   * without a readable entry (listed so they can be opened, exported or deleted).
   */
  savesProblems: { malformed: number; orphans: SaveMeta[] };
  /** The save the running game writes to. */
  saveId: string | null;
  /** The replay viewer's data while it is open. */
  replay: ReplayData | null;
}

/** The store's operations (kept on the state, the zustand way). */
export interface StoreOps {
  /** Parses and applies an action; returns the engine's error, or null if it was accepted. */
  dispatch(action: unknown): ActionError | null;
  /** The preload scene is done: resume the last game, open the link the page was opened with, or show the menu. */
  assetsLoaded(): void;
  showMenu(step?: UiState['menuStep']): void;
  startGame(scenarioId: string, seed: string, seats: Seat[]): StoreError | null;
  /** Reads a scenario file the player chose; if it parses, lists it first for a new game (src/store/scenario-file.ts). */
  loadScenarioText(text: string, fileName: string): ScenarioFileResult;
  setDraft(playerId: string, draft: DraftOrders): void;
  selectCompany(playerId: string | null): void;
  /** Submits a human seat's orders; resolves the quarter once every seat has submitted. */
  submitHuman(playerId: string, orders: Orders): ActionError | null;
  /** Leaves the reveal: next quarter, or the final standings after the last one. */
  continueFromReveal(): ActionError | null;
  /** Resolves once the bots of the current quarter have all submitted (for tests and the bench). */
  botsIdle(): Promise<void>;
  /** Resumes a saved game (the newest if no id); false with a notice if it cannot be read. */
  continueGame(id?: string): Promise<boolean>;
  /** Deletes a saved game. */
  deleteSave(id: string): Promise<void>;
  /** A saved game's stored text as a file (as stored, even if it cannot be opened here); null if it cannot be read. */
  exportSave(id: string): Promise<{ fileName: string; text: string } | null>;
  /** Opens a `.gpurace.json` file's text in the replay viewer; false with a notice naming what is wrong. */
  importRecordText(text: string, fileName: string): boolean;
  /** Opens a share link's fragment in the replay viewer; false with a notice naming what is wrong. */
  openLink(fragment: string): boolean;
  /** Opens a saved game in the replay viewer. */
  replaySave(id: string): Promise<boolean>;
  /** Moves the viewer to a number of applied actions. */
  replaySeek(at: number): void;
  /** Steps the viewer by phase or by quarter. */
  replayStep(dir: 1 | -1, unit?: 'phase' | 'quarter'): void;
  /** Jumps the viewer to quarter q (0-based): its reveal if the record got there. */
  replayQuarter(q: number): void;
  /** Starts a new game from the viewer's position (rounded back to the quarter's start while orders are open) with these seats. */
  branchHere(seats: Seat[]): StoreError | null;
  /** The current game's (or the viewed replay's) record as a `.gpurace.json` file. */
  exportRecord(): { fileName: string; text: string } | null;
  /** The share-link fragment (`replay=...`) of the current game or the viewed replay. */
  shareFragment(): string | null;
  /** Clears the notice. */
  dismissNotice(): void;
  /** Switches the UI language (the panels and the board redraw their text). */
  setLanguage(language: UiState['language']): void;
  /** The facilitator pauses or resumes the game: while paused the quarter does not resolve. */
  setPaused(paused: boolean): void;
  /** Resolves when every autosave asked for so far is written. */
  flushSaves(): Promise<void>;
  /** Shows a notice (a file the UI could not read); null clears it. */
  showNotice(notice: Notice | null): void;
  /** Turns the facilitator view on or off (src/store/facilitator.ts). */
  setFacilitator(on: boolean): void;
  /** The facilitator reveals the next SKU of the quarter (or all of them). */
  revealMore(all?: boolean): void;
  /** Hot seat: team `playerId` has taken the device (src/store/hotseat.ts). */
  takeDevice(playerId: string): void;
}

/** The whole store state. */
export type StoreState = StoreData & StoreOps;
/** The store. */
export type GameStore = Mutate<StoreApi<StoreState>, [['zustand/subscribeWithSelector', never]]>;

/** What the store needs from outside. */
export interface StoreDeps {
  scenarios: ScenarioEntry[];
  bots: BotRunner;
  /** Where saves go; in memory if not given. */
  saves?: SaveStorage;
  /** The URL fragment the page was opened with (a share link opens the viewer at boot). */
  initialFragment?: string;
  /** Clock and randomness for save ids and dates (UI data, never the rules). */
  now?: () => Date;
  random?: () => number;
  /** Called when something unexpected happens (a bot's orders rejected); defaults to console.warn. */
  warn?: (message: string) => void;
  /** The UI language at start (from ?lang= or the saved choice); English if not given. */
  language?: UiState['language'];
  /** How long boot waits for storage to answer before it plays on with saving off (default 5,000 ms). */
  storageTimeoutMs?: number;
  /**
   * Marks a save while it is being opened or a quarter of it is resolving (sessionStorage in the page): a
   * marker still there at the next boot means that page froze or crashed on it, and it is not resumed again.
   */
  openingMark?: { get(): string | null; set(id: string | null): void };
  /** Tells other tabs of this browser what this tab saved, and hears theirs (src/store/tabs.ts). */
  tabs?: TabChannel;
  /**
   * Runs a quarter's resolution in a task of its own, after the click that sealed the last orders has been
   * painted (default: a macrotask). Tests pass a synchronous one.
   */
  schedule?: (task: () => void) => void;
}

/** A message between tabs: a save now holds this many actions. */
export interface TabMessage {
  saveId: string;
  actions: number;
  /** Quarters resolved in that save. */
  resolved: number;
}

/** Messages between tabs of one browser profile (BroadcastChannel in the page). */
export interface TabChannel {
  post(m: TabMessage): void;
  listen(fn: (m: TabMessage) => void): void;
}

