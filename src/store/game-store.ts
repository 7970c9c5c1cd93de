/**
 * The app's single store (zustand vanilla + subscribeWithSelector): the game record, the current engine
 * state and the UI state. Every change to the game goes through `dispatch`, which parses the action and
 * applies it with the engine; scenes and panels only read from here and call these functions.
 */
import { teamNames, teamsPart } from '../replay/team-name';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { applyAction, createGame, emptyOrders, quarterLabel } from '../engine';
import type { Action, ActionError, GameState, Orders, Scenario } from '../engine/types';
import { BOT_LEVELS, type BotLevel, type BotRationale } from '../ai/types';
import { linkFragment, decodeLinkPayload, LINK_KEY } from '../replay/link';
import { parseRecordText, type ParsedRecord } from '../replay/parse';
import { newRecord, type GameRecord, type Seat as RecordSeat } from '../replay/record';
import { quarterStop, stepStop } from '../replay/stops';
import type { BotRunner } from './bot-client';
import { facilitatorDefault, type FacilitatorUi } from './facilitator';
import { emptyDraft, type DraftOrders } from './drafts';
import { parseAction } from './action-schema';
import { buildReplay, findScenario, missingRationales, type ReplayData } from './replay-data';
import {
  COPY_MESSAGE,
  createAutosaver,
  createMemorySaveStorage,
  newSaveId,
  SAVING_OFF_FAILED,
  SAVING_OFF_MISSING,
  SAVING_OFF_TIMEOUT,
  StorageUnavailableError,
  type SaveMeta,
  type SaveStorage,
} from './saves';
import { latestSubmissions } from './replay-cap';
import type { ScenarioEntry } from './scenarios';
import { linkNeedsScenario, readScenarioFile, withLoaded, type ScenarioFileResult } from './scenario-file';

/** Which screen is showing. */
export type Screen = 'boot' | 'menu' | 'board' | 'reveal' | 'gameOver' | 'replay';

/** Who plays a company: a person at this screen, or a bot of some level (the record's seat). */
export type Seat = RecordSeat;

/** The game record (src/replay/record.ts): the one format for saves, files, links and replays. */
export type { GameRecord };

/** A message for the player (an import that failed, a link that could not be read). */
export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

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
  savingOff: string | null;
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
  /** Shows the menu. From the boot screen it first resumes the last game or opens the link the page was opened with. */
  /** The preload scene is done: resume the last game, open the link the page was opened with, or show the menu. */
  assetsLoaded(): void;
  showMenu(step?: UiState['menuStep']): void;
  startGame(scenarioId: string, seed: string, seats: Seat[]): ActionError | null;
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
  branchHere(seats: Seat[]): ActionError | null;
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

/** The player's message when another tab has played this game further. */
export const STALE_MESSAGE = 'Another tab has played this game further. This tab no longer takes orders for it: reload the game to go on from where the other tab is.';
/** The player's message when the last game froze the page while it opened, so boot did not resume it. */
export const NOT_RESUMED_MESSAGE = 'The last game did not finish opening the last time this page was loaded, so it was not opened again. It is kept under Saved games: continue, export or delete it there.';
/** The words after the reason when a saved game cannot be opened. */
export const KEPT_SUFFIX = ' The saved game is kept under Saved games: export or delete it there.';

/** The human seat whose orders the panel asks for now: the first human who has not submitted. */
export function activeHumanSeat(s: Pick<StoreData, 'record' | 'game'>): Seat | null {
  const { record, game } = s;
  if (!record || !game || game.phase !== 'orders') return null;
  for (const seat of record.seats) {
    if (seat.kind !== 'human') continue;
    const i = game.players.findIndex((p) => p.id === seat.playerId);
    if (i >= 0 && !game.pending[i]) return seat;
  }
  return null;
}

/** The scenario of the current game, if any. */
export function currentScenario(s: Pick<StoreData, 'game'>): Scenario | null {
  return s.game?.scenario ?? null;
}


/** The level a bot seat plays at in the browser (records from the CLI may name its baseline bot). */
export function botLevelOf(seat: Seat): BotLevel {
  return (BOT_LEVELS as readonly string[]).includes(seat.level ?? '') ? (seat.level as BotLevel) : 'normal';
}

function screenOf(game: GameState): Screen {
  return game.phase === 'orders' ? 'board' : game.phase === 'reveal' ? 'reveal' : 'gameOver';
}

