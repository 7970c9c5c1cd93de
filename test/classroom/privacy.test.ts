/**
 * Privacy: every websocket frame each client receives is recorded (at the socket, before Colyseus decodes it),
 * and none carries another team's orders (typed or sealed) before the quarter is revealed. After the reveal
 * the same search finds them (the bids are public then), which shows the search can find what it looks for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { emptyOrders, type Orders } from '../../src/engine';
import { connect, createGame, startServer, type Running, type Seen } from './helpers';

// Every frame any client socket in this process receives, by socket.
const frames = new Map<WebSocket, Uint8Array[]>();
const originalEmit = WebSocket.prototype.emit;
WebSocket.prototype.emit = function (this: WebSocket, event: string | symbol, ...args: unknown[]): boolean {
  if (event === 'message') {
    const data = args[0];
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : Buffer.isBuffer(data) ? new Uint8Array(data) : new TextEncoder().encode(String(data));
    const list = frames.get(this) ?? [];
    list.push(bytes.slice());
    frames.set(this, list);
  }
  return originalEmit.call(this, event, ...args);
} as typeof WebSocket.prototype.emit;

const TEAMS = ['microsoft', 'meta', 'google'] as const;
/** Each team's marker quantity: above 65535, so msgpack writes it as 0xce and four big-endian bytes. */
const QTY: Record<string, number> = { microsoft: 70_001, meta: 70_002, google: 70_003 };
const PRICE: Record<string, number> = { microsoft: 20_011, meta: 20_012, google: 20_013 };
const ordersOf = (id: string): Orders => ({ ...emptyOrders(), bids: [{ sku: 'H100', quantity: QTY[id] as number, maxPrice: PRICE[id] as number }] });

function marker(q: number): Uint8Array {
  return new Uint8Array([0xce, (q >>> 24) & 255, (q >>> 16) & 255, (q >>> 8) & 255, q & 255]);
}
function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
function socketOf(s: Seen): WebSocket {
  return (s.room.connection as unknown as { transport: { ws: WebSocket } }).transport.ws;
}
/** The teams whose marker shows in anything this client received (raw frames and decoded messages). */
function markersSeen(s: Seen): string[] {
  const raw = frames.get(socketOf(s)) ?? [];
  const decoded = JSON.stringify(s.messages);
  return TEAMS.filter((id) => raw.some((f) => contains(f, marker(QTY[id] as number))) || decoded.includes(`"quantity":${QTY[id]}`));
}

let run: Running;
beforeAll(async () => {
  run = await startServer();
});
afterAll(async () => {
  await run.stop();
  WebSocket.prototype.emit = originalEmit;
});

describe('classroom privacy', () => {
  it('no client receives another team\'s typed or sealed orders before the reveal', async () => {
    const { code, token } = await createGame(run.url, {
      scenarioId: 'classroom-sprint',
      seed: 'privacy-1',
      seats: [...TEAMS.map((playerId) => ({ playerId, kind: 'team' as const })), { playerId: 'bytedance', kind: 'bot' as const, level: 'easy' as const }],
    });
    const fac = await connect(run.url, code, { role: 'facilitator', token });
    const teams: Record<string, Seen> = {};
    for (const id of TEAMS) {
      const t = await connect(run.url, code, { role: 'team' });
      t.room.send('claim', { playerId: id, teamName: `Team ${id}` });
      await t.until('seat');
      teams[id] = t;
    }
    // Typed orders (kept on the server), then sealed by two of three teams; a reload in between.
    for (const id of TEAMS) teams[id]?.room.send('draft', { orders: ordersOf(id) });
    teams.microsoft?.room.send('seal', { orders: ordersOf('microsoft') });
    teams.meta?.room.send('seal', { orders: ordersOf('meta') });
    await fac.until('public', (p) => p.seats.filter((s) => s.sealed).length === 3);
    await teams.google?.until('public', (p) => p.seats.filter((s) => s.sealed).length === 3);

    for (const id of TEAMS) {
      const t = teams[id] as Seen;
      expect(t.messages.length).toBeGreaterThan(3);
      expect(markersSeen(t), `what ${id} received before the reveal`).toEqual(id === 'google' ? [] : [id]);
    }
    expect(markersSeen(fac), 'what the facilitator received before the reveal').toEqual([]);

    teams.google?.room.send('seal', { orders: ordersOf('google') });
    await fac.until('public', (p) => p.phase === 'reveal');
    await teams.microsoft?.until('view', (v) => v.view.phase === 'reveal');
    // After the reveal the bids are public: the same search finds every team's.
    expect(markersSeen(teams.microsoft as Seen)).toEqual([...TEAMS]);
    for (const s of [fac, ...Object.values(teams)]) await s.room.leave();
  });
});
