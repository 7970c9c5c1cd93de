/**
 * The class room headless, with Colyseus's testing tools (@colyseus/testing): create, join by code, seats,
 * the facilitator's controls, message checks, reconnecting with the seat token, resuming from the log after a
 * restart, and a finished game's record verifying with the replay verifier.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ColyseusTestServer } from '@colyseus/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyOrders } from '../../src/engine';
import { verifyRecord } from '../../src/replay/verify';
import { parseRecordText } from '../../src/replay/parse';
import type { GameRecord } from '../../src/replay/record';
import type { ClassRoom } from '../../src/server/class-room';
import { loadScenarios } from '../../src/server/server';
import { connect, createGame, startServer, type Running } from './helpers';

const SEATS = [
  { playerId: 'microsoft', kind: 'team' as const },
  { playerId: 'meta', kind: 'team' as const },
  { playerId: 'google', kind: 'team' as const },
  { playerId: 'bytedance', kind: 'bot' as const, level: 'easy' as const },
];

let run: Running;
let colyseus: ColyseusTestServer;

beforeAll(async () => {
  run = await startServer({ limits: { badCodes: 3, creates: 20, windowMs: 60_000 } });
  (run.server.colyseus as unknown as { port: number }).port = run.port;
  colyseus = new ColyseusTestServer(run.server.colyseus);
});
afterAll(async () => {
  await run.stop();
});

describe('class room', () => {
  it('plays a class game: seats by code, sealed flags, facilitator controls, reconnect, a record that verifies', async () => {
    const { code, token } = await createGame(run.url, { scenarioId: 'classroom-sprint', seed: 'room-1', seats: SEATS });
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    const room = colyseus.getRoomById(code) as unknown as ClassRoom;
    expect(room.code).toBe(code);

    await expect(connect(run.url, code, { role: 'facilitator', token: '0'.repeat(32) })).rejects.toThrow(/facilitator token/);
    const fac = await connect(run.url, code, { role: 'facilitator', token });
    await fac.until('facilitator');

    const a = await connect(run.url, code, { role: 'team' });
    const b = await connect(run.url, code, { role: 'team' });
    a.room.send('claim', { playerId: 'microsoft', teamName: 'Team Azure' });
    const seatA = await a.until('seat');
    expect(seatA.playerId).toBe('microsoft');
    b.room.send('claim', { playerId: 'microsoft', teamName: 'Thieves' });
    expect((await b.until('error')).message).toMatch(/taken/);
    b.room.send('claim', { playerId: 'bytedance', teamName: 'Bots' });
    expect((await b.until('error', (m) => /bot/.test(m.message))).message).toMatch(/played by a bot/);
    b.room.send('claim', { playerId: 'meta', teamName: 'Llamas' });
    await b.until('seat');

    // Only the facilitator steers; messages are checked.
    a.room.send('timer', { action: 'start', seconds: 60 });
    expect((await a.until('error', (m) => m.code === 'FORBIDDEN')).message).toMatch(/only the facilitator/);
    a.room.send('seal', { orders: { bids: 'lots' } });
    expect((await a.until('error', (m) => m.code === 'MALFORMED')).message).toMatch(/bids/);
    a.room.send('seal', { orders: { ...emptyOrders(), bids: Array.from({ length: 33 }, () => ({ sku: 'h100', quantity: 1, maxPrice: 1 })) } });
    await a.until('error', (m) => m.code === 'MALFORMED' && /bids/.test(m.message));
    a.room.send('draft', { orders: { ...emptyOrders(), powerBuild: 0, siliconInvestment: 1000 } });

    // The bot has sealed; a team that seals shows as sealed to everyone.
    fac.room.send('timer', { action: 'start', seconds: 120 });
    await fac.until('public', (p) => p.timer.status === 'running' && p.seats.find((s) => s.playerId === 'bytedance')?.sealed === true);
    a.room.send('seal', { orders: emptyOrders() });
    await b.until('public', (p) => p.seats.find((s) => s.playerId === 'microsoft')?.sealed === true);

    // Team A reloads: a new connection with its seat token gets the seat and its typed orders back.
    await a.room.leave();
    const a2 = await connect(run.url, code, { role: 'team', seatToken: seatA.seatToken });
    a2.room.send('unseal', {});
    await a2.until('view', (v) => v.view.myOrders === null && v.view.me.id === 'microsoft');
    a2.room.send('seal', { orders: emptyOrders() });
    await a2.until('view', (v) => v.view.myOrders !== null);

    // Pause freezes the quarter; the facilitator hands google to a bot and resolves with a bot for meta.
    fac.room.send('timer', { action: 'pause' });
    const paused = await fac.until('public', (p) => p.timer.status === 'paused');
    fac.room.send('seat', { playerId: 'google', to: 'bot', level: 'easy' });
    await fac.until('public', (p) => p.seats.find((s) => s.playerId === 'google')?.kind === 'bot' && p.seats.find((s) => s.playerId === 'google')?.sealed === true);
    await new Promise((r) => setTimeout(r, 50));
    expect(fac.last('public')?.timer.remainingMs).toBe(paused.timer.remainingMs);
    expect(fac.last('public')?.phase).toBe('orders');
    fac.room.send('resolve', { missing: 'bot' });
    await fac.until('public', (p) => p.phase === 'reveal');

    // Continue only after the reveal was shown.
    fac.room.send('continue', { quarter: 0 });
    expect((await fac.until('error')).message).toMatch(/reveal first/);
    fac.room.send('revealed', { quarter: 0 });
    await fac.until('record');
    fac.room.send('continue', { quarter: 0 });
    await fac.until('public', (p) => p.quarter === 1 && p.phase === 'orders');

    // The rest of the game: the teams pass, the facilitator continues.
    for (let q = 1; q < 4; q++) {
      a2.room.send('seal', { orders: emptyOrders() });
      b.room.send('seal', { orders: emptyOrders() });
      await fac.until('public', (p) => p.quarter === q && p.phase === 'reveal');
      fac.room.send('revealed', { quarter: q });
      fac.room.send('continue', { quarter: q });
      await fac.until('public', (p) => p.quarter === q + (q === 3 ? 0 : 1) && p.phase === (q === 3 ? 'gameOver' : 'orders'));
    }
    const { record } = await b.until('record');
    const scenario = loadScenarios('scenarios').get('classroom-sprint');
    if (!scenario) throw new Error('no scenario');
    const v = verifyRecord(record as GameRecord, scenario);
    expect(v.ok).toBe(true);
    // The normal record format: a file of it opens like any game's.
    const parsed = parseRecordText(JSON.stringify(record), 'class.gpurace.json');
    expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
    expect((record as GameRecord).seats.find((s) => s.playerId === 'google')?.kind).toBe('bot');
    // The teams' names are in the record (an optional seat field), and the parsed file keeps them.
    expect((record as GameRecord).seats.map((s) => s.teamName ?? null)).toEqual(['Team Azure', 'Llamas', null, null]);
    expect(parsed.ok && parsed.record.seats[0]?.teamName).toBe('Team Azure');
    expect(room.botProblems).toEqual([]);

    // The log is JSON lines, the first its creation, with no token in it.
    const log = readFileSync(join(run.dataDir, `${code}.jsonl`), 'utf8');
    expect(log.split('\n')[0]).toContain('"t":"create"');
    expect(log).not.toContain(token);
    expect(log).not.toContain(seatA.seatToken);
    for (const c of [fac, a2, b]) await c.room.leave();
  });

  it('the facilitator injects an event from the deck; teams see it in their news, and may not inject one', async () => {
    const ids = ['microsoft', 'meta', 'google', 'amazon', 'bytedance', 'tencent'];
    const { code, token } = await createGame(run.url, { scenarioId: '2024-hopper-scramble', seed: 'room-inject', seats: ids.map((playerId, i) => (i === 0 ? { playerId, kind: 'team' as const } : { playerId, kind: 'bot' as const, level: 'easy' as const })) });
    const fac = await connect(run.url, code, { role: 'facilitator', token });
    const t = await connect(run.url, code, { role: 'team' });
    t.room.send('claim', { playerId: 'microsoft', teamName: 'Inject' });
    await t.until('seat');
    t.room.send('inject', { cardId: 'grid-delay' });
    await t.until('error', (m) => m.code === 'FORBIDDEN');
    fac.room.send('inject', { cardId: 'no-such-card' });
    expect((await fac.until('error')).message).toMatch(/no-such-card/);
    fac.room.send('inject', { cardId: 'grid-delay' });
    const v = await t.until('view', (x) => x.view.news.some((n) => n.eventId === 'grid-delay' && n.kind === 'injected'));
    expect(v.view.quarter).toBe(0);
    await t.room.leave();
    await fac.room.leave();
  });

  it('a team may change its sealed orders three times a quarter (so the record stays within its caps)', async () => {
    const { code } = await createGame(run.url, { scenarioId: 'classroom-sprint', seed: 'room-unseal', seats: SEATS });
    const t = await connect(run.url, code, { role: 'team' });
    t.room.send('claim', { playerId: 'meta', teamName: 'Changers' });
    await t.until('seat');
    const empty = { bids: [], siliconInvestment: 0, customOrder: 0, powerBuild: 0, greyMarket: [], partnership: null };
    for (let i = 0; i < 3; i++) {
      t.room.send('seal', { orders: empty });
      await t.until('view', (v) => v.view.myOrders !== null);
      t.room.send('unseal', {});
      await t.until('view', (v) => v.view.myOrders === null);
    }
    t.room.send('seal', { orders: empty });
    await t.until('view', (v) => v.view.myOrders !== null);
    t.room.send('unseal', {});
    expect((await t.until('error')).message).toMatch(/at most 3 times a quarter/);
    await t.room.leave();
  });

  it('tells a flooding connection to slow down, and serves no file outside the build', async () => {
    const { code } = await createGame(run.url, { scenarioId: 'classroom-sprint', seed: 'room-3', seats: SEATS });
    const t = await connect(run.url, code, { role: 'team' });
    for (let i = 0; i < 60; i++) t.room.send('unseal', {});
    const rate = await t.until('error', (m) => m.code === 'RATE');
    expect(rate.message).toMatch(/slow down/);
    await t.room.leave();
    // The build sits in <tmp>/dist next to <tmp>/secret.txt; fetch itself resolves plain and %2e dot segments,
    // so an encoded slash is what reaches the server as a way out.
    for (const path of ['/..%2fsecret.txt', '/..%2f..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const res = await fetch(`${run.url}${path}`);
      expect(await res.text(), path).not.toContain('TOP-SECRET');
    }
    expect(await (await fetch(`${run.url}/index.html`)).text()).toContain('gpurace-classroom');
  });

  it('finds games by code only, and makes an address wait after a few wrong codes', async () => {
    const { code } = await createGame(run.url, { scenarioId: 'classroom-sprint', seed: 'room-2', seats: SEATS });
    const post = (path: string): Promise<Response> => fetch(`${run.url}${path}`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect((await post('/matchmake/joinOrCreate/class')).status).toBe(403);
    expect((await post('/matchmake/create/class')).status).toBe(403);
    expect((await post('/matchmake/join/class')).status).toBe(403);
    for (let i = 0; i < 3; i++) await expect(connect(run.url, 'ZZZZZZZZ', { role: 'team' })).rejects.toThrow(/no class game/);
    await expect(connect(run.url, 'YYYYYYYY', { role: 'team' })).rejects.toThrow(/too many wrong codes/);
    // Even the right code waits now (the address is limited, not the code).
    await expect(connect(run.url, code, { role: 'team' })).rejects.toThrow(/too many wrong codes/);
  });

  it('refuses a bad creation request with the reason', async () => {
    await expect(createGame(run.url, { scenarioId: 'classroom-sprint', seed: 's', seats: SEATS.slice(0, 2) })).rejects.toThrow(/each company/);
    await expect(createGame(run.url, { scenarioId: 'nope', seed: 's', seats: SEATS })).rejects.toThrow(/no scenario/);
    const res = await fetch(`${run.url}/classroom/create`, { method: 'POST', body: 'x'.repeat(20_000) });
    expect(res.status).toBe(413);
  });
});

describe('restart', () => {
  it('resumes every game from its log where it was, seats and all', async () => {
    const first = await startServer();
    const { code, token } = await createGame(first.url, { scenarioId: 'classroom-sprint', seed: 'restart-1', seats: SEATS });
    const fac = await connect(first.url, code, { role: 'facilitator', token });
    const t = await connect(first.url, code, { role: 'team' });
    t.room.send('claim', { playerId: 'google', teamName: 'Gemini' });
    const seat = await t.until('seat');
    fac.room.send('resolve', { missing: 'pass' });
    await fac.until('public', (p) => p.phase === 'reveal');
    fac.room.send('revealed', { quarter: 0 });
    fac.room.send('continue', { quarter: 0 });
    await fac.until('public', (p) => p.quarter === 1);
    const before = JSON.stringify(fac.last('public')?.seats.map((s) => ({ ...s, connected: false })));
    await first.stop();

    const second = await startServer({ dataDir: first.dataDir });
    try {
      expect(second.server.resumed).toContain(code);
      const back = await connect(second.url, code, { role: 'team', seatToken: seat.seatToken });
      const v = await back.until('view');
      expect(v.view.me.id).toBe('google');
      expect(v.view.quarter).toBe(1);
      expect(v.view.history).toHaveLength(1);
      const fac2 = await connect(second.url, code, { role: 'facilitator', token });
      const pub = await fac2.until('public', (p) => p.seats.some((s) => s.connected));
      expect(JSON.stringify(pub.seats.map((s) => ({ ...s, connected: false })))).toBe(before);
      expect(pub.revealedQuarter).toBe(0);
      await back.room.leave();
      await fac2.room.leave();
    } finally {
      await second.stop();
    }
  });
});
