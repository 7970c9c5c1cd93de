/**
 * The game-session slice: the running game as a headless GameSession (src/replay/session.ts, the same
 * step-and-checkpoint code the CLIs and the classroom server use), the bots' loop, sealing and resolving.
 * Every change to the game goes through `apply`, which is one store update (the game, its record, its
 * menu entry and the screen together). A quarter resolves in a task of its own (StoreDeps.schedule), so the
 * click that seals the last orders never also builds the quarter and its reveal.
 */
import { createGame, type Action, type ActionError, type GameState } from '../../engine';
import { actionError } from '../../engine/errors';
import { sourced, type SourcedProblem } from '../../replay/problems';
import { refusedRecord } from '../notices';
import type { BotRationale } from '../../ai/types';
import { GameSession } from '../../replay/session';
import { newRecord, type GameRecord } from '../../replay/record';
import { parseAction } from '../../replay/action-schema';
import { emptyDraft } from '../drafts';
import { buildReplay, findScenario } from '../replay-data';
import { newSaveId } from '../saves';
import { botLevelOf, humanDrafts, screenOf } from '../seats';
import type { Seat, StoreOps, UiState } from '../types';
import type { StoreContext } from './context';

type SessionOps = Pick<StoreOps, 'dispatch' | 'startGame' | 'submitHuman' | 'continueFromReveal' | 'botsIdle' | 'setPaused'>;

