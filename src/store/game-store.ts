/**
 * The app's single store (zustand vanilla + subscribeWithSelector): the game record, the current engine
 * state and the UI state. Every change to the game goes through `dispatch`, which parses the action and
 * applies it with the engine; scenes and panels only read from here and call these functions.
 */
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { applyAction, createGame, emptyOrders } from '../engine';
import type { Action, ActionError, GameState, Orders, Scenario } from '../engine/types';
import type { BotLevel } from '../ai/worker';
import type { BotRunner } from './bot-client';
import { emptyDraft, type DraftOrders } from './drafts';
import { parseAction } from './action-schema';
import type { ScenarioEntry } from './scenarios';

/** Which screen is showing. */
export type Screen = 'boot' | 'menu' | 'board' | 'reveal' | 'gameOver';

/** Who plays a company: a person at this screen, or a bot of some level. */
export interface Seat {
  playerId: string;
  kind: 'human' | 'bot';
  level: BotLevel;
}

/** Everything needed to replay a game: scenario, seed, seats and every accepted action. */
export interface GameRecord {
  scenarioId: string;
  seed: string;
  seats: Seat[];
  actions: Action[];
}

/** UI state that is not part of the game. */
export interface UiState {
  screen: Screen;
  menuStep: 'landing' | 'setup';
  selectedCompany: string | null;
  /** Orders as typed, per human seat. */
  drafts: Record<string, DraftOrders>;
  language: 'en';
  botsThinking: boolean;
  lastError: ActionError | null;
}

/** The store's data. */
export interface StoreData {
  scenarios: ScenarioEntry[];
  record: GameRecord | null;
  game: GameState | null;
  ui: UiState;
}

/** The store's operations (kept on the state, the zustand way). */
export interface StoreOps {
  /** Parses and applies an action; returns the engine's error, or null if it was accepted. */
  dispatch(action: unknown): ActionError | null;
  showMenu(step?: UiState['menuStep']): void;
  startGame(scenarioId: string, seed: string, seats: Seat[]): ActionError | null;
  setDraft(playerId: string, draft: DraftOrders): void;
  selectCompany(playerId: string | null): void;
  /** Submits a human seat's orders; resolves the quarter once every seat has submitted. */
  submitHuman(playerId: string, orders: Orders): ActionError | null;
  /** Leaves the reveal: next quarter, or the final standings after the last one. */
  continueFromReveal(): ActionError | null;
  /** Resolves once the bots of the current quarter have all submitted (for tests and the bench). */
  botsIdle(): Promise<void>;
}

/** The whole store state. */
export type StoreState = StoreData & StoreOps;
/** The store. */
export type GameStore = Mutate<StoreApi<StoreState>, [['zustand/subscribeWithSelector', never]]>;

/** What the store needs from outside. */
export interface StoreDeps {
  scenarios: ScenarioEntry[];
  bots: BotRunner;
  /** Called when something unexpected happens (a bot's orders rejected); defaults to console.warn. */
  warn?: (message: string) => void;
}

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