function humanDrafts(seats: readonly Seat[]): Record<string, DraftOrders> {
  const drafts: Record<string, DraftOrders> = {};
  for (const s of seats) if (s.kind === 'human') drafts[s.playerId] = emptyDraft();
  return drafts;
}

/** The menu's entry for a game. */
export function saveMetaOf(id: string, record: GameRecord, game: GameState, now: Date): SaveMeta {
  return {
    id,
    scenarioId: game.scenario.id,
    scenarioTitle: game.scenario.title.en,
    quarter: game.quarter,
    quarters: game.scenario.quarters,
    phase: game.phase,
    humans: record.seats.filter((s) => s.kind === 'human').map((s) => s.playerId),
    createdAt: record.createdAt,
    updatedAt: now.toISOString(),
    actions: record.actions.length,
  };
}

/** A reason a save cannot be opened, and that it is kept. */
export function withKept(reason: string): string {
  return `${reason.replace(/\.?\s*$/, '.')}${KEPT_SUFFIX}`;
}

/** Resolved quarters of a save as its index entry tells (the reveal and game over follow a resolution). */
export function resolvedOf(m: Pick<SaveMeta, 'quarter' | 'phase'>): number {
  return m.quarter + (m.phase === 'orders' ? 0 : 1);
}

/** Creates the store. */
export function createGameStore(deps: StoreDeps): GameStore {
  const warn = deps.warn ?? ((m: string) => console.warn(m));
  // The storage in use: the given one, or memory once saving is off (boot found no storage, or it did not answer).
  let active: SaveStorage = deps.saves ?? createMemorySaveStorage();
  const storage: SaveStorage = {
    list: () => active.list(),
    inspect: () => active.inspect?.() ?? Promise.resolve({ malformed: 0, orphans: [] }),
    load: (id) => active.load(id),
    put: (m, t, e) => active.put(m, t, e),
    remove: (id) => active.remove(id),
    session: () => active.session(),
    setSession: (x) => active.setSession(x),
  };
  const mark = deps.openingMark ?? { get: () => null, set: () => {} };
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  // Bumped on every new game so answers from a previous game's bots are ignored.
  let generation = 0;
  let botRun: Promise<void> = Promise.resolve();
  let booted = false;

  return createStore<StoreState>()(
    subscribeWithSelector((set, get) => {
      const notify = (kind: 'error' | 'info', text: string): void => set((s) => ({ ui: { ...s.ui, notice: { kind, text } } }));
      // The last save failure shown; the next save that works takes it away (there is room again).
      let saveFailure: string | null = null;
      const autosaver = createAutosaver(storage, {
        onError: (m) => {
          warn(m);
          notify('error', m);
          saveFailure = m;
        },
        onSaved: (id, meta) => {
          if (saveFailure !== null && get().ui.notice?.text === saveFailure) set((s) => ({ ui: { ...s.ui, notice: null } }));
          saveFailure = null;
          if (meta && get().ui.savingOff === null) deps.tabs?.post({ saveId: id, actions: meta.actions ?? 0, resolved: resolvedOf(meta) });
        },
        // Another tab saved this game further: this tab's moves went to a copy (src/store/saves.ts), and go on there.
        onCopied: (from, to) => {
          if (get().saveId === from) {
            set({ saveId: to });
            setSession(to);
          }
          warn(COPY_MESSAGE);
          notify('error', COPY_MESSAGE);
          void refreshSaves();
        },
        newId: () => newSaveId(now(), random),
      });
      // Another tab saved this game with a quarter resolved that this tab has not: this tab's orders for that
      // quarter would be played with hindsight, so it takes none and offers to reload the game (src/ui/play-notice.ts).
      deps.tabs?.listen((m) => {
        const { saveId, record } = get();
        if (!saveId || !record || m.saveId !== saveId || m.resolved <= record.checkpoints.length) return;
        generation++;
        set((s) => ({ ui: { ...s.ui, staleGame: { saveId, actions: m.actions }, botsThinking: false, notice: { kind: 'error', text: STALE_MESSAGE } } }));
      });
      const refreshSaves = async (): Promise<void> => {
        try {
          set({ saves: await storage.list() });
        } catch (e) {
          warn(`Saved games could not be listed (${e instanceof Error ? e.message : String(e)}).`);
          return;
        }
        try {
          const report = await storage.inspect?.();
          if (!report) return;
          const orphans: SaveMeta[] = [];
          // Bounded: an index of a few hundred games at most; more orphans than this are listed on a later visit.
          for (const id of report.orphans.slice(0, 50)) orphans.push(await orphanMeta(id));
          set({ savesProblems: { malformed: report.malformed, orphans } });
        } catch (e) {
          warn(`The save index could not be checked (${e instanceof Error ? e.message : String(e)}).`);
        }
      };
      /** A menu entry for a record stored without a readable index entry, from the record itself where it parses. */
      const orphanMeta = async (id: string): Promise<SaveMeta> => {
        let text: string | null = null;
        try {
          text = await storage.load(id);
        } catch {
          text = null;
        }
        const parsed = text === null ? null : parseRecordText(text, 'the saved game');
        const r = parsed?.ok ? parsed.record : null;
        const entry = r ? get().scenarios.find((e) => e.ok && e.scenario.id === r.scenario.id) : undefined;
        const sc = entry?.ok ? entry.scenario : null;
        return {
          id,
          scenarioId: r?.scenario.id ?? '',
          scenarioTitle: sc?.title.en ?? r?.scenario.id ?? '',
          quarter: r ? r.actions.filter((a) => a.type === 'advance').length : 0,
          quarters: sc?.quarters ?? 0,
          phase: 'orders',
          humans: r ? r.seats.filter((x) => x.kind === 'human').map((x) => x.playerId) : [],
          createdAt: r?.createdAt ?? null,
          updatedAt: r?.createdAt ?? '',
          ...(r ? { actions: r.actions.length } : {}),
        };
      };
      const setSession = (saveId: string | null): void => {
        storage.setSession({ saveId, selectedCompany: get().ui.selectedCompany }).catch((e: unknown) => warn(`session not saved: ${String(e)}`));
      };
      const autosave = (): void => {
        const { record, game, saveId } = get();
        if (!record || !game || !saveId) return;
        const meta = saveMetaOf(saveId, record, game, now());
        set((s) => ({ saves: [meta, ...s.saves.filter((m) => m.id !== saveId)] }));
        autosaver.save(meta, () => JSON.stringify(record));
      };

      // `uiAfter` lets a caller change the screen in the same update as the game, so panels redraw once.
      const apply = (action: Action, rationale?: BotRationale | null, uiAfter?: (game: GameState) => Partial<UiState>): ActionError | null => {
        const { game, record, saveId } = get();
        if (!game || !record) return { code: 'MALFORMED', message: 'No game is running.' };
        if (get().ui.staleGame) return { code: 'WRONG_PHASE', message: STALE_MESSAGE };
        // A quarter that resolves (or a card) is where a hostile save could make the engine loop: mark the save
        // first, so a page that freezes here does not resume it at the next load (see StoreDeps.openingMark).
        const marked = saveId !== null && action.type !== 'submitOrders' && action.type !== 'withdrawOrders';
        if (marked) mark.set(saveId);
        const res = applyAction(game, action);
        if (marked) mark.set(null);
        if (!res.ok) {
          set((s) => ({ ui: { ...s.ui, lastError: res.error } }));
          return res.error;
        }
        const next: GameRecord = { ...record, actions: [...record.actions, action] };
        if (rationale) next.rationales = { ...record.rationales, [String(record.actions.length)]: rationale };
        if (action.type === 'resolveQuarter') {
          const last = res.state.history[res.state.history.length - 1];
          if (last) next.checkpoints = [...record.checkpoints, { quarter: last.quarter, stateHash: last.stateHash }];
        }
        set((s) => ({ game: res.state, record: next, ui: { ...s.ui, lastError: null, ...uiAfter?.(res.state) } }));
        autosave();
        return null;
      };

      const allSubmitted = (): boolean => {
        const g = get().game;
        return !!g && g.phase === 'orders' && g.pending.every((p) => p !== null);
      };

      const maybeResolve = (): void => {
        if (!allSubmitted() || get().ui.facilitator.paused) return;
        apply({ type: 'resolveQuarter' }, null, () => ({ screen: 'reveal' }));
      };

      const runBots = (): Promise<void> => {
        const gen = generation;
        const { game, record } = get();
        if (!game || !record || game.phase !== 'orders') return Promise.resolve();
        const todo = record.seats.filter((seat) => {
          if (seat.kind !== 'bot') return false;
          const i = game.players.findIndex((p) => p.id === seat.playerId);
          return i >= 0 && !game.pending[i];
        });
        if (todo.length === 0) {
          maybeResolve();
          return Promise.resolve();
        }
        set((s) => ({ ui: { ...s.ui, botsThinking: true } }));
        // Ask for every bot at once (the worker queues them); submit in seat order as answers arrive.
        const asks = todo.map((seat) =>
          deps.bots.think(game, seat.playerId, botLevelOf(seat)).then(
            (answer) => ({ seat, answer, error: null as string | null }),
            (e: unknown) => ({ seat, answer: { orders: emptyOrders(), rationale: null }, error: e instanceof Error ? e.message : String(e) }),
          ),
        );
        const run = (async () => {
          for (const ask of asks) {
            const { seat, answer, error } = await ask;
            if (gen !== generation) return;
            if (error) warn(`Bot ${seat.playerId} could not think (${error}); it passes this quarter.`);
            let err = apply({ type: 'submitOrders', playerId: seat.playerId, orders: answer.orders }, answer.rationale);
            if (err && err.code !== 'ALREADY_SUBMITTED') {
              warn(`Bot ${seat.playerId} orders rejected (${err.code}: ${err.message}); it passes this quarter.`);
              err = apply({ type: 'submitOrders', playerId: seat.playerId, orders: emptyOrders() });
            }
          }
          if (gen !== generation) return;
          set((s) => ({ ui: { ...s.ui, botsThinking: false } }));
          maybeResolve();
        })();
        botRun = run;
        return run;
      };

      /** Makes a record the running game: replay it, show the screen its phase calls for, let the bots play. */
      const playRecord = (record: GameRecord, saveId: string, selected: string | null = null, stored = false): string | null => {
        const found = findScenario(get().scenarios, record);
        if (!found.ok) return found.error;
        mark.set(saveId);
        const b = buildReplay(get().scenarios, record, { kind: 'save', name: 'the game' }, null);
        mark.set(null);
        if (!b.ok) return b.error;
        const game = b.data.states[b.data.states.length - 1] as GameState;
        generation++;
        const firstHuman = record.seats.find((s) => s.kind === 'human')?.playerId ?? null;
        set((s) => ({
          game,
          record,
          saveId,
          replay: null,
          ui: { ...s.ui, screen: screenOf(game), drafts: humanDrafts(record.seats), selectedCompany: selected ?? firstHuman, lastError: null, botsThinking: false, notice: s.ui.savingOff ? { kind: 'error', text: s.ui.savingOff } : null, staleGame: null },
        }));
        setSession(saveId);
        autosaver.opened(saveId, record.actions.length, stored);
        autosave();
        void runBots();
        return null;
      };

      const openReplay = (parsed: ParsedRecord, source: ReplayData['source']): boolean => {
        if (!parsed.ok) {
          notify('error', parsed.error);
          return false;
        }
        const b = buildReplay(get().scenarios, parsed.record, source, parsed.migratedFrom);
        if (!b.ok) {
          notify('error', b.error);
          return false;
        }
        generation++;
        set((s) => ({ replay: b.data, game: null, record: null, saveId: null, ui: { ...s.ui, screen: 'replay', botsThinking: false, lastError: null, notice: null } }));
        const last = b.data.stops[b.data.stops.length - 1];
        seek(quarterStop(b.data.stops, 0) ?? last?.at ?? 0);
        return true;
      };

      /** Works out the rationales of the bots' orders shown at the viewer's position (link records carry none). */
      const deriveRationales = (): void => {
        const d = get().replay;
        if (!d) return;
        // At most one request per bot and quarter: its latest submission (earlier ones were withdrawn), so a
        // record of thousands of submit/withdraw pairs asks the worker at most seats-many times.
        const todo = latestSubmissions(d, missingRationales(d));
        if (todo.length === 0) return;
        const marks: ReplayData['rationales'] = {};
        for (const t of todo) marks[String(t.index)] = (BOT_LEVELS as readonly string[]).includes(t.level) ? { kind: 'pending' } : { kind: 'none', why: `a ${t.level || 'unnamed'} bot gives no reasons` };
        set({ replay: { ...d, rationales: { ...d.rationales, ...marks } } });
        for (const t of todo) {
          if (!(BOT_LEVELS as readonly string[]).includes(t.level)) continue;
          deps.bots.think(t.state, t.action.playerId, t.level as BotLevel).then(
            (answer) => {
              const cur = get().replay;
              if (cur?.record !== d.record) return;
              const same = JSON.stringify(answer.orders) === JSON.stringify(t.action.orders);
              const v: ReplayData['rationales'][string] =
                same && answer.rationale ? { kind: 'ok', rationale: answer.rationale, derived: true } : { kind: 'none', why: same ? 'no reasons given' : 'these orders are not what the bot would send now' };
              set({ replay: { ...cur, rationales: { ...cur.rationales, [String(t.index)]: v } } });
            },
            (e: unknown) => {
              const cur = get().replay;
              if (cur?.record !== d.record) return;
              set({ replay: { ...cur, rationales: { ...cur.rationales, [String(t.index)]: { kind: 'none', why: `the bot could not think (${String(e)})` } } } });
            },
          );
        }
      };

      const seek = (at: number): void => {
        const d = get().replay;
        if (!d) return;
        const clamped = Math.max(0, Math.min(d.record.actions.length, Math.round(at)));
        set({ replay: { ...d, at: clamped } });
        deriveRationales();
      };

      /** Saving off: plays on in memory and says why, in a notice that stays over the game. */
      const savingOff = (text: string): void => {
        active = createMemorySaveStorage();
        warn(text);
        set((s) => ({ saves: [], ui: { ...s.ui, savingOff: text, notice: { kind: 'error', text } } }));
      };
      /** Waits for storage to answer, at most `storageTimeoutMs` (UI, not rules: a clock is fine here). */
      const storageAnswers = async (): Promise<boolean> => {
        const ms = deps.storageTimeoutMs ?? 5_000;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const timeout = new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), ms);
        });
        const r = await Promise.race([
          storage.list().then(
            (saves) => ({ saves }),
            (e: unknown) => ({ error: e }),
          ),
          timeout,
        ]);
        clearTimeout(timer);
        if (r === 'timeout') savingOff(SAVING_OFF_TIMEOUT.replace('{{seconds}}', String(Math.round(ms / 1000))));
        else if ('error' in r) savingOff(r.error instanceof StorageUnavailableError || r.error instanceof ReferenceError ? SAVING_OFF_MISSING : SAVING_OFF_FAILED);
        else return true;
        return false;
      };

      const boot = async (): Promise<void> => {
        if (await storageAnswers()) await refreshSaves();
        const frag = deps.initialFragment ?? '';
        if (frag.replace(/^#/, '').startsWith(`${LINK_KEY}=`)) {
          if (openReplay(decodeLinkPayload(frag), { kind: 'link', name: 'shared link' })) return;
          set((s) => ({ ui: { ...s.ui, screen: 'menu', menuStep: 'landing' } }));
          return;
        }
        let session = null;
        try {
          session = await storage.session();
        } catch {
          session = null;
        }
        // A save this page froze on while opening it (or resolving its quarter) is not opened again by itself.
        const froze = mark.get();
        mark.set(null);
        if (session?.saveId && froze === session.saveId) {
          setSession(null);
          notify('error', NOT_RESUMED_MESSAGE);
        } else if (session?.saveId && (await continueSave(session.saveId, session.selectedCompany))) return;
        set((s) => ({ ui: { ...s.ui, screen: 'menu', menuStep: 'landing' } }));
      };

      const continueSave = async (id: string, selected: string | null = null): Promise<boolean> => {
        let text: string | null = null;
        try {
          text = await storage.load(id);
        } catch (e) {
          notify('error', `The saved game could not be read (${String(e)}).`);
          return false;
        }
        if (text === null) {
          notify('error', 'That saved game is gone.');
          return false;
        }
        const parsed = parseRecordText(text, 'the saved game');
        if (!parsed.ok) {
          notify('error', withKept(parsed.error));
          return false;
        }
        const err = playRecord(parsed.record, id, selected, true);
        if (err) {
          // Not the session's game any more: a reload shows the menu, not the same failure.
          setSession(null);
          notify('error', withKept(err));
        }
        return err === null;
      };

      const currentRecord = (): GameRecord | null => get().record ?? get().replay?.record ?? null;

      return {
        scenarios: deps.scenarios,
        record: null,
        game: null,
        saves: [],
        savesProblems: { malformed: 0, orphans: [] },
        saveId: null,
        replay: null,
        ui: {
          screen: 'boot',
          menuStep: 'landing',
          selectedCompany: null,
          drafts: {},
          language: deps.language ?? 'en',
          botsThinking: false,
          lastError: null,
          notice: null,
          handoff: null,
          facilitator: facilitatorDefault(),
          savingOff: null,
          staleGame: null,
        },

        dispatch(raw) {
          const parsed = parseAction(raw);
          if (!parsed.ok) {
            set((s) => ({ ui: { ...s.ui, lastError: parsed.error } }));
            return parsed.error;
          }
          return apply(parsed.action);
        },

        assetsLoaded() {
          // The boot screen stays up until then; a second call (a scene restart) changes nothing.
          if (booted) return;
          booted = true;
          void boot();
        },

        showMenu(step = 'landing') {
          booted = true;
          generation++;
          if (get().saveId) setSession(null);
          set((s) => ({ game: null, record: null, saveId: null, replay: null, ui: { ...s.ui, screen: 'menu', menuStep: step, drafts: {}, botsThinking: false, lastError: null, staleGame: null } }));
          void refreshSaves();
        },

        startGame(scenarioId, seed, seats) {
          const entry = get().scenarios.find((e) => e.ok && e.scenario.id === scenarioId);
          if (!entry || !entry.ok) return { code: 'MALFORMED', message: `Unknown scenario "${scenarioId}".` };
          const scenario = entry.scenario;
          const known = new Set(scenario.companies.map((c) => c.id));
          if (seats.some((s) => !known.has(s.playerId))) return { code: 'UNKNOWN_PLAYER', message: 'A seat names a company not in this scenario.' };
          const fullSeats: Seat[] = scenario.companies.map((c) => seats.find((s) => s.playerId === c.id) ?? { playerId: c.id, kind: 'bot', level: 'normal' });
          const at = now();
          const record: GameRecord = { ...newRecord(createGame(scenario, seed), fullSeats, at.toISOString()), scenarioSnapshot: scenario };
          const err = playRecord(record, newSaveId(at, random));
          return err ? { code: 'MALFORMED', message: err } : null;
        },

        loadScenarioText(text, fileName) {
          const r = readScenarioFile(text, fileName);
          if (r.ok) set((s) => ({ scenarios: withLoaded(s.scenarios, r.entry) }));
          return r;
        },

        setDraft(playerId, draft) {
          set((s) => ({ ui: { ...s.ui, drafts: { ...s.ui.drafts, [playerId]: draft } } }));
        },

        selectCompany(playerId) {
          set((s) => ({ ui: { ...s.ui, selectedCompany: playerId } }));
          if (get().saveId) setSession(get().saveId);
        },

        submitHuman(playerId, orders) {
          const err = apply({ type: 'submitOrders', playerId, orders });
          if (err) return err;
          // Sealed: the team's typing is gone, so the next team at this device can never see it.
          set((s) => ({ ui: { ...s.ui, drafts: { ...s.ui.drafts, [playerId]: emptyDraft() } } }));
          maybeResolve();
          return null;
        },

        continueFromReveal() {
          const err = apply({ type: 'advance' }, null, (g) => (g.phase === 'gameOver' ? { screen: 'gameOver' } : { screen: 'board', drafts: humanDrafts(get().record?.seats ?? []) }));
          if (err) return err;
          if (get().game?.phase !== 'gameOver') void runBots();
          return null;
        },

        botsIdle() {
          return botRun;
        },

        async continueGame(id) {
          const target = id ?? get().saves[0]?.id;
          if (!target) {
            notify('info', 'There is no saved game yet.');
            return false;
          }
          return continueSave(target);
        },

        async exportSave(id) {
          let text: string | null = null;
          try {
            text = await storage.load(id);
          } catch {
            text = null;
          }
          if (text === null) return null;
          const parsed = parseRecordText(text, 'the saved game');
          const name = parsed.ok ? `${parsed.record.scenario.id}-${parsed.record.seed.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 24) || 'seed'}` : 'unreadable';
          return { fileName: `gpurace-${name}-save-${id.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40)}.gpurace.json`, text };
        },

        async deleteSave(id) {
          try {
            await storage.remove(id);
          } catch (e) {
            notify('error', `The saved game could not be deleted (${String(e)}).`);
          }
          await refreshSaves();
        },

        importRecordText(text, fileName) {
          return openReplay(parseRecordText(text, fileName), { kind: 'file', name: fileName });
        },

        openLink(fragment) {
          return openReplay(decodeLinkPayload(fragment), { kind: 'link', name: 'shared link' });
        },

        async replaySave(id) {
          let text: string | null = null;
          try {
            text = await storage.load(id);
          } catch {
            text = null;
          }
          if (text === null) {
            notify('error', 'That saved game could not be read.');
            return false;
          }
          const meta = get().saves.find((m) => m.id === id);
          return openReplay(parseRecordText(text, 'the saved game'), { kind: 'save', name: meta ? `${meta.scenarioTitle}, saved game` : 'saved game' });
        },

        replaySeek(at) {
          seek(at);
        },

        replayStep(dir, unit = 'phase') {
          const d = get().replay;
          if (!d) return;
          if (unit === 'phase') return seek(stepStop(d.stops, d.at, dir));
          const q = d.states[d.at]?.quarter ?? 0;
          const target = quarterStop(d.stops, q + dir);
          if (target !== null) seek(target);
          else seek(dir > 0 ? d.record.actions.length : 0);
        },

        replayQuarter(q) {
          const d = get().replay;
          const target = d ? quarterStop(d.stops, q) : null;
          if (target !== null) seek(target);
        },

        branchHere(seats) {
          const d = get().replay;
          const state = d?.states[d.at];
          if (!d || !state) return { code: 'MALFORMED', message: 'No replay is open.' };
          if (state.phase === 'gameOver') return { code: 'GAME_OVER', message: 'The game is over here: step back to branch.' };
          // While orders are open, go back to the quarter's start so every seat decides afresh.
          let cut = d.at;
          if (state.phase === 'orders') cut = d.stops.filter((s) => s.at <= d.at && s.kind === 'orders').pop()?.at ?? 0;
          const resolved = d.record.actions.slice(0, cut).filter((a) => a.type === 'resolveQuarter').length;
          const rationales: Record<string, unknown> = {};
          for (const [k, v] of Object.entries(d.record.rationales ?? {})) if (Number(k) < cut) rationales[k] = v;
          const at = now();
          const record: GameRecord = {
            ...d.record,
            seats: d.record.seats.map((s) => seats.find((x) => x.playerId === s.playerId) ?? s),
            actions: d.record.actions.slice(0, cut),
            checkpoints: d.record.checkpoints.slice(0, resolved),
            createdAt: at.toISOString(),
            // The scenario this replay runs on, whether it came from the build, the file or its snapshot.
            scenarioSnapshot: state.scenario,
          };
          if (Object.keys(rationales).length > 0) record.rationales = rationales;
          else delete record.rationales;
          const err = playRecord(record, newSaveId(at, random));
          return err ? { code: 'MALFORMED', message: err } : null;
        },

        exportRecord() {
          const r = currentRecord();
          if (!r) return null;
          const state = get().game ?? get().replay?.states[get().replay?.at ?? 0];
          const where = state ? `-${quarterLabel(state.scenario, state.quarter).replace(/\s+/g, '')}` : '';
          const seed = r.seed.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 24) || 'seed';
          // A class game's file carries its team names, so each group's file has its own name.
          return { fileName: `gpurace-${r.scenario.id}-${seed}${teamsPart(teamNames(r.seats))}${where}.gpurace.json`, text: `${JSON.stringify(r, null, 1)}\n` };
        },

        shareFragment() {
          const r = currentRecord();
          return r ? linkFragment(r, linkNeedsScenario(get().scenarios, r)) : null;
        },

        dismissNotice() {
          set((s) => ({ ui: { ...s.ui, notice: null } }));
        },

        setLanguage(language) {
          if (get().ui.language !== language) set((s) => ({ ui: { ...s.ui, language } }));
        },

        setPaused(paused) {
          set((s) => ({ ui: { ...s.ui, facilitator: { ...s.ui.facilitator, paused } } }));
          if (!paused) maybeResolve();
        },

        flushSaves() {
          return autosaver.flush();
        },
      };
    }),
  );
}
