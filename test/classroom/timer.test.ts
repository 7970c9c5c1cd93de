/**
 * The facilitator's quarter timer on the server, with an injected clock (no wall-clock waits): pause freezes
 * it; when time is up the quarter resolves by itself, the teams that have not sealed passing or played by a bot
 * (the facilitator's choice); and the timer survives a server restart (it is in the game's append-only log).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ColyseusTestServer } from '@colyseus/testing';
import { emptyOrders, type Action } from '../../src/engine';
import type { GameRecord } from '../../src/replay/record';
import type { ClassRoom } from '../../src/server/class-room';
import { connect, createGame, startServer, type Running } from './helpers';

const SEATS = [
  { playerId: 'microsoft', kind: 'team' as const },
  { playerId: 'meta', kind: 'team' as const },
  { playerId: 'google', kind: 'team' as const },
  { playerId: 'bytedance', kind: 'bot' as const, level: 'easy' as const },
];

/** The test's clock: the server reads it, only the test moves it. */
let clock = 1_700_000_000_000;
const now = (): number => clock;

let run: Running;
let colyseus: ColyseusTestServer;
beforeAll(async () => {
  run = await startServer({ now, timerTickMs: 0 });
  colyseus = new ColyseusTestServer(run.server.colyseus);
});
afterAll(async () => {
  await run.stop();
});

/** The orders each seat submitted in a quarter (the last submission), with the index of that action. */
function submissions(record: GameRecord, quarter: number): Map<string, { index: number; orders: unknown }> {
  const out = new Map<string, { index: number; orders: unknown }>();
  let q = 0;
  record.actions.forEach((a, index) => {
    const act = a as Action;
    if (act.type === 'advance') q++;
    else if (act.type === 'submitOrders' && q === quarter) out.set(act.playerId, { index, orders: act.orders });
  });
  return out;
}

