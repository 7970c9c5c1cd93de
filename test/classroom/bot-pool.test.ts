/**
 * The classroom server's bots decide on a worker-thread pool (src/server/bot-pool.ts), not on the event loop.
 * Shown by counts, never by the clock: the event loop turns while five hard bots decide (and never does on the
 * in-process path); a room answers a join, a bad message and another room plays a quarter while its own bots'
 * answers are held; the messages that arrive meanwhile wait for those answers, so nothing they would make stale
 * runs first; a room closed meanwhile plays nothing; a game played through the pool has exactly the record of
 * the synchronous path (and of the old in-place logic, rebuilt here with GameSession and botOrders).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { matchMaker } from '@colyseus/core';
import { botOrders, type BotDecision, type BotLevel } from '../../src/ai';
import { createGame as newGameState, emptyOrders, type Orders } from '../../src/engine';
import { GameSession } from '../../src/replay/session';
import type { GameRecord } from '../../src/replay/record';
import { defaultBotThreads, inProcessBots, poolBots, type BotDecider, type BotTask } from '../../src/server/bot-pool';
import { staleReason, type BotRequest } from '../../src/server/room-bots';
import type { ClassRoom } from '../../src/server/class-room';
import { loadScenarios } from '../../src/server/server';
import { connect, createGame, startServer, type Running, type Seen } from './helpers';

const scenarios = loadScenarios('scenarios');
const HOPPER = ['microsoft', 'meta', 'google', 'amazon', 'bytedance', 'tencent'];
/** Microsoft a team, five hard bots. */
const FIVE_HARD = HOPPER.map((playerId, i) =>
  i === 0 ? { playerId, kind: 'team' as const } : { playerId, kind: 'bot' as const, level: 'hard' as const },
);
const FIXED_NOW = 1_700_000_000_000;

const roomOf = (code: string): ClassRoom => matchMaker.getLocalRoomById(code) as unknown as ClassRoom;
const botsSealed = (p: { seats: { kind: string; sealed: boolean }[] }): number =>
  p.seats.filter((s) => s.kind === 'bot' && s.sealed).length;

/** A decider that lets its inner one decide but holds the answers for games of the given seeds until released. */
function gate(inner: BotDecider, seeds: string[]) {
  const held: (() => void)[] = [];
  const pending: Promise<unknown>[] = [];
  const watchers: { n: number; done: () => void }[] = [];
  let open = false;
  const decider: BotDecider = {
    kind: inner.kind,
    threads: inner.threads,
    decide(task: BotTask) {
      const p = inner.decide(task).then(async (d) => {
        if (!open && seeds.includes(task.state.seed)) {
          await new Promise<void>((r) => {
            held.push(r);
            for (const w of watchers.slice()) {
              if (held.length < w.n) continue;
              watchers.splice(watchers.indexOf(w), 1);
              w.done();
            }
          });
        }
        return d;
      });
      pending.push(p.catch(() => {}));
      return p;
    },
    close: () => inner.close(),
  };
  return {
    decider,
    /** Resolves once n answers have been decided and are held. */
    whenHeld: (n: number) => new Promise<void>((done) => (held.length >= n ? done() : watchers.push({ n, done }))),
    release(): void {
      open = true;
      for (const r of held.splice(0)) r();
    },
    settled: () => Promise.all(pending),
    reset(): void {
      open = false;
    },
  };
}

const pools: BotDecider[] = [];
afterAll(async () => {
  for (const p of pools) await p.close();
});

describe('the bot pool', () => {
  it("is the server's default; a game state crosses to a thread unchanged; a closed pool refuses work", async () => {
    const run = await startServer();
    try {
      expect(run.server.bots.kind).toBe('pool');
      expect(run.server.bots.threads).toBe(defaultBotThreads());
    } finally {
      await run.stop();
    }
    expect(defaultBotThreads(1)).toBe(1);
    expect(defaultBotThreads(2)).toBe(1);
    expect(defaultBotThreads(16)).toBe(2);
    const state = newGameState(scenarios.get('2024-hopper-scramble') as never, 'clone');
    expect(structuredClone(state)).toEqual(state);
    await expect(run.server.bots.decide({ state, playerId: 'meta', level: 'easy' })).rejects.toThrow(/closed/);
  });

  it('decides exactly as in process', async () => {
    const pool = poolBots(1);
    pools.push(pool);
    const state = newGameState(scenarios.get('2024-hopper-scramble') as never, 'same');
    for (const [playerId, level] of [
      ['meta', 'hard'],
      ['bytedance', 'normal'],
      ['amazon', 'easy'],
    ] as [string, BotLevel][]) {
      expect(await pool.decide({ state, playerId, level })).toEqual(botOrders(state, playerId, level));
    }
  }, 60_000);
});

