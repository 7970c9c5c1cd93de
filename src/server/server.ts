/**
 * The classroom server: one Node process that serves the built game (vite's dist/) and hosts class games on
 * Colyseus 0.16. HTTP routes: the static game, GET /classroom/info (what the menu and the facilitator's screen
 * need), POST /classroom/create (a new class game: its join code and the facilitator's secret token), and
 * Colyseus's matchmaking, of which only joinById and reconnect are open (a class game is found only by its
 * code). Unknown codes count against the asking address: after a few, it must wait.
 */
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { randomInt } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Server, matchMaker, type Presence } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import type { Scenario } from '../engine';
import { parseScenarioModules } from '../store/scenarios';
import { CODE_ALPHABET, CODE_LENGTH, MAX_MESSAGE_BYTES, ROOM_NAME, createRequestSchema, type CreateResponse } from '../net/protocol';
import { ClassRoom, configureClassRooms, newToken, sha256 } from './class-room';
import { GameLogs } from './game-log';
import { defaultBotThreads, startBots, type BotDecider } from './bot-pool';

/** The marker the server puts into the page so the menu offers the class game. */
export const CLASSROOM_META = '<meta name="gpurace-classroom" content="1">';

export interface ClassroomOptions {
  /** The built game (vite build output). */
  distDir: string;
  /** Where the games' logs live. */
  dataDir: string;
  /** The scenarios folder (scenarios/*.json). */
  scenariosDir: string;
  presence?: Presence;
  driver?: matchMaker.MatchMakerDriver;
  /** host:port clients reach this process at (with several processes behind Redis). */
  publicAddress?: string;
  /** Per address: unknown join codes allowed per window, and creations per window. */
  limits?: { badCodes: number; creates: number; windowMs: number };
  now?: () => number;
  /** How often each game checks its quarter timer (ms); 0 for tests that tick it with their own clock. */
  timerTickMs?: number;
  /** Worker threads for the bots' decisions (default `defaultBotThreads()`); 0: on the event loop (tests). */
  botThreads?: number;
  /** A decider to use instead (tests); the caller closes it. */
  bots?: BotDecider;
}

export interface ClassroomServer {
  http: HttpServer;
  colyseus: Server;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
  /** The codes of the games resumed from their logs at start. */
  resumed: string[];
  /** Where the bots decide (closed by `close`, unless it was given). */
  bots: BotDecider;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Reads scenarios/*.json with the scenario schema (broken files are skipped). */
export function loadScenarios(dir: string): Map<string, Scenario> {
  const modules: Record<string, unknown> = {};
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.json')) modules[f] = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const out = new Map<string, Scenario>();
  for (const e of parseScenarioModules(modules)) if (e.ok) out.set(e.scenario.id, e.scenario);
  return out;
}

/** A new join code (crypto-random). */
export function newCode(): string {
  let c = '';
  for (let i = 0; i < CODE_LENGTH; i++) c += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return c;
}

/** Counts events per address in a sliding window. */
class Limiter {
  private hits = new Map<string, number[]>();
  constructor(
    private max: number,
    private windowMs: number,
    private now: () => number,
  ) {}
  /** Whether this address has room for one more; `count` records it. */
  ok(addr: string): boolean {
    const t = this.now();
    const list = (this.hits.get(addr) ?? []).filter((x) => t - x < this.windowMs);
    this.hits.set(addr, list);
    if (this.hits.size > 10_000) for (const [k, v] of this.hits) if (v.length === 0) this.hits.delete(k);
    return list.length < this.max;
  }
  count(addr: string): void {
    const list = this.hits.get(addr) ?? [];
    list.push(this.now());
    this.hits.set(addr, list);
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((done) => {
    let size = 0;
    const parts: Buffer[] = [];
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      // Too large: keep reading (and dropping) so the answer can still be sent.
      if (size > max) over = true;
      else parts.push(c);
    });
    req.on('end', () => done(over ? null : Buffer.concat(parts).toString('utf8')));
    req.on('error', () => done(null));
  });
}

