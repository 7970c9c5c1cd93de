/**
 * The app's single store (zustand vanilla + subscribeWithSelector): the game record, the current engine
 * state and the UI state. It is built from four slices (src/store/slices/): the game session, the replay
 * viewer, saves and boot, and the UI. State changes only through the store's actions: scenes, panels and
 * helpers (facilitator.ts, hotseat.ts, ui/game-files.ts) read the state and call actions, never setState.
 * Every change to the game goes through the session slice's `apply` (dispatch, sealed orders, the bots,
 * resolve and advance), which runs it through the headless GameSession of src/replay/session.ts.
 */
import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { facilitatorDefault } from './facilitator';
import { newContext } from './slices/context';
import { replaySlice } from './slices/replay';
import { savesSlice, switchableStorage } from './slices/saves';
import { sessionSlice } from './slices/session';
import { uiSlice } from './slices/ui';
import type { GameStore, StoreDeps, StoreState } from './types';

export type * from './types';
export { activeHumanSeat, botLevelOf, resolvedOf, saveMetaOf } from './seats';
export { STALE_MESSAGE, notice, noticeKey, type Notice, type NoticeCode } from './notices';

/**
 * A scheduler for the page: runs a task after the next frame is painted, so the click that seals the last
 * orders paints first and the quarter resolves in a task of its own. Outside a page, a macrotask.
 */
export function afterPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0));
  else setTimeout(task, 0);
}

/** Creates the store. */
export function createGameStore(deps: StoreDeps): GameStore {
  const { storage, toMemory } = switchableStorage(deps.saves);
  return createStore<StoreState>()(
    subscribeWithSelector((set, get) => {
      const ctx = newContext({
        set,
        get,
        deps,
        storage,
        warn: deps.warn ?? ((m: string) => console.warn(m)),
        now: deps.now ?? (() => new Date()),
        random: deps.random ?? Math.random,
        mark: deps.openingMark ?? { get: () => null, set: () => {} },
        generation: 0,
        botRun: Promise.resolve(),
        booted: false,
      });
      const saves = savesSlice(ctx, toMemory);
      const session = sessionSlice(ctx);
      const replay = replaySlice(ctx);
      const ui = uiSlice(ctx);
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
          resolving: false,
          lastError: null,
          notice: null,
          handoff: null,
          facilitator: facilitatorDefault(),
          savingOff: null,
          staleGame: null,
        },
        ...saves,
        ...session,
        ...replay,
        ...ui,
      };
    }),
  );
}