describe('a pool that cannot start', () => {
  it('refuses its work (never leaves it waiting), and a room with it decides in process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpurace-bad-worker-'));
    const bad = join(dir, 'worker.mjs');
    writeFileSync(bad, "throw new Error('this worker cannot load');\n");
    const pool = poolBots(1, { filename: pathToFileURL(bad).href });
    pools.push(pool);
    await expect(pool.ready()).rejects.toThrow(/cannot load/);
    const state = newGameState(scenarios.get('classroom-sprint') as never, 'broken');
    // Piscina starts no thread again after one failed to load: every later task is refused, none waits.
    for (let i = 0; i < 3; i++) await expect(pool.decide({ state, playerId: 'meta', level: 'easy' })).rejects.toThrow(/broke|cannot load/);
    const run = await startServer({ bots: pool, timerTickMs: 0 });
    try {
      const { code } = await createGame(run.url, {
        scenarioId: 'classroom-sprint',
        seed: 'broken',
        seats: [
          { playerId: 'microsoft', kind: 'team' },
          ...['meta', 'google', 'bytedance'].map((playerId) => ({ playerId, kind: 'bot' as const, level: 'easy' as const })),
        ],
      });
      const t = await connect(run.url, code, { role: 'team' });
      await t.until('public', (p) => botsSealed(p) === 3);
      expect(roomOf(code).botStats).toMatchObject({ requested: 3, played: 3, inProcess: 3 });
      await t.room.leave();
    } finally {
      await run.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the event loop while bots decide', () => {
  /** Plays a room's start (five hard bots) and returns, per decision, the loop turns counted between its request and its answer. */
  async function turnsPerDecision(bots: BotDecider, seed: string): Promise<number[]> {
    let turns = 0;
    let spinning = true;
    const spin = (): void => {
      turns++;
      if (spinning) setImmediate(spin);
    };
    const asked: number[] = [];
    const answered: number[] = [];
    const counting: BotDecider = {
      kind: bots.kind,
      threads: bots.threads,
      decide(task) {
        const i = asked.push(turns) - 1;
        return bots.decide(task).then((d) => ((answered[i] = turns), d));
      },
      close: () => bots.close(),
    };
    const run = await startServer({ bots: counting, timerTickMs: 0 });
    try {
      setImmediate(spin);
      const { code, token } = await createGame(run.url, { scenarioId: '2024-hopper-scramble', seed, seats: FIVE_HARD });
      const fac = await connect(run.url, code, { role: 'facilitator', token });
      await fac.until('public', (p) => botsSealed(p) === 5, 60_000);
      await fac.room.leave();
      expect(roomOf(code).botProblems).toEqual([]);
      return asked.map((a, i) => (answered[i] as number) - a);
    } finally {
      spinning = false;
      await run.stop();
    }
  }

  it('turns while five hard bots decide on the pool, and not at all when they decide in process', async () => {
    const pool = poolBots(1);
    pools.push(pool);
    const onPool = await turnsPerDecision(pool, 'turns');
    expect(onPool).toHaveLength(5);
    for (const t of onPool) expect(t).toBeGreaterThan(0);
    const inProcess = await turnsPerDecision(inProcessBots(), 'turns');
    expect(inProcess).toEqual([0, 0, 0, 0, 0]);
  }, 120_000);
});

