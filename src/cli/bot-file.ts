/**
 * Scripted bots from files: `file:path.mjs` seats. A bot file is a plain-JS ES module whose default export is
 * `decide(view, ctx)` (docs/bot-api.md). Paths resolve against the cwd; each file is imported once per
 * process (or worker thread). Errors name the file.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { botOrders, type BotOptions } from '../ai';
import { BotScriptError, scriptedOrders, type ScriptedDecide } from '../ai/script';
import { finalStandings, type GameState, type Orders, type Scenario } from '../engine';
import { playGame, type PlayedGame } from '../replay/session';
import type { SeatSpec } from './args';

const loaded = new Map<string, Promise<ScriptedDecide>>();

async function importBot(path: string): Promise<ScriptedDecide> {
  const abs = resolve(process.cwd(), path);
  if (!existsSync(abs)) throw new BotScriptError(`bot file ${path}: not found (looked for ${abs})`);
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(abs).href)) as { default?: unknown };
  } catch (e) {
    throw new BotScriptError(`bot file ${path} failed to load: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof mod.default !== 'function') throw new BotScriptError(`bot file ${path} must have a default export decide(view, ctx); its default export is ${typeof mod.default}`);
  return mod.default as ScriptedDecide;
}

/** The strategy of a bot file, imported once (a failed load is not retried: the same error comes back). */
export function loadBotFile(path: string): Promise<ScriptedDecide> {
  let p = loaded.get(path);
  if (!p) {
    p = importBot(path);
    loaded.set(path, p);
  }
  return p;
}

/** Decides one seat's orders this quarter. */
export type SeatDecide = (state: GameState, playerId: string) => { orders: Orders; rationale?: unknown };

/** The deciders for a list of seats (files are imported here; built-in levels take `opts`, e.g. iterations). */
export async function seatDeciders(seats: readonly SeatSpec[], opts: BotOptions = {}): Promise<SeatDecide[]> {
  return Promise.all(
    seats.map(async (s): Promise<SeatDecide> => {
      if (s.kind === 'level') return (state, playerId) => botOrders(state, playerId, s.level, opts);
      const decide = await loadBotFile(s.path);
      return (state, playerId) => ({ orders: scriptedOrders(state, playerId, decide, s.path) });
    }),
  );
}

/** A rejected order, with who played the seat: `message` names the seat's file (or level), seat and quarter. */
export interface SeatRejection {
  playerId: string;
  quarter: number;
  seat: string;
  message: string;
}

/** A game played by the given seats (scenario order), with the engine's rejections labelled by seat. */
export function playSeats(scenario: Scenario, seed: string, seats: readonly SeatSpec[], deciders: readonly SeatDecide[], opts: { record?: boolean } = {}): PlayedGame & { rejections: SeatRejection[] } {
  const at = new Map(scenario.companies.map((c, i) => [c.id, i]));
  const played = playGame(scenario, seed, (state, playerId) => (deciders[at.get(playerId) ?? -1] as SeatDecide)(state, playerId), {
    ...opts,
    seats: scenario.companies.map((c, i) => ({ playerId: c.id, kind: 'bot' as const, level: seats[i]?.label ?? 'normal' })),
  });
  const rejections = played.rejected.map((r) => {
    const seat = seats[at.get(r.playerId) ?? -1]?.label ?? '?';
    return { ...r, seat, message: `${seat} (seat ${r.playerId}, quarter ${r.quarter + 1}): orders rejected, the seat passes: ${r.message}` };
  });
  return { ...played, rejections };
}

/** Each company's final rank and margin against par (points; score minus par, or the score if the scenario has no par). */
export function seatResults(state: GameState): { playerId: string; rank: number; margin: number; score: number }[] {
  const st = finalStandings(state);
  return state.scenario.companies.map((c) => {
    const s = st.find((x) => x.playerId === c.id);
    return { playerId: c.id, rank: s?.rank ?? state.scenario.companies.length, margin: (s?.margin ?? s?.score ?? 0) / 10, score: (s?.score ?? 0) / 10 };
  });
}
