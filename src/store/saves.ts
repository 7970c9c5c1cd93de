/**
 * Saved games: each save is a game record (as JSON text, read back through the same parser as a file) plus
 * a small index entry for the menu. In the browser they live in IndexedDB (idb-keyval: a tiny, well-kept
 * key-value wrapper; IndexedDB has room for many whole games with rationales, localStorage has 5 MB);
 * tests use the in-memory storage.
 *
 * Two tabs on one game (docs/security.md, row 25): a record only grows, so its action count is its version.
 * Every save says how many actions storage held when this tab last read or wrote it; if storage holds another
 * count, another tab has saved moves this tab has not seen, and the write is refused (nothing is replaced).
 * The autosaver then saves this tab's game as a copy under a new id and tells the player. The check and the
 * write run in one IndexedDB transaction, which re-reads the index, so a save never drops another tab's entries.
 */
import { createStore as createIdbStore, get, set, type UseStore } from 'idb-keyval';
import type { Phase } from '../engine/types';

/** What the menu lists about a saved game. */
export interface SaveMeta {
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  /** 0-based quarter and the phase the game is in. */
  quarter: number;
  quarters: number;
  phase: Phase;
  /** Companies played by people. */
  humans: string[];
  createdAt: string | null;
  updatedAt: string;
  /** How many actions the saved record has: its version (older saves lack it). */
  actions?: number;
  /** The save this one was copied from, when another tab had saved that game further (see the header). */
  copyOf?: string;
}

/** What a put did: wrote, or refused because storage holds another version of that game. */
export type PutResult = { ok: true } | { ok: false; conflict: SaveMeta };

/** Where the game left off, so a reload resumes it. */
export interface Session {
  saveId: string | null;
  selectedCompany: string | null;
}

/** A place to keep saves. Every method may fail (quota, private mode): callers report, never crash. */
export interface SaveStorage {
  list(): Promise<SaveMeta[]>;
  load(id: string): Promise<string | null>;
  /**
   * Writes a record and its index entry together. With `expectActions`, only if storage has no record of that
   * id or one with exactly that many actions; otherwise nothing is written and the stored entry comes back.
   */
  put(meta: SaveMeta, recordText: string, expectActions?: number): Promise<PutResult>;
  remove(id: string): Promise<void>;
  session(): Promise<Session | null>;
  setSession(s: Session): Promise<void>;
}

const INDEX = 'index';
const SESSION = 'session';
const recordKey = (id: string): string => `record:${id}`;

function isMetaList(x: unknown): x is SaveMeta[] {
  return Array.isArray(x) && x.every((m) => m !== null && typeof m === 'object' && typeof (m as SaveMeta).id === 'string' && typeof (m as SaveMeta).updatedAt === 'string');
}

/** True if storage holds a version of the save other than the one the writer last saw. */
export function isConflict(stored: SaveMeta, expectActions: number | undefined): boolean {
  return expectActions !== undefined && typeof stored.actions === 'number' && stored.actions !== expectActions;
}

type Plan<T> = { result: T; put?: [string, unknown][]; del?: string[] };

/**
 * Reads the index and writes what `change` plans, in one readwrite transaction. IndexedDB runs overlapping
 * readwrite transactions one after another, across tabs too, so the index read here is the newest one and
 * nobody writes between the read and the write. Rejects with the transaction's error (a full disk aborts it,
 * and then nothing of it is written).
 */