describe('while a room waits for its bots', () => {
  const pool = poolBots(1);
  pools.push(pool);
  const g = gate(pool, ['held', 'gone']);
  let run: Running;

  afterAll(async () => {
    g.release();
    await run?.stop();
  });

  it('answers a join and a bad message, another room plays on, and the messages that arrive meanwhile wait for the answers', async () => {
    run = await startServer({ bots: g.decider, timerTickMs: 0, now: () => FIXED_NOW });
    const { code, token } = await createGame(run.url, { scenarioId: '2024-hopper-scramble', seed: 'held', seats: FIVE_HARD });
    const room = roomOf(code);
    await g.whenHeld(5);
    // All five decided, none played: the room still answers.
    const fac = await connect(run.url, code, { role: 'facilitator', token });
    expect(botsSealed(await fac.until('public'))).toBe(0);
    const team = await connect(run.url, code, { role: 'team' });
    team.room.send('seal', { orders: { bids: 'lots' } });
    expect((await team.until('error', (m) => m.code === 'MALFORMED')).message).toMatch(/bids/);

    // Another class game on the same server plays its quarter meanwhile (its bots are not held).
    const other = await createGame(run.url, {
      scenarioId: 'classroom-sprint',
      seed: 'free',
      seats: [
        { playerId: 'microsoft', kind: 'team' },
        ...['meta', 'google', 'bytedance'].map((playerId) => ({ playerId, kind: 'bot' as const, level: 'easy' as const })),
      ],
    });
    const o = await connect(run.url, other.code, { role: 'team' });
    o.room.send('claim', { playerId: 'microsoft', teamName: 'Other' });
    await o.until('seat');
    o.room.send('seal', { orders: emptyOrders() });
    await o.until('public', (p) => p.phase === 'reveal');

    // The claim, a draft and "resolve now, missing seats pass" wait for the five answers: were the resolve
    // handled first, the bots' answers would be stale and the bots would pass.
    team.room.send('claim', { playerId: 'microsoft', teamName: 'Azure' });
    team.room.send('draft', { orders: emptyOrders() });
    fac.room.send('resolve', { missing: 'pass' });
    fac.room.send('nonsense', {});
    await fac.until('error', (m) => /unknown message type/.test(m.message));
    expect(room.record()?.actions).toEqual([]);
    expect(room.publicInfo().phase).toBe('orders');
    expect(room.publicInfo().seats[0]?.teamName).toBeNull();

    g.release();
    await fac.until('public', (p) => p.phase === 'reveal');
    await team.until('seat');
    // As on the synchronous path: the five bots in seat order, then Microsoft passes, then the resolution.
    const actions = (room.record() as GameRecord).actions;
    expect(actions.map((a) => (a.type === 'submitOrders' ? a.playerId : a.type))).toEqual([
      ...HOPPER.slice(1),
      'microsoft',
      'resolveQuarter',
    ]);
    const offline = GameSession.start(scenarios.get('2024-hopper-scramble') as never, 'held', {
      seats: (room.record() as GameRecord).seats,
    });
    for (const id of HOPPER.slice(1)) {
      const d = botOrders(offline.state, id, 'hard');
      offline.apply({ type: 'submitOrders', playerId: id, orders: d.orders }, d.rationale);
    }
    offline.pass('microsoft');
    offline.resolve();
    expect(actions).toEqual(offline.record?.actions);
    expect((room.record() as GameRecord).rationales).toEqual(offline.record?.rationales);
    expect(room.botStats).toMatchObject({ requested: 5, played: 5, dropped: 0, inProcess: 0 });
    expect(room.botProblems).toEqual([]);
    for (const c of [fac, team, o]) await c.room.leave();
  }, 120_000);

  it('drops the answers for a room closed meanwhile, writes nothing, and the server plays on', async () => {
    g.reset();
    const { code } = await createGame(run.url, { scenarioId: '2024-hopper-scramble', seed: 'gone', seats: FIVE_HARD });
    const room = roomOf(code);
    await g.whenHeld(5);
    const log = join(run.dataDir, `${code}.jsonl`);
    const before = readFileSync(log, 'utf8');
    await room.disconnect();
    g.release();
    await g.settled();
    await new Promise((r) => setImmediate(r));
    expect(readFileSync(log, 'utf8')).toBe(before);
    expect(room.record()?.actions).toEqual([]);
    expect(room.botStats).toMatchObject({ requested: 5, played: 0, dropped: 5, lastDropped: 'the room is closed' });
    expect(room.botProblems).toEqual([]);
    // The server is fine: a new game's bots play.
    const next = await createGame(run.url, {
      scenarioId: '2024-hopper-scramble',
      seed: 'after',
      seats: HOPPER.map((playerId, i) =>
        i === 0 ? { playerId, kind: 'team' as const } : { playerId, kind: 'bot' as const, level: 'easy' as const },
      ),
    });
    const t = await connect(run.url, next.code, { role: 'team' });
    await t.until('public', (p) => botsSealed(p) === 5, 60_000);
    await t.room.leave();
  }, 120_000);

  it("a stale answer (its quarter over, its seat a team's, replaced, or the room closed) is dropped", () => {
    const r: Pick<BotRequest, 'seq' | 'quarter' | 'role'> = { seq: 7, quarter: 2, role: 'seat' };
    const now = { disposed: false, phase: 'orders' as const, quarter: 2, live: 7, sealed: false, kind: 'bot' as const };
    expect(staleReason(r, now)).toBeNull();
    expect(staleReason(r, { ...now, disposed: true })).toMatch(/closed/);
    expect(staleReason(r, { ...now, live: 8 })).toMatch(/later request/);
    expect(staleReason(r, { ...now, live: undefined })).toMatch(/later request/);
    expect(staleReason(r, { ...now, phase: 'reveal' })).toMatch(/no longer taking orders/);
    expect(staleReason(r, { ...now, quarter: 3 })).toMatch(/no longer taking orders/);
    expect(staleReason(r, { ...now, sealed: true })).toMatch(/sealed/);
    expect(staleReason(r, { ...now, kind: 'team' })).toMatch(/team/);
    // A bot standing in for a team at "resolve now" plays a team's seat.
    expect(staleReason({ ...r, role: 'missing' }, { ...now, kind: 'team' })).toBeNull();
  });
});

