/** Helpers for the classroom server tests: a server on a free loopback port, clients that record every message. */
import { mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from 'colyseus.js';
import { createClassroomServer, type ClassroomServer, type ClassroomOptions } from '../../src/server/server';
import type { CreateRequest, CreateResponse, PublicInfo, SeatView, ServerMessages } from '../../src/net/protocol';
import { ROOM_NAME } from '../../src/net/protocol';

export interface Running {
  server: ClassroomServer;
  port: number;
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** A classroom server on 127.0.0.1 and a free port, with a temporary data folder (kept if given). */
export async function startServer(over: Partial<ClassroomOptions> = {}): Promise<Running> {
  const dataDir = over.dataDir ?? mkdtempSync(join(tmpdir(), 'gpurace-class-'));
  // A stand-in build in <tmp>/dist, next to a file the server must never serve (<tmp>/secret.txt).
  const distRoot = mkdtempSync(join(tmpdir(), 'gpurace-dist-'));
  const distDir = over.distDir ?? join(distRoot, 'dist');
  if (!over.distDir) {
    mkdirSync(distDir, { recursive: true });
    writeFileSync(join(distDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    writeFileSync(join(distRoot, 'secret.txt'), 'TOP-SECRET');
  }
  const server = await createClassroomServer({ distDir, dataDir, scenariosDir: 'scenarios', ...over });
  const port = await server.listen(0, '127.0.0.1');
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    async stop() {
      await server.close();
      await new Promise<void>((r) => server.http.close(() => r()));
      rmSync(distRoot, { recursive: true, force: true });
    },
  };
}

/** POST /classroom/create. */
export async function createGame(url: string, req: CreateRequest): Promise<CreateResponse> {
  const res = await fetch(`${url}/classroom/create`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(req) });
  const body = (await res.json()) as CreateResponse & { error?: string };
  if (!res.ok) throw new Error(`create failed (${res.status}): ${body.error}`);
  return body;
}

/** A connected client that keeps every message it received, in order. */
export interface Seen {
  room: Room;
  messages: { type: string; message: unknown }[];
  last<T extends keyof ServerMessages>(type: T): ServerMessages[T] | undefined;
  /** Resolves once a message of this type satisfying `ok` arrives (or one already has). */
  until<T extends keyof ServerMessages>(type: T, ok?: (m: ServerMessages[T]) => boolean, timeoutMs?: number): Promise<ServerMessages[T]>;
}

export async function connect(url: string, code: string, options: Record<string, unknown>): Promise<Seen> {
  const client = new Client(url.replace(/^http/, 'ws'));
  const room = await client.joinById(code, options);
  const messages: Seen['messages'] = [];
  const waiters: { type: string; ok: (m: unknown) => boolean; done: (m: unknown) => void }[] = [];
  room.onMessage('*', (type, message) => {
    messages.push({ type: String(type), message });
    for (const w of waiters.slice()) {
      if (w.type === type && w.ok(message)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.done(message);
      }
    }
  });
  return {
    room,
    messages,
    last(type) {
      for (let i = messages.length - 1; i >= 0; i--) if (messages[i]?.type === type) return messages[i]?.message as never;
      return undefined;
    },
    until(type, ok = () => true, timeoutMs = 10_000) {
      for (let i = messages.length - 1; i >= 0; i--) {
        const m = messages[i];
        if (m?.type === type) {
          if (ok(m.message as never)) return Promise.resolve(m.message as never);
          break;
        }
      }
      return new Promise((done, fail) => {
        const t = setTimeout(() => fail(new Error(`no "${type}" message as expected within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ type, ok: ok as (m: unknown) => boolean, done: (m) => (clearTimeout(t), done(m as never)) });
      });
    },
  };
}

export type { PublicInfo, SeatView };
export { ROOM_NAME };
