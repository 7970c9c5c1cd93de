import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { botOrders, botRng } from '../../src/ai';
import { BotScriptError, scriptedOrders } from '../../src/ai/script';
import { parseSeat, parseSeats, CliError } from '../../src/cli/args';
import { loadBotFile, playSeats, seatDeciders } from '../../src/cli/bot-file';
import { loadScenario } from '../../src/cli/load';
import { simulateGame } from '../../src/cli/simulate';
import { formatSummary, loadScripts, playTournamentGame, summarise, type SeatWord } from '../../src/cli/tournament';
import { measurePar } from '../../src/cli/par';
import { createGame, finalStandings, normalizeOrders, validateOrders, type Orders } from '../../src/engine';
import { makeScenario } from '../helpers/scenario';

const BOTS = 'test/fixtures/bots';
const BASE = 'scenarios/2024-hopper-scramble.json';

describe('bot files: loading and errors', () => {
  it('a syntax error is a load error naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpurace-bot-'));
    const file = join(dir, 'broken.mjs');
    writeFileSync(file, 'export default function decide(view, ctx) {\n  return { bids: [ };\n}\n');
    await expect(loadBotFile(file)).rejects.toThrow(BotScriptError);
    await expect(loadBotFile(file)).rejects.toThrow(`bot file ${file} failed to load`);
  });

  it('a missing file and a file without a default export are errors naming the file', async () => {
    await expect(loadBotFile(`${BOTS}/nope.mjs`)).rejects.toThrow(`bot file ${BOTS}/nope.mjs: not found`);
    await expect(loadBotFile(`${BOTS}/no-default.mjs`)).rejects.toThrow(`bot file ${BOTS}/no-default.mjs must have a default export decide(view, ctx)`);
  });

  it('decide throwing is an error naming the file, the seat and the quarter', async () => {
    const decide = await loadBotFile(`${BOTS}/throws.mjs`);
    const state = createGame(makeScenario(), 'x');
    expect(() => scriptedOrders(state, 'alpha', decide, `${BOTS}/throws.mjs`)).toThrow(`${BOTS}/throws.mjs (seat alpha, quarter 1): decide threw: out of ideas`);
  });

  it('a return that is not Orders is an error naming the file and what is wrong', async () => {
    const decide = await loadBotFile(`${BOTS}/garbage.mjs`);
    const state = createGame(makeScenario(), 'x');
    let message = '';
    try {
      scriptedOrders(state, 'beta', decide, `${BOTS}/garbage.mjs`);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(`${BOTS}/garbage.mjs (seat beta, quarter 1): decide did not return Orders: orders.bids`);
    expect(message).toContain('"lots"');
    for (const bad of [undefined, 7, 'pass', [1, 2], { partnership: 3 }]) {
      expect(() => scriptedOrders(state, 'beta', () => bad, 'inline.mjs')).toThrow(/inline\.mjs \(seat beta, quarter 1\): decide did not return Orders/);
    }
    expect(() => scriptedOrders(state, 'beta', () => Promise.resolve({}), 'async.mjs')).toThrow(/returned a Promise/);
  });

  it('missing fields take the engine defaults; unknown extra fields are kept for the engine', () => {
    const state = createGame(makeScenario(), 'x');
    const o = scriptedOrders(state, 'alpha', () => ({ powerBuild: 3, futureField: { a: 1 } }), 'partial.mjs');
    expect(o).toMatchObject({ bids: [], siliconInvestment: 0, customOrder: 0, powerBuild: 3, greyMarket: [], partnership: null });
    expect((o as unknown as Record<string, unknown>).futureField).toEqual({ a: 1 });
  });

  it('an illegal order is rejected by the engine as for a human: counted, the seat passes, the message names the file', async () => {
    const sc = makeScenario();
    const seats = [parseSeat(`file:${BOTS}/illegal.mjs`), parseSeat('normal'), parseSeat('normal')];
    const played = playSeats(sc, 'illegal', seats, await seatDeciders(seats), { record: false });
    expect(played.rejected.length).toBe(sc.quarters);
    expect(played.rejections.every((r) => r.playerId === 'alpha')).toBe(true);
    expect(played.rejections[0]?.message).toBe(`file:${BOTS}/illegal.mjs (seat alpha, quarter 1): orders rejected, the seat passes: unknown SKU "no-such-chip"`);
    // The seat passed every quarter: the engine holds empty orders for it and it bought nothing.
    for (const h of played.state.history) expect(h.orders.find((o) => o.playerId === 'alpha')?.orders.bids).toEqual([]);
    expect(Object.values(played.state.players[0]?.totals.bought ?? {}).reduce((a, b) => a + b, 0)).toBe(0);
  });
});

describe('bot API: what a strategy sees', () => {
  it('gets a copy of its own view, its seat stream derived as the built-in bots derive theirs, and the scenario', async () => {
    const mod = (await import('../fixtures/bots/recorder.mjs')) as { seen: { me: string; quarter: number; draw: number; scenario: string; rivals: number; hasCash: boolean }[] };
    const decide = await loadBotFile(`${BOTS}/recorder.mjs`);
    const sc = makeScenario();
    const state = createGame(sc, 'seen');
    const cash = state.players[1]?.cash;
    scriptedOrders(state, 'beta', decide, 'recorder.mjs');
    const got = mod.seen.at(-1);
    expect(got).toEqual({ me: 'beta', quarter: 0, draw: botRng('seen', 'beta', 0).next(), scenario: sc.id, rivals: sc.companies.length - 1, hasCash: false });
    // The strategy set view.me.cash = 0 on its copy; the game is untouched.
    expect(state.players[1]?.cash).toBe(cash);
  });
});