/** Builds the session slice and registers `playRecord` on the context. */
export function sessionSlice(ctx: StoreContext): SessionOps {
  const { set, get, deps } = ctx;
  const schedule = deps.schedule ?? ((task: () => void) => task());
  // The running game; it is the store's game only while `get().game` is its state (showMenu, the viewer and
  // a new game replace the store's game, which retires this session).
  let session: GameSession | null = null;
  const live = (): GameSession | null => (session && get().game === session.state ? session : null);

  // `uiAfter` lets a caller change the UI in the same update as the game, so panels redraw once.
  const apply = (action: Action, rationale?: BotRationale | null, uiAfter?: (game: GameState) => Partial<UiState>): ActionError | null => {
    const s = live();
    const { saveId } = get();
    if (!s) return actionError('NO_GAME', {});
    if (get().ui.staleGame) return actionError('STALE_GAME', {});
    // A quarter that resolves (or a card) is where a hostile save could make the engine loop: mark the save
    // first, so a page that freezes here does not resume it at the next load (see StoreDeps.openingMark).
    const marked = saveId !== null && action.type !== 'submitOrders' && action.type !== 'withdrawOrders';
    if (marked) ctx.mark.set(saveId);
    const err = s.apply(action, rationale ?? undefined);
    if (marked) ctx.mark.set(null);
    if (err) {
      set((x) => ({ ui: { ...x.ui, lastError: err, resolving: false } }));
      return err;
    }
    const saves = ctx.autosave(s.record, s.state, saveId);
    set((x) => ({ game: s.state, record: s.record, ...saves, ui: { ...x.ui, lastError: null, ...uiAfter?.(s.state) } }));
    return null;
  };

  /** Every seat has sealed its orders this quarter. */
  const sealed = (g: GameState | null): boolean => !!g && g.phase === 'orders' && g.pending.every((p) => p !== null);
  /** Every seat has sealed and the facilitator has not paused: the quarter may resolve. */
  const ready = (g: GameState | null = get().game): boolean => sealed(g) && !get().ui.facilitator.paused;

  /** Resolves the quarter in a task of its own (ui.resolving is already set by the update that made it ready). */
  const scheduleResolve = (): void => {
    const gen = ctx.generation;
    schedule(() => {
      if (gen !== ctx.generation) return;
      if (!ready()) return void set((x) => ({ ui: { ...x.ui, resolving: false } }));
      apply({ type: 'resolveQuarter' }, null, () => ({ screen: 'reveal', resolving: false }));
    });
  };

  const runBots = (): Promise<void> => {
    const gen = ctx.generation;
    const s = live();
    if (!s || s.state.phase !== 'orders') return Promise.resolve();
    const game = s.state;
    const owing = new Set(s.owing());
    const todo = s.seats.filter((seat) => seat.kind === 'bot' && owing.has(seat.playerId));
    if (todo.length === 0) {
      if (ready()) {
        set((x) => ({ ui: { ...x.ui, resolving: true } }));
        scheduleResolve();
      }
      return Promise.resolve();
    }
    set((x) => ({ ui: { ...x.ui, botsThinking: true } }));
    // Ask for every bot at once (the worker queues them); submit in seat order as answers arrive.
    const asks = todo.map((seat) =>
      deps.bots.think(game, seat.playerId, botLevelOf(seat)).then(
        (answer) => ({ seat, answer, error: null as string | null }),
        (e: unknown) => ({ seat, answer: null, error: e instanceof Error ? e.message : String(e) }),
      ),
    );
    const run = (async () => {
      for (const ask of asks) {
        const { seat, answer, error } = await ask;
        if (gen !== ctx.generation) return;
        const cur = live();
        if (!cur || cur.hasSealed(seat.playerId)) continue;
        if (error || !answer) {
          ctx.warn(`Bot ${seat.playerId} could not think (${error}); it passes this quarter.`);
          cur.pass(seat.playerId);
        } else {
          const passed = cur.submitOrPass(seat.playerId, answer.orders, answer.rationale ?? undefined);
          if (passed) ctx.warn(`Bot ${seat.playerId} orders rejected (${passed.message}); it passes this quarter.`);
        }
        const saves = ctx.autosave(cur.record, cur.state, get().saveId);
        set((x) => ({ game: cur.state, record: cur.record, ...saves, ui: { ...x.ui, lastError: null } }));
      }
      if (gen !== ctx.generation) return;
      const go = ready();
      set((x) => ({ ui: { ...x.ui, botsThinking: false, resolving: go } }));
      if (go) scheduleResolve();
    })();
    ctx.botRun = run;
    return run;
  };

  /** Makes a record the running game: replay it, show the screen its phase calls for, let the bots play. */
  ctx.playRecord = (record: GameRecord, saveId: string, selected: string | null = null, stored = false): SourcedProblem | null => {
    const source = { kind: 'save', name: 'the game' } as const;
    const found = findScenario(get().scenarios, record);
    if (!found.ok) return sourced(found.problem, source);
    ctx.mark.set(saveId);
    const b = buildReplay(get().scenarios, record, source, null);
    ctx.mark.set(null);
    if (!b.ok) return b.problem;
    const game = b.data.states[b.data.states.length - 1] as GameState;
    ctx.generation++;
    session = new GameSession(game, record.seats, record, { copyOnWrite: true });
    const firstHuman = record.seats.find((s) => s.kind === 'human')?.playerId ?? null;
    ctx.saveOpened(saveId, record.actions.length, stored);
    const saves = ctx.autosave(record, game, saveId);
    set((s) => ({
      game,
      record,
      saveId,
      replay: null,
      ...saves,
      ui: { ...s.ui, screen: screenOf(game), drafts: humanDrafts(record.seats), selectedCompany: selected ?? firstHuman, lastError: null, botsThinking: false, resolving: false, notice: s.ui.savingOff, staleGame: null },
    }));
    ctx.setSession(saveId);
    void runBots();
    return null;
  };

  return {
    dispatch(raw) {
      const parsed = parseAction(raw);
      if (!parsed.ok) {
        set((s) => ({ ui: { ...s.ui, lastError: parsed.error } }));
        return parsed.error;
      }
      return apply(parsed.action);
    },

    startGame(scenarioId, seed, seats) {
      const entry = get().scenarios.find((e) => e.ok && e.scenario.id === scenarioId);
      if (!entry || !entry.ok) return actionError('UNKNOWN_SCENARIO', { scenario: scenarioId });
      const scenario = entry.scenario;
      const known = new Set(scenario.companies.map((c) => c.id));
      const stranger = seats.find((s) => !known.has(s.playerId));
      if (stranger) return actionError('UNKNOWN_PLAYER', { playerId: stranger.playerId });
      const fullSeats: Seat[] = scenario.companies.map((c) => seats.find((s) => s.playerId === c.id) ?? { playerId: c.id, kind: 'bot', level: 'normal' });
      const at = ctx.now();
      const record: GameRecord = { ...newRecord(createGame(scenario, seed), fullSeats, at.toISOString()), scenarioSnapshot: scenario };
      const err = ctx.playRecord(record, newSaveId(at, ctx.random));
      return err ? refusedRecord(err) : null;
    },

    submitHuman(playerId, orders) {
      // One update: the sealed orders, the team's typing gone (the next team at this device can never see it),
      // and, if every seat has now sealed, the quarter marked as resolving (it resolves in the next task).
      const err = apply({ type: 'submitOrders', playerId, orders }, null, (g) => ({ drafts: { ...get().ui.drafts, [playerId]: emptyDraft() }, resolving: ready(g) }));
      if (err) return err;
      if (get().ui.resolving) scheduleResolve();
      return null;
    },

    continueFromReveal() {
      const err = apply({ type: 'advance' }, null, (g) => (g.phase === 'gameOver' ? { screen: 'gameOver' } : { screen: 'board', drafts: humanDrafts(get().record?.seats ?? []) }));
      if (err) return err;
      if (get().game?.phase !== 'gameOver') void runBots();
      return null;
    },

    botsIdle() {
      return ctx.botRun;
    },

    setPaused(paused) {
      const go = !paused && sealed(get().game);
      set((s) => ({ ui: { ...s.ui, facilitator: { ...s.ui.facilitator, paused }, resolving: go } }));
      if (get().ui.resolving) scheduleResolve();
    },
  };
}
