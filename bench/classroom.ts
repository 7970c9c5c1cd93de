/**
 * The classroom server on loopback (a child process, as `npm run classroom` runs it):
 * 1. One class game with 30 clients (the facilitator and 29 team devices over the 4 companies of
 *    classroom-sprint, extra devices joining a seat with its token): the time from the last seal to every
 *    client having the reveal, per quarter.
 * 2. Class games per process: G games of 5 clients each play a quarter at once; the memory the server
 *    holds per game and the seal-to-reveal times across them.
 * Wall-clock numbers, printed, never asserted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from 'colyseus.js';
import { emptyOrders } from '../src/engine';
import type { PublicInfo } from '../src/net/protocol';

const TEAMS = ['microsoft', 'meta', 'google', 'bytedance'] as const;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

interface Dev {
  room: Room;
  /** Resolves when this client has a `public` message in the reveal of quarter q. */
  reveal(q: number): Promise<number>;
}

async function device(url: string, code: string, options: Record<string, unknown>): Promise<Dev> {
  const room = await new Client(url).joinById(code, options);
  const seen = new Map<number, number>();
  const waiting = new Map<number, (t: number) => void>();
  room.onMessage('*', (type, m: unknown) => {
    if (type !== 'public') return;
    const p = m as PublicInfo;
    if (p.phase !== 'orders' && !seen.has(p.quarter)) {
      const t = performance.now();
      seen.set(p.quarter, t);
      waiting.get(p.quarter)?.(t);
    }
  });
  return {
    room,
    reveal: (q) => {
      const t = seen.get(q);
      return t !== undefined ? Promise.resolve(t) : new Promise((r) => waiting.set(q, r));
    },
  };
}

async function create(base: string, seed: string): Promise<{ code: string; token: string }> {
  const res = await fetch(`${base}/classroom/create`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ scenarioId: 'classroom-sprint', seed, seats: TEAMS.map((playerId) => ({ playerId, kind: 'team' })) }) });
  if (!res.ok) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { code: string; token: string };
}

/** A team's first device claims the seat; returns it and the seat token for more devices. */
async function claim(url: string, code: string, playerId: string): Promise<{ dev: Dev; seatToken: string }> {
  const dev = await device(url, code, { role: 'team' });
  const seatToken = await new Promise<string>((resolve) => {
    dev.room.onMessage('seat', (m: { seatToken: string }) => resolve(m.seatToken));
    dev.room.send('claim', { playerId, teamName: `Team ${playerId}` });
  });
  return { dev, seatToken };
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}
function pct(xs: number[], p: number): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? NaN;
}

export interface ClassroomBench {
  clients: number;
  /** Last seal to every client having the reveal, per quarter (ms). */
  revealMs: number[];
  games: number;
  gameClients: number;
  rssBeforeMiB: number;
  rssAfterMiB: number;
  perGameKiB: number;
  /** Seal-to-reveal (last client) across the concurrent games' first quarter (ms). */
  concurrentMedianMs: number;
  concurrentP95Ms: number;
  concurrentWallMs: number;
}