describe('quarter timer', () => {
  it('pause freezes it; at time up missing teams pass (or a bot plays) and the quarter resolves by itself', async () => {
    const { code, token } = await createGame(run.url, { scenarioId: 'classroom-sprint', seed: 'timer-1', seats: SEATS });
    const room = colyseus.getRoomById(code) as unknown as ClassRoom;
    const fac = await connect(run.url, code, { role: 'facilitator', token });
    const a = await connect(run.url, code, { role: 'team' });
    a.room.send('claim', { playerId: 'microsoft', teamName: 'Azure' });
    await a.until('seat');
    const b = await connect(run.url, code, { role: 'team' });
    b.room.send('claim', { playerId: 'meta', teamName: 'Llamas' });
    await b.until('seat');

    // Quarter 1: 60 s, missing teams pass. Microsoft seals; Meta typed a bid but never sealed; Google never came.
    fac.room.send('timer', { action: 'start', seconds: 60, missing: 'pass' });
    await fac.until('public', (p) => p.timer.status === 'running' && p.timer.missing === 'pass');
    a.room.send('seal', { orders: emptyOrders() });
    await fac.until('public', (p) => p.seats.find((s) => s.playerId === 'microsoft')?.sealed === true);
    b.room.send('draft', { orders: { ...emptyOrders(), siliconInvestment: 1 } });

    clock += 30_000;
    expect(room.tick()).toBe(false);
    fac.room.send('timer', { action: 'pause' });
    const paused = await fac.until('public', (p) => p.timer.status === 'paused');
    expect(paused.timer.remainingMs).toBe(30_000);

    // Paused: ten minutes pass and nothing moves.
    clock += 600_000;
    expect(room.tick()).toBe(false);
    expect(room.publicInfo().timer).toMatchObject({ status: 'paused', remainingMs: 30_000 });
    expect(room.publicInfo().phase).toBe('orders');

    fac.room.send('timer', { action: 'resume' });
    await fac.until('public', (p) => p.timer.status === 'running');
    clock += 29_999;
    expect(room.tick()).toBe(false);
    expect(room.publicInfo().timer.remainingMs).toBe(1);
    clock += 1;
    expect(room.tick()).toBe(true);
    const revealed = await fac.until('public', (p) => p.phase === 'reveal');
    expect(revealed.timer.status).toBe('off');
    let subs = submissions(room.record() as GameRecord, 0);
    // The teams that had not sealed passed (empty orders, no bot's rationale); the typed draft was not sealed.
    for (const id of ['meta', 'google']) {
      expect(subs.get(id)?.orders).toEqual(emptyOrders());
      expect((room.record() as GameRecord).rationales?.[String(subs.get(id)?.index)]).toBeUndefined();
    }
    // A tick after the quarter resolved does nothing.
    clock += 60_000;
    expect(room.tick()).toBe(false);

    fac.room.send('revealed', { quarter: 0 });
    fac.room.send('continue', { quarter: 0 });
    await fac.until('public', (p) => p.quarter === 1 && p.phase === 'orders');

    // Quarter 2: started with "pass", then the facilitator changes the choice to a bot while it runs; nobody seals.
    fac.room.send('timer', { action: 'start', seconds: 10, missing: 'pass' });
    await fac.until('public', (p) => p.quarter === 1 && p.timer.status === 'running' && p.timer.missing === 'pass');
    fac.room.send('timer', { action: 'missing', missing: 'bot' });
    await fac.until('public', (p) => p.quarter === 1 && p.timer.status === 'running' && p.timer.missing === 'bot');
    clock += 9_999;
    expect(room.tick()).toBe(false);
    clock += 1;
    expect(room.tick()).toBe(true);
    await fac.until('public', (p) => p.quarter === 1 && p.phase === 'reveal');
    subs = submissions(room.record() as GameRecord, 1);
    for (const id of ['microsoft', 'meta', 'google']) {
      // A bot played: its orders carry the bot's reasons in the record.
      expect(subs.has(id)).toBe(true);
      expect((room.record() as GameRecord).rationales?.[String(subs.get(id)?.index)]).toBeDefined();
    }
    expect(room.botProblems).toEqual([]);

    // Only the facilitator sets the timer, and only while orders are open.
    a.room.send('timer', { action: 'start', seconds: 60 });
    await a.until('error', (m) => m.code === 'FORBIDDEN');
    fac.room.send('timer', { action: 'start', seconds: 60 });
    expect((await fac.until('error')).message).toMatch(/while orders are open/);
    for (const c of [fac, a, b]) await c.room.leave();
  });

  it('survives a restart: a paused timer keeps its time left, and one that ran out while down resolves', async () => {
    const first = await startServer({ now, timerTickMs: 0 });
    const one = await createGame(first.url, { scenarioId: 'classroom-sprint', seed: 'timer-r1', seats: SEATS });
    const two = await createGame(first.url, { scenarioId: 'classroom-sprint', seed: 'timer-r2', seats: SEATS });
    const f1 = await connect(first.url, one.code, { role: 'facilitator', token: one.token });
    const f2 = await connect(first.url, two.code, { role: 'facilitator', token: two.token });
    f1.room.send('timer', { action: 'start', seconds: 120, missing: 'pass' });
    await f1.until('public', (p) => p.timer.status === 'running');
    clock += 45_000;
    f1.room.send('timer', { action: 'pause' });
    await f1.until('public', (p) => p.timer.status === 'paused');
    f2.room.send('timer', { action: 'start', seconds: 60, missing: 'pass' });
    await f2.until('public', (p) => p.timer.status === 'running');
    await f1.room.leave();
    await f2.room.leave();
    await first.stop();

    // Down for two minutes: game two's timer ran out meanwhile; game one's stayed paused.
    clock += 120_000;
    const second = await startServer({ dataDir: first.dataDir, now, timerTickMs: 0 });
    try {
      expect(second.server.resumed).toEqual(expect.arrayContaining([one.code, two.code]));
      const g1 = new ColyseusTestServer(second.server.colyseus).getRoomById(one.code) as unknown as ClassRoom;
      const g2 = new ColyseusTestServer(second.server.colyseus).getRoomById(two.code) as unknown as ClassRoom;
      expect(g1.publicInfo()).toMatchObject({ phase: 'orders', timer: { status: 'paused', remainingMs: 75_000, totalMs: 120_000, missing: 'pass' } });
      expect(g2.publicInfo().phase).toBe('reveal');
      expect(submissions(g2.record() as GameRecord, 0).get('microsoft')?.orders).toEqual(emptyOrders());

      const f = await connect(second.url, one.code, { role: 'facilitator', token: one.token });
      f.room.send('timer', { action: 'resume' });
      await f.until('public', (p) => p.timer.status === 'running');
      clock += 75_000;
      expect(g1.tick()).toBe(true);
      await f.until('public', (p) => p.phase === 'reveal');
      await f.room.leave();
    } finally {
      await second.stop();
    }
  });
});