describe('bot API: helpers', () => {
  it('helpers.bot gives the built-in bot\'s orders for the seat (a copy), and legal() keeps orders within the engine\'s limits', () => {
    const sc = loadScenario(BASE);
    const state = createGame(sc, 'helpers');
    let fromHelper: unknown = null;
    let clamped: unknown = null;
    scriptedOrders(
      state,
      'meta',
      (_view, ctx) => {
        const c = ctx as { helpers: { bot(level?: string): { bids: unknown[] }; legal(o: unknown): unknown; empty(): { powerBuild: number; customOrder: number } } };
        fromHelper = c.helpers.bot('normal');
        c.helpers.bot('normal').bids.length = 0;
        const huge = { ...c.helpers.empty(), powerBuild: 5e12, customOrder: 1e15 };
        clamped = c.helpers.legal(huge);
        return c.helpers.empty();
      },
      'helpers.mjs',
    );
    expect(fromHelper).toEqual(botOrders(state, 'meta', 'normal').orders);
    expect((fromHelper as { bids: unknown[] }).bids.length).toBeGreaterThan(0);
    expect(validateOrders(state, 'meta', clamped as Orders)).toBeNull();
    expect(normalizeOrders(clamped).ok).toBe(true);
  });
});

describe('seat lists', () => {
  it('parses levels and file seats, and says what is wrong', () => {
    expect(parseSeats('hard,normal,file:strategies/never-bid.mjs', 3).map((s) => s.label)).toEqual(['hard', 'normal', 'file:strategies/never-bid.mjs']);
    expect(() => parseSeats('hard,normal', 3)).toThrow('--seats lists 2 seats but the scenario has 3 companies');
    expect(() => parseSeat('expert')).toThrow(CliError);
    expect(() => parseSeat('file:')).toThrow(/needs a path/);
  });
});

describe('strategies/', () => {
  it('a scripted strategy plays a whole game through simulate, legal every quarter', async () => {
    const sc = loadScenario(BASE);
    const seats = parseSeats('normal,normal,normal,file:strategies/sensible-buyer.mjs,normal,normal', sc.companies.length);
    const played = await simulateGame(sc, '7', seats);
    expect(played.state.phase).toBe('gameOver');
    expect(played.state.history.length).toBe(sc.quarters);
    expect(played.rejections).toEqual([]);
    // It played: bought chips and built power.
    const amazon = played.state.players[3];
    expect(Object.values(amazon?.totals.bought ?? {}).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(amazon?.powerMw).toBeGreaterThan(sc.companies[3]?.powerMw ?? 0);
    expect(finalStandings(played.state).some((s) => s.playerId === 'amazon')).toBe(true);
    // The record names the file as the seat's player.
    expect(played.record.seats[3]?.level).toBe('file:strategies/sensible-buyer.mjs');
    // Same seed, same game.
    const again = await simulateGame(sc, '7', seats);
    expect(again.state.history.at(-1)?.stateHash).toBe(played.state.history.at(-1)?.stateHash);
  });
});

describe('docs/bot-api.md', () => {
  it('the complete example bot plays a whole game without a rejected order', async () => {
    const text = readFileSync('docs/bot-api.md', 'utf8');
    const example = /## A complete example[\s\S]*?```js\n([\s\S]*?)```/.exec(text)?.[1];
    expect(example).toContain('export default function decide');
    const dir = mkdtempSync(join(tmpdir(), 'gpurace-doc-bot-'));
    const file = join(dir, 'my-bot.mjs');
    writeFileSync(file, example ?? '');
    const sc = loadScenario(BASE);
    const seats = parseSeats(`normal,normal,normal,file:${file},normal,normal`, sc.companies.length);
    const played = await simulateGame(sc, '1', seats);
    expect(played.rejections).toEqual([]);
    expect(played.state.history[0]?.orders[3]?.orders.bids.length).toBeGreaterThan(0);
  });
});

describe('tournament and par take file seats', () => {
  it('a tournament game seats a strategy file like a level and the summary reports it by its seat word', async () => {
    const sc = makeScenario();
    const seats: SeatWord[] = ['normal', 'file:strategies/never-bid.mjs', 'easy'];
    const scripts = await loadScripts(seats);
    const results = [0, 1, 2].map((g) => playTournamentGame(sc, seats, 'files', g, undefined, scripts));
    for (const r of results) expect(r.rejected).toBe(0);
    const summary = summarise(sc, seats, results);
    expect(summary.byLevel['file:strategies/never-bid.mjs']?.n).toBe(3);
    expect(formatSummary(summary)).toContain('file:strategies/never-bid.mjs');
    expect(() => playTournamentGame(sc, seats, 'files', 0)).toThrow('file:strategies/never-bid.mjs was not loaded');
  });

  it('par measured in another field uses the given seats', async () => {
    const sc = makeScenario();
    const normal = measurePar(sc, 2, 'p');
    const withPasser = measurePar(sc, 2, 'p', await seatDeciders(parseSeats('file:strategies/never-bid.mjs,normal,normal', 3)));
    // The seat that passes every quarter scores below the normal bot's par in the same games.
    expect(withPasser[0]?.par.at(-1)).toBeLessThan(normal[0]?.par.at(-1) ?? 0);
  });
});