/** Creates (does not start) the classroom server; resumes every logged game. */
export async function createClassroomServer(opts: ClassroomOptions): Promise<ClassroomServer> {
  const now = opts.now ?? (() => Date.now());
  const scenarios = loadScenarios(opts.scenariosDir);
  const logs = new GameLogs(opts.dataDir);
  const bots = opts.bots ?? (await startBots(opts.botThreads ?? defaultBotThreads()));
  configureClassRooms({ scenarios, logs, now, timerTickMs: opts.timerTickMs, bots });
  const limits = opts.limits ?? { badCodes: 10, creates: 20, windowMs: 10 * 60_000 };
  const badCodes = new Limiter(limits.badCodes, limits.windowMs, now);
  const creates = new Limiter(limits.creates, limits.windowMs, now);
  const dist = resolve(opts.distDir);
  let indexHtml: string | null = null;
  const page = (): string => (indexHtml ??= readFileSync(join(dist, 'index.html'), 'utf8').replace('<head>', `<head>\n    ${CLASSROOM_META}`));

  const serveStatic = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return json(res, 400, { error: 'bad path' });
    }
    const file = normalize(join(dist, path));
    if (file !== dist && !file.startsWith(dist + sep)) return json(res, 404, { error: 'not found' });
    let target = file;
    try {
      if (statSync(target).isDirectory()) target = join(target, 'index.html');
    } catch {
      target = '';
    }
    if (target === join(dist, 'index.html') || (target === '' && !extname(path))) {
      res.writeHead(200, { 'Content-Type': MIME['.html'] as string, 'Cache-Control': 'no-cache' });
      res.end(page());
      return;
    }
    if (!target) return json(res, 404, { error: 'not found' });
    try {
      const body = readFileSync(target);
      res.writeHead(200, { 'Content-Type': MIME[extname(target)] ?? 'application/octet-stream', 'X-Content-Type-Options': 'nosniff' });
      res.end(body);
    } catch {
      json(res, 404, { error: 'not found' });
    }
  };

  const info = {
    classroom: true,
    scenarios: [...scenarios.values()].map((s) => ({ id: s.id, title: s.title, companies: s.companies.map((c) => ({ id: c.id, name: c.name })), quarters: s.quarters })),
  };

  const create = async (req: IncomingMessage, res: ServerResponse, addr: string): Promise<void> => {
    if (!creates.ok(addr)) return json(res, 429, { error: 'too many class games created from this address: wait a few minutes' });
    creates.count(addr);
    if (Number(req.headers['content-length'] ?? 0) > MAX_MESSAGE_BYTES) {
      res.setHeader('Connection', 'close');
      return json(res, 413, { error: 'request too large' });
    }
    const text = await readBody(req, MAX_MESSAGE_BYTES);
    if (text === null) return json(res, 413, { error: 'request too large' });
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return json(res, 400, { error: 'the request is not JSON' });
    }
    const r = createRequestSchema.safeParse(data);
    if (!r.success) return json(res, 400, { error: `bad request: ${r.error.issues[0]?.path.join('.') ?? ''}: ${r.error.issues[0]?.message ?? 'invalid'}` });
    const token = newToken();
    const code = newCode();
    try {
      // On this process (it writes the game's log here); other processes find it through the driver.
      await matchMaker.handleCreateRoom(ROOM_NAME, { create: r.data, code, tokenHash: sha256(token) });
    } catch (e) {
      return json(res, 400, { error: e instanceof Error ? e.message : String(e) });
    }
    const out: CreateResponse = { code, token };
    json(res, 200, out);
  };

  // Colyseus wraps the request listeners it finds; ours decides first what may reach its matchmaking.
  const app = (req: IncomingMessage, res: ServerResponse): void => {
    const url = req.url ?? '/';
    const addr = req.socket.remoteAddress ?? '?';
    if (url === '/classroom/info' && req.method === 'GET') return json(res, 200, info);
    if (url === '/classroom/create' && req.method === 'POST') {
      void create(req, res, addr);
      return;
    }
    if (req.method === 'GET' || req.method === 'HEAD') return serveStatic(req, res);
    json(res, 405, { error: 'method not allowed' });
  };
  const http = createServer(app);
  const transport = new WebSocketTransport({ server: http, maxPayload: 2 * MAX_MESSAGE_BYTES });
  const colyseus = new Server({ transport, presence: opts.presence, driver: opts.driver, publicAddress: opts.publicAddress, greet: false, gracefullyShutdown: false });
  colyseus.define(ROOM_NAME, ClassRoom);

  // Guard the matchmaking routes Colyseus just attached.
  const colyseusListeners = http.listeners('request').slice(0) as ((req: IncomingMessage, res: ServerResponse) => void)[];
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    if (!url.includes('/matchmake/')) {
      for (const l of colyseusListeners) l.call(http, req, res);
      return;
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    const m = /\/matchmake\/(joinById|reconnect)\/([A-Za-z0-9_-]{1,40})$/.exec(url.split('?')[0] ?? '');
    if (!m || req.method !== 'POST') return json(res, 403, { code: 403, error: 'class games are joined by their code only' });
    const addr = req.socket.remoteAddress ?? '?';
    if (!badCodes.ok(addr)) return json(res, 429, { code: 429, error: 'too many wrong codes from this device: wait a few minutes' });
    const cl = Number(req.headers['content-length'] ?? 0);
    if (cl > MAX_MESSAGE_BYTES) return json(res, 413, { code: 413, error: 'request too large' });
    const roomId = m[2] as string;
    void matchMaker.query({ roomId }).then(
      (found) => {
        if (found.length === 0) {
          badCodes.count(addr);
          return json(res, 200, { code: 4212, error: 'no class game has this code' });
        }
        for (const l of colyseusListeners) l.call(http, req, res);
      },
      () => json(res, 503, { code: 503, error: 'the game list is not reachable' }),
    );
  });

  const resumed: string[] = [];
  let started = false;
  return {
    http,
    colyseus,
    resumed,
    bots,
    async listen(port, host) {
      await colyseus.listen(port, host);
      started = true;
      for (const code of logs.codes()) {
        try {
          // Created here, not on another process: this process has the log.
          await matchMaker.handleCreateRoom(ROOM_NAME, { resume: code });
          resumed.push(code);
        } catch (e) {
          console.error(`class game ${code} could not be resumed: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      const a = http.address();
      return typeof a === 'object' && a ? a.port : port;
    },
    async close() {
      try {
        if (started) await colyseus.gracefullyShutdown(false);
      } finally {
        // After the rooms: a room gone drops its bots' answers, so nothing waits on the pool's last tasks.
        if (!opts.bots) await bots.close();
      }
    },
  };
}