function indexTransaction<T>(db: UseStore, change: (index: SaveMeta[]) => Plan<T>): Promise<T> {
  return db('readwrite', (store) => {
    const tx = store.transaction;
    return new Promise<T>((resolve, reject) => {
      let out: Plan<T> | null = null;
      const failed = (): void => reject(tx.error ?? new DOMException('The save was aborted.', 'AbortError'));
      tx.addEventListener('complete', () => (out ? resolve(out.result) : reject(new Error('the save index could not be read'))));
      tx.addEventListener('abort', failed);
      tx.addEventListener('error', failed);
      const req = store.get(INDEX);
      req.addEventListener('success', () => {
        try {
          const raw: unknown = req.result;
          const plan = change(isMetaList(raw) ? raw : []);
          for (const [k, v] of plan.put ?? []) store.put(v, k);
          for (const k of plan.del ?? []) store.delete(k);
          out = plan;
        } catch (e) {
          try {
            tx.abort();
          } catch {
            // already finished
          }
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    });
  });
}

/** Saves in IndexedDB (database "gpu-race", object store "saves"). Nothing is cached: every call reads storage. */
export function createIdbSaveStorage(): SaveStorage {
  const db = createIdbStore('gpu-race', 'saves');
  return {
    async list() {
      const raw: unknown = await get(INDEX, db);
      return isMetaList(raw) ? raw : [];
    },
    async load(id) {
      const raw: unknown = await get(recordKey(id), db);
      return typeof raw === 'string' ? raw : null;
    },
    put(meta, text, expectActions) {
      return indexTransaction<PutResult>(db, (index) => {
        const stored = index.find((m) => m.id === meta.id);
        if (stored && isConflict(stored, expectActions)) return { result: { ok: false, conflict: stored } };
        return { result: { ok: true }, put: [[recordKey(meta.id), text], [INDEX, [meta, ...index.filter((m) => m.id !== meta.id)]]] };
      });
    },
    remove(id) {
      return indexTransaction<void>(db, (index) => ({ result: undefined, put: [[INDEX, index.filter((m) => m.id !== id)]], del: [recordKey(id)] }));
    },
    // The session is kept per tab too (sessionStorage survives a reload, not a new tab): a reload resumes this
    // tab's game even if another tab opened a different one since; a new tab resumes the last game played.
    async session() {
      const own = tabSession();
      if (own !== undefined) return own;
      return asSession(await get(SESSION, db));
    },
    async setSession(s) {
      try {
        globalThis.sessionStorage?.setItem(TAB_SESSION, JSON.stringify(s));
      } catch {
        // sessionStorage off or full: the shared session below still works
      }
      await set(SESSION, s, db);
    },
  };
}

const TAB_SESSION = 'gpurace-session';

/** A stored session, checked field by field (storage content is untrusted). */
function asSession(raw: unknown): Session | null {
  if (raw === null || typeof raw !== 'object') return null;
  const s = raw as Partial<Session>;
  return { saveId: typeof s.saveId === 'string' ? s.saveId : null, selectedCompany: typeof s.selectedCompany === 'string' ? s.selectedCompany : null };
}

/** This tab's own session; undefined if the tab has none (a new tab) or sessionStorage cannot be read. */
function tabSession(): Session | undefined {
  try {
    const text = globalThis.sessionStorage?.getItem(TAB_SESSION);
    if (typeof text !== 'string' || text.length > 10_000) return undefined;
    return asSession(JSON.parse(text)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Saves in memory (tests, and the fallback when IndexedDB cannot open). */
export function createMemorySaveStorage(): SaveStorage & { texts: Map<string, string> } {
  const texts = new Map<string, string>();
  let index: SaveMeta[] = [];
  let session: Session | null = null;
  return {
    texts,
    async list() {
      return [...index];
    },
    async load(id) {
      return texts.get(id) ?? null;
    },
    async put(meta, text, expectActions) {
      const stored = index.find((m) => m.id === meta.id);
      if (stored && isConflict(stored, expectActions)) return { ok: false, conflict: { ...stored } };
      texts.set(meta.id, text);
      index = [{ ...meta }, ...index.filter((m) => m.id !== meta.id)];
      return { ok: true };
    },
    async remove(id) {
      texts.delete(id);
      index = index.filter((m) => m.id !== id);
    },
    async session() {
      return session;
    },
    async setSession(s) {
      session = { ...s };
    },
  };
}

/** A new save id: time-ordered and unique enough for one browser profile. */
export function newSaveId(now: Date, random: () => number): string {
  return `${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

/** What the autosaver tells its store. */
export interface AutosaverHooks {
  /** A save failed (storage full, private mode): the message for the player. */
  onError(message: string): void;
  /** A save was written (after a failure: there is room again). */
  onSaved?(id: string): void;
  /** Another tab had saved this game further: this tab's game was saved as a copy under `to`, and goes on there. */
  onCopied?(from: string, to: string): void;
  /** A new save id for such a copy. */
  newId?(): string;
}

/** The player's message for a failed write. */
export function saveErrorMessage(e: unknown): string {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  const detail = e instanceof Error ? e.message : String(e);
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) {
    return `The game could not be saved: the browser's storage for this page is full (QuotaExceededError). The last save is kept and the game goes on; free some space (delete old saved games) and the next move saves again.`;
  }
  return `The game could not be saved (${detail}). The last save is kept and the game goes on.`;
}

/** The player's message when another tab had saved the same game further. */
export const COPY_MESSAGE =
  'This game is also open in another tab, which saved moves this tab has not seen. Nothing was overwritten: this tab now saves its game as a copy (both are under Saved games).';

/**
 * Writes saves one at a time; while one is being written, only the newest waiting save of each game is kept
 * (a save of another game waits its turn, so leaving a game never drops its last moves). Each save
 * carries the action count storage held when this tab last read or wrote it (`opened`, then every write);
 * when storage holds another count, the game is saved as a copy instead and later saves go to the copy.
 */
export function createAutosaver(
  storage: SaveStorage,
  hooks: AutosaverHooks | ((message: string) => void),
): { save(meta: SaveMeta, text: () => string): void; opened(id: string, actions: number): void; flush(): Promise<void> } {
  const h: AutosaverHooks = typeof hooks === 'function' ? { onError: hooks } : hooks;
  const newId = h.newId ?? (() => newSaveId(new Date(), Math.random));
  const waiting = new Map<string, { meta: SaveMeta; text: () => string }>();
  let running: Promise<void> | null = null;
  /** Per save id: the action count storage held when this tab last read or wrote it. */
  const known = new Map<string, number>();
  /** Saves that went on as a copy: the copy's id; and each copy's original. */
  const redirect = new Map<string, string>();
  const original = new Map<string, string>();
  const write = async (meta: SaveMeta, text: string): Promise<void> => {
    // A game this tab has not opened (new, branched): storage should hold nothing, or what this save says.
    const expect = known.get(meta.id) ?? meta.actions;
    const r = await storage.put(meta, text, expect);
    if (r.ok) {
      if (meta.actions !== undefined) known.set(meta.id, meta.actions);
      h.onSaved?.(meta.id);
      return;
    }
    const to = newId();
    const copy: SaveMeta = { ...meta, id: to, copyOf: meta.id };
    const r2 = await storage.put(copy, text);
    if (!r2.ok) throw new Error('the copy could not be saved');
    redirect.set(meta.id, to);
    original.set(to, meta.id);
    if (copy.actions !== undefined) known.set(to, copy.actions);
    h.onCopied?.(meta.id, to);
    h.onSaved?.(to);
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
        h.onError(saveErrorMessage(e));
      }
    }
    running = null;
  };
  return {
    save(meta, text) {
      waiting.delete(meta.id);
      waiting.set(meta.id, { meta, text });
      running ??= run();
    },
    opened(id, actions) {
      known.set(id, actions);
      redirect.delete(id);
    },
    async flush() {
      for (let r = running; r; r = running) await r;
    },
  };
}
