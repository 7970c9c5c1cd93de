/**
 * Saved games: each save is a game record (as JSON text, read back through the same parser as a file) plus
 * a small index entry for the menu. In the browser they live in IndexedDB (idb-keyval: a tiny, well-kept
 * key-value wrapper; IndexedDB has room for many whole games with rationales, localStorage has 5 MB);
 * tests use the in-memory storage.
 */
import { createStore as createIdbStore, del, get, set, setMany } from 'idb-keyval';
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
}

/** Where the game left off, so a reload resumes it. */
export interface Session {
  saveId: string | null;
  selectedCompany: string | null;
}

/** A place to keep saves. Every method may fail (quota, private mode): callers report, never crash. */
export interface SaveStorage {
  list(): Promise<SaveMeta[]>;
  load(id: string): Promise<string | null>;
  put(meta: SaveMeta, recordText: string): Promise<void>;
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

/** Saves in IndexedDB (database "gpu-race", object store "saves"). */
export function createIdbSaveStorage(): SaveStorage {
  const db = createIdbStore('gpu-race', 'saves');
  // The index is read once and then kept here, so a put writes the record and the index in one transaction.
  let index: SaveMeta[] | null = null;
  const readIndex = async (): Promise<SaveMeta[]> => {
    if (index) return index;
    const raw: unknown = await get(INDEX, db);
    index = isMetaList(raw) ? raw : [];
    return index;
  };
  return {
    async list() {
      return [...(await readIndex())];
    },
    async load(id) {
      const raw: unknown = await get(recordKey(id), db);
      return typeof raw === 'string' ? raw : null;
    },
    async put(meta, text) {
      const next = [meta, ...(await readIndex()).filter((m) => m.id !== meta.id)];
      await setMany([[recordKey(meta.id), text], [INDEX, next]], db);
      index = next;
    },
    async remove(id) {
      const next = (await readIndex()).filter((m) => m.id !== id);
      await set(INDEX, next, db);
      index = next;
      await del(recordKey(id), db);
    },
    async session() {
      const raw: unknown = await get(SESSION, db);
      if (raw === null || typeof raw !== 'object') return null;
      const s = raw as Partial<Session>;
      return { saveId: typeof s.saveId === 'string' ? s.saveId : null, selectedCompany: typeof s.selectedCompany === 'string' ? s.selectedCompany : null };
    },
    async setSession(s) {
      await set(SESSION, s, db);
    },
  };
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
    async put(meta, text) {
      texts.set(meta.id, text);
      index = [meta, ...index.filter((m) => m.id !== meta.id)];
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

/** Writes saves one at a time; while one is being written, only the newest waiting save is kept. */
export function createAutosaver(storage: SaveStorage, onError: (message: string) => void): { save(meta: SaveMeta, text: () => string): void; flush(): Promise<void> } {
  let waiting: { meta: SaveMeta; text: () => string } | null = null;
  let running: Promise<void> | null = null;
  const run = async (): Promise<void> => {
    while (waiting) {
      const job = waiting;
      waiting = null;
      try {
        await storage.put(job.meta, job.text());
      } catch (e) {
        onError(`The game could not be saved (${e instanceof Error ? e.message : String(e)}).`);
      }
    }
    running = null;
  };
  return {
    save(meta, text) {
      waiting = { meta, text };
      running ??= run();
    },
    async flush() {
      for (let r = running; r; r = running) await r;
    },
  };
}
