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
import { createStore as createIdbStore, get, keys, set, type UseStore } from 'idb-keyval';
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

/** The save index's problems (see `SaveStorage.inspect`). */
export interface IndexReport {
  /** Index entries that are not a readable save entry (kept in storage as they are, never dropped). */
  malformed: number;
  /** Ids of records in storage that no readable index entry names. */
  orphans: string[];
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
  /** The save index's readable entries (a malformed entry is skipped, never the whole list). */
  list(): Promise<SaveMeta[]>;
  /**
   * What `list` cannot show: how many index entries are malformed, and the ids of records stored without a
   * readable index entry (orphans: `load` and `remove` still reach them).
   */
  inspect?(): Promise<IndexReport>;
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

const PHASES: readonly string[] = ['orders', 'reveal', 'gameOver'];
/** At most this many index entries are read (an index is written by this page: a few hundred at most). */
const MAX_INDEX_ENTRIES = 10_000;

/** One index entry, checked field by field; null if it is not a readable save entry. */
export function asSaveMeta(x: unknown): SaveMeta | null {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return null;
  const m = x as Record<string, unknown>;
  const str = (v: unknown, max = 200): v is string => typeof v === 'string' && v.length <= max;
  const int = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  if (!str(m.id) || m.id.length === 0 || !str(m.scenarioId) || !str(m.scenarioTitle, 500) || !str(m.updatedAt)) return null;
  if (!int(m.quarter) || !int(m.quarters) || typeof m.phase !== 'string' || !PHASES.includes(m.phase)) return null;
  if (!Array.isArray(m.humans) || m.humans.length > 64 || !m.humans.every((h) => str(h))) return null;
  if (m.createdAt !== null && !str(m.createdAt)) return null;
  if (m.actions !== undefined && !int(m.actions)) return null;
  if (m.copyOf !== undefined && !str(m.copyOf)) return null;
  const out: SaveMeta = { id: m.id, scenarioId: m.scenarioId, scenarioTitle: m.scenarioTitle, quarter: m.quarter, quarters: m.quarters, phase: m.phase as Phase, humans: [...(m.humans as string[])], createdAt: (m.createdAt as string | null) ?? null, updatedAt: m.updatedAt };
  if (m.actions !== undefined) out.actions = m.actions as number;
  if (m.copyOf !== undefined) out.copyOf = m.copyOf as string;
  return out;
}

/**
 * The stored index read entry by entry: the readable entries, and the others as they were (a later write keeps
 * them, so one bad entry never makes the next save drop the rest). Not an array at all: no entries.
 */
export function readIndex(raw: unknown): { saves: SaveMeta[]; malformed: unknown[] } {
  const saves: SaveMeta[] = [];
  const malformed: unknown[] = [];
  if (!Array.isArray(raw)) return { saves, malformed: raw === undefined || raw === null ? [] : [raw] };
  const seen = new Set<string>();
  for (const entry of raw.slice(0, MAX_INDEX_ENTRIES)) {
    const m = asSaveMeta(entry);
    if (m && !seen.has(m.id)) {
      seen.add(m.id);
      saves.push(m);
    } else malformed.push(entry);
  }
  return { saves, malformed };
}

/** The index to write: `saves` (readable entries), then the unreadable ones kept as they were. */
function indexValue(saves: readonly SaveMeta[], malformed: readonly unknown[]): unknown[] {
  // A non-array index (one unreadable value) is not carried over: it holds no entry a list could show.
  return [...saves, ...malformed.filter((m) => m !== null && typeof m === 'object' && !Array.isArray(m))];
}

/** The orphans among stored record keys: records that no readable index entry names. */
export function orphanIds(recordKeys: readonly string[], saves: readonly SaveMeta[]): string[] {
  const indexed = new Set(saves.map((m) => m.id));
  return recordKeys.filter((k) => k.startsWith('record:')).map((k) => k.slice('record:'.length)).filter((id) => id.length > 0 && !indexed.has(id)).sort();
}

/** True if storage holds a version of the save other than the one the writer last saw. */
export function isConflict(stored: SaveMeta, expectActions: number | undefined): boolean {
  return expectActions !== undefined && typeof stored.actions === 'number' && stored.actions !== expectActions;
}

type Plan<T> = { result: T; put?: [string, unknown][]; del?: string[] };
type IndexRead = { saves: SaveMeta[]; malformed: unknown[] };

/**
 * Reads the index and writes what `change` plans, in one readwrite transaction. IndexedDB runs overlapping
 * readwrite transactions one after another, across tabs too, so the index read here is the newest one and
 * nobody writes between the read and the write. Rejects with the transaction's error (a full disk aborts it,
 * and then nothing of it is written).
 */
function indexTransaction<T>(db: UseStore, change: (index: IndexRead) => Plan<T>): Promise<T> {
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
          const plan = change(readIndex(req.result));
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

/** The browser gives this page no IndexedDB (some private windows, some embedded views). */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

function needIndexedDb(): void {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw new StorageUnavailableError('IndexedDB is not available');
}

/** Saves in IndexedDB (database "gpu-race", object store "saves"). Nothing is cached: every call reads storage. */
export function createIdbSaveStorage(): SaveStorage {
  const db = createIdbStore('gpu-race', 'saves');
  return {
    async list() {
      needIndexedDb();
      return readIndex(await get(INDEX, db)).saves;
    },
    async inspect() {
      needIndexedDb();
      const { saves, malformed } = readIndex(await get(INDEX, db));
      const all = await keys(db);
      return { malformed: malformed.length, orphans: orphanIds(all.filter((k): k is string => typeof k === 'string'), saves) };
    },
    async load(id) {
      needIndexedDb();
      const raw: unknown = await get(recordKey(id), db);
      return typeof raw === 'string' ? raw : null;
    },
    async put(meta, text, expectActions) {
      needIndexedDb();
      return indexTransaction<PutResult>(db, ({ saves, malformed }) => {
        const stored = saves.find((m) => m.id === meta.id);
        if (stored && isConflict(stored, expectActions)) return { result: { ok: false, conflict: stored } };
        return { result: { ok: true }, put: [[recordKey(meta.id), text], [INDEX, indexValue([meta, ...saves.filter((m) => m.id !== meta.id)], malformed)]] };
      });
    },
    async remove(id) {
      needIndexedDb();
      // Deleting a save also drops unreadable index entries that named it (an orphan's leftover entry).
      return indexTransaction<void>(db, ({ saves, malformed }) => ({
        result: undefined,
        put: [[INDEX, indexValue(saves.filter((m) => m.id !== id), malformed.filter((m) => (m as { id?: unknown } | null)?.id !== id))]],
        del: [recordKey(id)],
      }));
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
export function createMemorySaveStorage(): SaveStorage & { texts: Map<string, string>; rawIndex(value?: unknown): unknown } {
  const texts = new Map<string, string>();
  // Kept as storage would keep it (a test may put a malformed index here), and read the same way as IndexedDB's.
  let index: unknown = [];
  let session: Session | null = null;
  return {
    texts,
    rawIndex(value) {
      if (value !== undefined) index = structuredClone(value);
      return structuredClone(index);
    },
    async list() {
      return readIndex(index).saves;
    },
    async inspect() {
      const { saves, malformed } = readIndex(index);
      return { malformed: malformed.length, orphans: orphanIds([...texts.keys()].map(recordKey), saves) };
    },
    async load(id) {
      return texts.get(id) ?? null;
    },
    async put(meta, text, expectActions) {
      const { saves, malformed } = readIndex(index);
      const stored = saves.find((m) => m.id === meta.id);
      if (stored && isConflict(stored, expectActions)) return { ok: false, conflict: { ...stored } };
      texts.set(meta.id, text);
      index = structuredClone(indexValue([{ ...meta }, ...saves.filter((m) => m.id !== meta.id)], malformed));
      return { ok: true };
    },
    async remove(id) {
      const { saves, malformed } = readIndex(index);
      texts.delete(id);
      index = structuredClone(indexValue(saves.filter((m) => m.id !== id), malformed.filter((m) => (m as { id?: unknown } | null)?.id !== id)));
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

/** The console warning when another tab had saved the same game further (the player's notice is data: code 'copy'). */
export const COPY_MESSAGE =
  'This game is also open in another tab, which saved moves this tab has not seen. Nothing was overwritten: this tab now saves its game as a copy (both are under Saved games).';