export async function benchClassroom(opts: { clients?: number; games?: number } = {}): Promise<ClassroomBench> {
  const clients = opts.clients ?? 30;
  const games = opts.games ?? 60;
  const port = await freePort();
  const url = `ws://127.0.0.1:${port}`;
  const base = `http://127.0.0.1:${port}`;
  const data = mkdtempSync(join(tmpdir(), 'gpurace-bench-class-'));
  const dist = mkdtempSync(join(tmpdir(), 'gpurace-bench-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--host', '127.0.0.1', '--data', data, '--dist', dist, '--max-creates', String(games + 10)], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.resume();
  child.stderr?.resume();
  try {
    const until = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error('the classroom server exited');
      if (await fetch(`${base}/classroom/info`).then((r) => r.ok, () => false)) break;
      if (Date.now() > until) throw new Error('the classroom server did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    // 1. One game, many clients.
    const { code, token } = await create(base, 'bench-30');
    const fac = await device(url, code, { role: 'facilitator', token });
    const devs: Dev[] = [fac];
    const firsts: Dev[] = [];
    const tokens: string[] = [];
    for (const id of TEAMS) {
      const c = await claim(url, code, id);
      firsts.push(c.dev);
      tokens.push(c.seatToken);
      devs.push(c.dev);
    }
    for (let i = devs.length; i < clients; i++) devs.push(await device(url, code, { role: 'team', seatToken: tokens[i % TEAMS.length] }));
    const revealMs: number[] = [];
    for (let q = 0; q < 4; q++) {
      for (const d of firsts.slice(0, -1)) d.room.send('seal', { orders: emptyOrders() });
      await new Promise((r) => setTimeout(r, 200));
      const t0 = performance.now();
      (firsts[firsts.length - 1] as Dev).room.send('seal', { orders: emptyOrders() });
      const times = await Promise.all(devs.map((d) => d.reveal(q)));
      revealMs.push(Math.max(...times) - t0);
      fac.room.send('revealed', { quarter: q });
      fac.room.send('continue', { quarter: q });
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const d of devs) await d.room.leave();

    // 2. Many games at once in the one process.
    await new Promise((r) => setTimeout(r, 500));
    const pid = child.pid as number;
    const rssBefore = rssMiB(pid);
    const all: { fac: Dev; teams: Dev[] }[] = [];
    for (let g = 0; g < games; g++) {
      const cg = await create(base, `bench-g${g}`);
      const f = await device(url, cg.code, { role: 'facilitator', token: cg.token });
      const teams: Dev[] = [];
      for (const id of TEAMS) teams.push((await claim(url, cg.code, id)).dev);
      all.push({ fac: f, teams });
    }
    const rssAfter = rssMiB(pid);
    const w0 = performance.now();
    const lat = await Promise.all(
      all.map(async (g) => {
        for (const t of g.teams.slice(0, -1)) t.room.send('seal', { orders: emptyOrders() });
        await new Promise((r) => setTimeout(r, 100));
        const t0 = performance.now();
        (g.teams[g.teams.length - 1] as Dev).room.send('seal', { orders: emptyOrders() });
        const times = await Promise.all([g.fac, ...g.teams].map((d) => d.reveal(0)));
        return Math.max(...times) - t0;
      }),
    );
    const wall = performance.now() - w0;
    for (const g of all) for (const d of [g.fac, ...g.teams]) await d.room.leave();
    return {
      clients: devs.length,
      revealMs,
      games,
      gameClients: games * 5,
      rssBeforeMiB: rssBefore,
      rssAfterMiB: rssAfter,
      perGameKiB: ((rssAfter - rssBefore) * 1024) / games,
      concurrentMedianMs: median(lat),
      concurrentP95Ms: pct(lat, 0.95),
      concurrentWallMs: wall,
    };
  } finally {
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(data, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  }
}

export function formatClassroomBench(b: ClassroomBench): string {
  return [
    'Classroom server (loopback, classroom-sprint, server in its own process)',
    `  one game, ${b.clients} clients: last seal -> every client has the reveal  ${b.revealMs.map((x) => `${x.toFixed(1)} ms`).join(', ')} (quarters 1-4)`,
    `  ${b.games} games at once (${b.gameClients} clients): seal -> reveal median ${b.concurrentMedianMs.toFixed(1)} ms, p95 ${b.concurrentP95Ms.toFixed(1)} ms, all in ${b.concurrentWallMs.toFixed(0)} ms`,
    `  server memory ${b.rssBeforeMiB.toFixed(0)} MiB -> ${b.rssAfterMiB.toFixed(0)} MiB with ${b.games} more games (~${b.perGameKiB.toFixed(0)} KiB a game with its 5 connections)`,
  ].join('\n');
}
