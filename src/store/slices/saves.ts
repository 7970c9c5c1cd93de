/**
 * The saves-and-boot slice: the autosaver, the saved-games list, boot (resume the last game, open the link
 * the page was opened with, or show the menu), saving off when storage is missing, and other tabs.
 */
import { decodeLinkPayload, LINK_KEY } from '../../replay/link';
import { parseRecordText } from '../../replay/parse';
import type { RecordSource } from '../../replay/problems';
import { createAutosaver } from '../autosaver';
import { COPY_MESSAGE, createMemorySaveStorage, newSaveId, StorageUnavailableError, type SaveMeta, type SaveStorage } from '../saves';
import { notice, sameNotice, type Notice } from '../notices';
import { resolvedOf, saveMetaOf } from '../seats';
import type { GameRecord } from '../../replay/record';
import { humanSeatIds } from '../../engine/queries';
import type { StoreOps } from '../types';
import type { StoreContext } from './context';

/** A saved game as a record's source ("the saved game" in English). */
const SAVED_GAME: RecordSource = { kind: 'save', name: 'the saved game' };

type SavesOps = Pick<StoreOps, 'assetsLoaded' | 'continueGame' | 'deleteSave' | 'exportSave' | 'flushSaves'>;

/**
 * The storage the store uses: the given one, or memory once saving is off (boot found no storage, or it did
 * not answer). Returns the storage and the switch to memory.
 */
export function switchableStorage(given: SaveStorage | undefined): { storage: SaveStorage; toMemory(): void } {
  let active: SaveStorage = given ?? createMemorySaveStorage();
  const storage: SaveStorage = {
    list: () => active.list(),
    inspect: () => active.inspect?.() ?? Promise.resolve({ malformed: 0, orphans: [] }),
    load: (id) => active.load(id),
    put: (m, t, e) => active.put(m, t, e),
    remove: (id) => active.remove(id),
    session: () => active.session(),
    setSession: (x) => active.setSession(x),
  };
  return { storage, toMemory: () => void (active = createMemorySaveStorage()) };
}

// The scenario a record carries is the same object for the whole game: serialised once, not on every save.
const snapshotText = new WeakMap<object, string>();

/** A record as the JSON text a save holds (the same as JSON.stringify, its scenario copy serialised once). */
export function recordText(record: GameRecord): string {
  const snap = record.scenarioSnapshot;
  if (!snap || typeof snap !== 'object') return JSON.stringify(record);
  let s = snapshotText.get(snap);
  if (s === undefined) {
    s = JSON.stringify(snap);
    snapshotText.set(snap, s);
  }
  const { scenarioSnapshot: _omit, ...rest } = record;
  const head = JSON.stringify(rest);
  return `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"scenarioSnapshot":${s}}`;
}

