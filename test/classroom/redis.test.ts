/**
 * Two classroom server processes sharing one Redis (Debian's redis-server, started here on a free loopback
 * port and stopped by its PID): a team joins, through the second process, a game created on the first.
 * Skipped with a note when redis-server is not installed (.ci/run installs it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, createGame } from './helpers';

const REDIS = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => spawnSync(p, ['--version']).status === 0) ?? null;

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

async function waitFor(what: string, ok: () => Promise<boolean>, child: ChildProcess, log: () => string, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}): ${log()}`);
    if (await ok().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not start within ${ms} ms: ${log()}`);
}

function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  return Promise.race([exited, new Promise<void>((r) => setTimeout(r, 5000))]).then(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
}

const children: ChildProcess[] = [];
const dirs: string[] = [];
let urls: string[] = [];
const dataDirs: string[] = [];

describe.skipIf(REDIS === null)('classroom servers behind one Redis', () => {
  beforeAll(async () => {
    const redisPort = await freePort();
    const redis = spawn(REDIS as string, ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(redis);
    let redisLog = '';
    redis.stdout?.on('data', (d: Buffer) => (redisLog += d.toString()));
    await waitFor('redis-server', async () => redisLog.includes('Ready to accept connections'), redis, () => redisLog);
    const dist = mkdtempSync(join(tmpdir(), 'gpurace-redis-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    dirs.push(dist);
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const data = mkdtempSync(join(tmpdir(), `gpurace-redis-data-${i}-`));
      dirs.push(data);
      dataDirs.push(data);
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--host', '127.0.0.1', '--data', data, '--dist', dist], {
        env: { ...process.env, REDIS_URL: `redis://127.0.0.1:${redisPort}`, PUBLIC_ADDRESS: `127.0.0.1:${port}` },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      let log = '';
      child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
      child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
      const url = `http://127.0.0.1:${port}`;
      await waitFor(`server ${i}`, async () => (await fetch(`${url}/classroom/info`)).ok, child, () => log);
      urls.push(url);
    }
  }, 120_000);

  afterAll(async () => {
    for (let i = children.length - 1; i >= 0; i--) await stop(children[i] as (typeof children)[number]);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    urls = [];
  });

  it('a team joins through the second process a game created on the first', async () => {
    const [a, b] = urls as [string, string];
    const { code, token } = await createGame(a, {
      scenarioId: 'classroom-sprint',
      seed: 'redis-1',
      seats: [
        { playerId: 'microsoft', kind: 'team' },
        { playerId: 'meta', kind: 'bot', level: 'easy' },
        { playerId: 'google', kind: 'bot', level: 'easy' },
        { playerId: 'bytedance', kind: 'bot', level: 'easy' },
      ],
    });
    // Created on the first process: its log is there, not on the second.
    expect(existsSync(join(dataDirs[0] as string, `${code}.jsonl`))).toBe(true);
    expect(existsSync(join(dataDirs[1] as string, `${code}.jsonl`))).toBe(false);
    const fac = await connect(a, code, { role: 'facilitator', token });
    const team = await connect(b, code, { role: 'team' });
    team.room.send('claim', { playerId: 'microsoft', teamName: 'Across' });
    const seat = await team.until('seat');
    expect(seat.playerId).toBe('microsoft');
    // The second process sent the team on to the first (its public address).
    const ws = (team.room.connection as unknown as { transport: { ws: { url: string } } }).transport.ws;
    expect(ws.url).toContain(a.replace('http://', ''));
    // The game really is the one on the first process: the facilitator there sees the team seal.
    team.room.send('seal', { orders: { bids: [], siliconInvestment: 0, customOrder: 0, powerBuild: 0, greyMarket: [], partnership: null } });
    const pub = await fac.until('public', (p) => p.phase === 'reveal');
    expect(pub.seats.find((s) => s.playerId === 'microsoft')?.teamName).toBe('Across');
    // A wrong code asked of either process is unknown to both.
    await expect(connect(b, 'ZZZZ2222', { role: 'team' })).rejects.toThrow(/no class game/);
    await team.room.leave();
    await fac.room.leave();
  });
});