describe('a game through the pool', () => {
  const BOTS: { playerId: string; kind: 'bot'; level: BotLevel }[] = [
    { playerId: 'meta', kind: 'bot', level: 'hard' },
    { playerId: 'google', kind: 'bot', level: 'normal' },
    { playerId: 'bytedance', kind: 'bot', level: 'easy' },
  ];
  const SEATS = [{ playerId: 'microsoft', kind: 'team' as const }, ...BOTS];
  const ORDERS: Orders = { ...emptyOrders(), bids: [{ sku: 'H100', quantity: 400, maxPrice: 30_000 }] };

  /** A whole classroom-sprint: Microsoft seals ORDERS, except in quarter 2, which the facilitator resolves with a bot for it. */
  async function play(over: { bots?: BotDecider; botThreads?: number }): Promise<{ record: GameRecord; room: ClassRoom }> {
    const run = await startServer({ ...over, timerTickMs: 0, now: () => FIXED_NOW });
    try {
      const { code, token } = await createGame(run.url, { scenarioId: 'classroom-sprint', seed: 'pool-record', seats: SEATS });
      const fac = await connect(run.url, code, { role: 'facilitator', token });
      const team: Seen = await connect(run.url, code, { role: 'team' });
      team.room.send('claim', { playerId: 'microsoft', teamName: 'Azure' });
      await team.until('seat');
      for (let q = 0; q < 4; q++) {
        await fac.until('public', (p) => p.quarter === q && p.phase === 'orders' && botsSealed(p) === 3, 60_000);
        if (q === 1) fac.room.send('resolve', { missing: 'bot' });
        else team.room.send('seal', { orders: ORDERS });
        await fac.until('public', (p) => p.quarter === q && p.phase === 'reveal', 60_000);
        fac.room.send('revealed', { quarter: q });
        fac.room.send('continue', { quarter: q });
      }
      await fac.until('public', (p) => p.phase === 'gameOver');
      const room = roomOf(code);
      const record = structuredClone(room.record()) as GameRecord;
      for (const c of [fac, team]) await c.room.leave();
      return { record, room };
    } finally {
      await run.stop();
    }
  }

  it('has the record of the synchronous path and of the old in-place logic; a failing pool falls back in process', async () => {
    const pooled = await play({});
    const sync = await play({ botThreads: 0 });
    expect(pooled.record).toEqual(sync.record);
    expect(pooled.room.botStats).toMatchObject({ requested: 13, played: 13, dropped: 0, inProcess: 0 });
    expect(pooled.room.botProblems).toEqual([]);

    // The old logic, in place: each quarter the bots in seat order, then Microsoft (quarter 2: a normal bot for it).
    const offline = GameSession.start(scenarios.get('classroom-sprint') as never, 'pool-record', {
      seats: pooled.record.seats,
      createdAt: pooled.record.createdAt,
    });
    for (let q = 0; q < 4; q++) {
      for (const s of BOTS) {
        const d = botOrders(offline.state, s.playerId, s.level);
        offline.apply({ type: 'submitOrders', playerId: s.playerId, orders: d.orders }, d.rationale);
      }
      const stand: BotDecision | null = q === 1 ? botOrders(offline.state, 'microsoft', 'normal') : null;
      offline.apply({ type: 'submitOrders', playerId: 'microsoft', orders: stand?.orders ?? ORDERS }, stand?.rationale);
      offline.resolve();
      offline.advance();
    }
    expect(pooled.record.actions).toEqual(offline.record?.actions);
    expect(pooled.record.checkpoints).toEqual(offline.record?.checkpoints);
    expect(pooled.record.rationales).toEqual(offline.record?.rationales);

    // A pool that refuses every task (say its queue is full): the room decides in process, the same orders.
    const refusing: BotDecider = {
      kind: 'pool',
      threads: 1,
      decide: () => Promise.reject(new Error('Task queue is at limit')),
      close: () => Promise.resolve(),
    };
    const fallback = await play({ bots: refusing });
    expect(fallback.record).toEqual(sync.record);
    expect(fallback.room.botStats).toMatchObject({ requested: 13, played: 13, inProcess: 13, poolError: 'Task queue is at limit' });
  }, 240_000);
});