/** Builds the saves-and-boot slice and registers its internals (autosave, setSession, refreshSaves, notify). */
export function savesSlice(ctx: StoreContext, toMemory: () => void): SavesOps {
  const { set, get, deps, storage, warn } = ctx;
  ctx.notify = (n) => set((s) => ({ ui: { ...s.ui, notice: n } }));
  // The last save failure shown; the next save that works takes it away (there is room again).
  let saveFailure: Notice | null = null;
  const autosaver = createAutosaver(storage, {
    onError: (n) => {
      warn(`The game could not be saved (${n.code} ${JSON.stringify(n.values)}).`);
      ctx.notify(n);
      saveFailure = n;
    },
    onSaved: (id, meta) => {
      if (saveFailure !== null && sameNotice(get().ui.notice, saveFailure)) set((s) => ({ ui: { ...s.ui, notice: null } }));
      saveFailure = null;
      if (meta && get().ui.savingOff === null) deps.tabs?.post({ saveId: id, actions: meta.actions ?? 0, resolved: resolvedOf(meta) });
    },
    // Another tab saved this game further: this tab's moves went to a copy (src/store/saves.ts), and go on there.
    onCopied: (from, to) => {
      if (get().saveId === from) {
        set({ saveId: to });
        ctx.setSession(to);
      }
      warn(COPY_MESSAGE);
      ctx.notify(notice('error', 'copy', {}));
      void ctx.refreshSaves();
    },
    newId: () => newSaveId(ctx.now(), ctx.random),
  });
  // Another tab saved this game with a quarter resolved that this tab has not: this tab's orders for that
  // quarter would be played with hindsight, so it takes none and offers to reload the game (src/ui/play-notice.ts).
  deps.tabs?.listen((m) => {
    const { saveId, record } = get();
    if (!saveId || !record || m.saveId !== saveId || m.resolved <= record.checkpoints.length) return;
    ctx.generation++;
    set((s) => ({ ui: { ...s.ui, staleGame: { saveId, actions: m.actions }, botsThinking: false, resolving: false, notice: notice('error', 'stale', {}) } }));
  });
  ctx.refreshSaves = async (): Promise<void> => {
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
    const parsed = text === null ? null : parseRecordText(text, SAVED_GAME);
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
      humans: humanSeatIds(r?.seats),
      createdAt: r?.createdAt ?? null,
      updatedAt: r?.createdAt ?? '',
      ...(r ? { actions: r.actions.length } : {}),
    };
  };
  ctx.setSession = (saveId: string | null): void => {
    storage.setSession({ saveId, selectedCompany: get().ui.selectedCompany }).catch((e: unknown) => warn(`session not saved: ${String(e)}`));
  };
  ctx.autosave = (record, game, saveId) => {
    if (!record || !game || !saveId) return {};
    const meta = saveMetaOf(saveId, record, game, ctx.now());
    autosaver.save(meta, () => recordText(record));
    return { saves: [meta, ...get().saves.filter((m) => m.id !== saveId)] };
  };
  ctx.saveOpened = (saveId, actions, stored) => autosaver.opened(saveId, actions, stored);


  /** Saving off: plays on in memory and says why, in a notice that stays over the game. */
  const savingOff = (n: Notice): void => {
    toMemory();
    warn(`Saving is off (${n.code}).`);
    set((s) => ({ saves: [], ui: { ...s.ui, savingOff: n, notice: n } }));
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
    if (r === 'timeout') savingOff(notice('error', 'savingOffTimeout', { seconds: Math.round(ms / 1000) }));
    else if ('error' in r) savingOff(notice('error', r.error instanceof StorageUnavailableError || r.error instanceof ReferenceError ? 'savingOffMissing' : 'savingOffFailed', {}));
    else return true;
    return false;
  };

  const boot = async (): Promise<void> => {
    if (await storageAnswers()) await ctx.refreshSaves();
    const frag = deps.initialFragment ?? '';
    if (frag.replace(/^#/, '').startsWith(`${LINK_KEY}=`)) {
      if (ctx.openReplay(decodeLinkPayload(frag), { kind: 'link', name: 'shared link' })) return;
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
    const froze = ctx.mark.get();
    ctx.mark.set(null);
    if (session?.saveId && froze === session.saveId) {
      ctx.setSession(null);
      ctx.notify(notice('error', 'notResumed', {}));
    } else if (session?.saveId && (await continueSave(session.saveId, session.selectedCompany))) return;
    set((s) => ({ ui: { ...s.ui, screen: 'menu', menuStep: 'landing' } }));
  };

  const continueSave = async (id: string, selected: string | null = null): Promise<boolean> => {
    let text: string | null = null;
    try {
      text = await storage.load(id);
    } catch (e) {
      ctx.notify(notice('error', 'readFailed', { detail: String(e) }));
      return false;
    }
    if (text === null) {
      ctx.notify(notice('error', 'gone', {}));
      return false;
    }
    const parsed = parseRecordText(text, SAVED_GAME);
    if (!parsed.ok) {
      ctx.notify(notice('error', 'saveKept', { problem: parsed.problem }));
      return false;
    }
    const err = ctx.playRecord(parsed.record, id, selected, true);
    if (err) {
      // Not the session's game any more: a reload shows the menu, not the same failure.
      ctx.setSession(null);
      ctx.notify(notice('error', 'saveKept', { problem: err }));
    }
    return err === null;
  };

  return {
    assetsLoaded() {
      // The boot screen stays up until then; a second call (a scene restart) changes nothing.
      if (ctx.booted) return;
      ctx.booted = true;
      void boot();
    },

    async continueGame(id) {
      const target = id ?? get().saves[0]?.id;
      if (!target) {
        ctx.notify(notice('info', 'noSave', {}));
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
      const parsed = parseRecordText(text, SAVED_GAME);
      const name = parsed.ok ? `${parsed.record.scenario.id}-${parsed.record.seed.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 24) || 'seed'}` : 'unreadable';
      return { fileName: `gpurace-${name}-save-${id.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40)}.gpurace.json`, text };
    },

    async deleteSave(id) {
      try {
        await storage.remove(id);
      } catch (e) {
        ctx.notify(notice('error', 'deleteFailed', { detail: String(e) }));
      }
      await ctx.refreshSaves();
    },

    flushSaves() {
      return autosaver.flush();
    },
  };
}
