/**
 * The autosaver: writes a game's saves one at a time, keeps only the newest waiting save of each game, and
 * saves a game as a copy when another tab has saved it further (see src/store/saves.ts).
 */
import { notice, type Notice } from './notices';
import { newSaveId, StorageUnavailableError, type SaveMeta, type SaveStorage } from './saves';

/** What the autosaver tells its store. */
export interface AutosaverHooks {
  /** A save failed (storage full, private mode): the notice for the player. */
  onError(notice: Notice): void;
  /** A save was written (after a failure: there is room again), holding `actions` actions. */
  onSaved?(id: string, meta?: SaveMeta): void;
  /** Another tab had saved this game further: this tab's game was saved as a copy under `to`, and goes on there. */
  onCopied?(from: string, to: string): void;
  /** A new save id for such a copy. */
  newId?(): string;
}

/** The notice for a failed write (storage full, private mode, a refused write); `hadSave`: an earlier save is kept. */
export function saveFailure(e: unknown, hadSave = true): Notice {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  const detail = e instanceof Error ? e.message : String(e);
  if (e instanceof StorageUnavailableError || e instanceof ReferenceError) return notice('error', 'savingOffMissing', {});
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) return notice('error', 'quota', { first: !hadSave });
  // The browser's own words stay out of the sentence: its error's name says enough to look it up.
  const error = /^[A-Za-z]{1,40}$/.test(name) && name !== 'Error' ? name : '';
  return notice('error', 'saveFailed', { error, first: !hadSave });
}

/**
 * Writes saves one at a time; while one is being written, only the newest waiting save of each game is kept
 * (a save of another game waits its turn, so leaving a game never drops its last moves). Each save
 * carries the action count storage held when this tab last read or wrote it (`opened`, then every write);
 * when storage holds another count, the game is saved as a copy instead and later saves go to the copy.
 */
export function createAutosaver(
  storage: SaveStorage,
  hooks: AutosaverHooks | ((notice: Notice) => void),
): { save(meta: SaveMeta, text: () => string): void; opened(id: string, actions: number, stored?: boolean): void; flush(): Promise<void> } {
  const h: AutosaverHooks = typeof hooks === 'function' ? { onError: hooks } : hooks;
  const newId = h.newId ?? (() => newSaveId(new Date(), Math.random));
  const waiting = new Map<string, { meta: SaveMeta; text: () => string }>();
  let running: Promise<void> | null = null;
  /** Per save id: the action count storage held when this tab last read or wrote it. */
  const known = new Map<string, number>();
  /** Saves that went on as a copy: the copy's id; and each copy's original. */
  const redirect = new Map<string, string>();
  const original = new Map<string, string>();
  /** Saves this tab has written or opened from storage: a failed write of one of them leaves a save behind. */
  const written = new Set<string>();
  const write = async (meta: SaveMeta, text: string): Promise<void> => {
    // A game this tab has not opened (new, branched): storage should hold nothing, or what this save says.
    const expect = known.get(meta.id) ?? meta.actions;
    const r = await storage.put(meta, text, expect);
    if (r.ok) {
      if (meta.actions !== undefined) known.set(meta.id, meta.actions);
      written.add(meta.id);
      h.onSaved?.(meta.id, meta);
      return;
    }
    const to = newId();
    const copy: SaveMeta = { ...meta, id: to, copyOf: meta.id };
    const r2 = await storage.put(copy, text);
    if (!r2.ok) throw new Error('the copy could not be saved');
    redirect.set(meta.id, to);
    original.set(to, meta.id);
    if (copy.actions !== undefined) known.set(to, copy.actions);
    written.add(to);
    h.onCopied?.(meta.id, to);
    h.onSaved?.(to, copy);
  };
  const run = async (): Promise<void> => {
    for (let next = waiting.entries().next(); !next.done; next = waiting.entries().next()) {
      const [key, job] = next.value;
      waiting.delete(key);
      try {
        let id = job.meta.id;
        for (let n = 0; redirect.has(id) && n < 100; n++) id = redirect.get(id) ?? id;
        const from = original.get(id);
        await write(from === undefined ? { ...job.meta, id } : { ...job.meta, id, copyOf: from }, job.text());
      } catch (e) {
        let id = job.meta.id;
        for (let n = 0; redirect.has(id) && n < 100; n++) id = redirect.get(id) ?? id;
        h.onError(saveFailure(e, written.has(id)));
      }
    }
    running = null;
  };
  return {
    save(meta, text) {
      waiting.delete(meta.id);
      waiting.set(meta.id, { meta, text });
      // Written in a task of its own: the action that asked for the save (a click) does not also serialise the
      // record, and saves asked for in one burst (the bots' orders) collapse into the newest.
      running ??= new Promise<void>((resolve) => setTimeout(resolve, 0)).then(run);
    },
    opened(id, actions, stored = true) {
      known.set(id, actions);
      if (stored) written.add(id);
      redirect.delete(id);
    },
    async flush() {
      for (let r = running; r; r = running) await r;
    },
  };
}