/** Creates the store. */
export function createGameStore(deps: StoreDeps): GameStore {
  const warn = deps.warn ?? ((m: string) => console.warn(m));
  // Bumped on every new game so answers from a previous game's bots are ignored.
  let generation = 0;
  let botRun: Promise<void> = Promise.resolve();

  return createStore<StoreState>()(
    subscribeWithSelector((set, get) => {
      const apply = (action: Action): ActionError | null => {
        const { game, record } = get();
        if (!game || !record) return { code: 'MALFORMED', message: 'No game is running.' };
        const res = applyAction(game, action);
        if (!res.ok) {
          set((s) => ({ ui: { ...s.ui, lastError: res.error } }));
          return res.error;
        }
        set((s) => ({
          game: res.state,
          record: { ...record, actions: [...record.actions, action] },
          ui: { ...s.ui, lastError: null },
        }));
        return null;
      };

      const allSubmitted = (): boolean => {
        const g = get().game;
        return !!g && g.phase === 'orders' && g.pending.every((p) => p !== null);
      };

      const maybeResolve = (): void => {
        if (!allSubmitted()) return;
        const err = apply({ type: 'resolveQuarter' });
        if (!err) set((s) => ({ ui: { ...s.ui, screen: 'reveal' } }));
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
          deps.bots.think(game, seat.playerId, seat.level).then(
            (orders) => ({ seat, orders, error: null as string | null }),
            (e: unknown) => ({ seat, orders: emptyOrders(), error: e instanceof Error ? e.message : String(e) }),
          ),
        );
        const run = (async () => {
          for (const ask of asks) {
            const { seat, orders, error } = await ask;
            if (gen !== generation) return;
            if (error) warn(`Bot ${seat.playerId} could not think (${error}); it passes this quarter.`);
            let err = apply({ type: 'submitOrders', playerId: seat.playerId, orders });
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

      return {
        scenarios: deps.scenarios,
        record: null,
        game: null,
        ui: {
          screen: 'boot',
          menuStep: 'landing',
          selectedCompany: null,
          drafts: {},
          language: 'en',
          botsThinking: false,
          lastError: null,
        },

        dispatch(raw) {
          const parsed = parseAction(raw);
          if (!parsed.ok) {
            set((s) => ({ ui: { ...s.ui, lastError: parsed.error } }));
            return parsed.error;
          }
          return apply(parsed.action);
        },

        showMenu(step = 'landing') {
          generation++;
          set((s) => ({ game: null, record: null, ui: { ...s.ui, screen: 'menu', menuStep: step, drafts: {}, botsThinking: false, lastError: null } }));
        },

        startGame(scenarioId, seed, seats) {
          const entry = get().scenarios.find((e) => e.ok && e.scenario.id === scenarioId);
          if (!entry || !entry.ok) return { code: 'MALFORMED', message: `Unknown scenario "${scenarioId}".` };
          const scenario = entry.scenario;
          const known = new Set(scenario.companies.map((c) => c.id));
          const fullSeats: Seat[] = scenario.companies.map(
            (c) => seats.find((s) => s.playerId === c.id) ?? { playerId: c.id, kind: 'bot', level: 'normal' },
          );
          if (seats.some((s) => !known.has(s.playerId))) return { code: 'UNKNOWN_PLAYER', message: 'A seat names a company not in this scenario.' };
          generation++;
          const game = createGame(scenario, seed);
          const drafts: Record<string, DraftOrders> = {};
          for (const s of fullSeats) if (s.kind === 'human') drafts[s.playerId] = emptyDraft();
          const firstHuman = fullSeats.find((s) => s.kind === 'human');
          set((s) => ({
            game,
            record: { scenarioId, seed, seats: fullSeats, actions: [] },
            ui: { ...s.ui, screen: 'board', drafts, selectedCompany: firstHuman?.playerId ?? null, lastError: null, botsThinking: false },
          }));
          void runBots();
          return null;
        },

        setDraft(playerId, draft) {
          set((s) => ({ ui: { ...s.ui, drafts: { ...s.ui.drafts, [playerId]: draft } } }));
        },

        selectCompany(playerId) {
          set((s) => ({ ui: { ...s.ui, selectedCompany: playerId } }));
        },

        submitHuman(playerId, orders) {
          const err = apply({ type: 'submitOrders', playerId, orders });
          if (err) return err;
          maybeResolve();
          return null;
        },

        continueFromReveal() {
          const err = apply({ type: 'advance' });
          if (err) return err;
          const g = get().game;
          if (g?.phase === 'gameOver') {
            set((s) => ({ ui: { ...s.ui, screen: 'gameOver' } }));
            return null;
          }
          const drafts: Record<string, DraftOrders> = {};
          for (const seat of get().record?.seats ?? []) if (seat.kind === 'human') drafts[seat.playerId] = emptyDraft();
          set((s) => ({ ui: { ...s.ui, screen: 'board', drafts } }));
          void runBots();
          return null;
        },

        botsIdle() {
          return botRun;
        },
      };
    }),
  );
}
