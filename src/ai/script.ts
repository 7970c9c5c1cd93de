/**
 * The scripted-bot API: a strategy is a function `decide(view, ctx)` that returns the Orders a human would
 * submit, given only its seat's view of the game and a context with its own seeded stream and a few helpers.
 * This module is pure (no I/O): loading a strategy from a file lives in src/cli/bot-file.ts.
 * See docs/bot-api.md.
 */
import { z } from '../zod';
import { emptyOrders, viewFor, type GameState, type Orders, type PlayerView, type Rng, type Scenario } from '../engine';
import { botRng } from './baseline';
import { decideLevel } from './level';
import { seatHelpers, type SeatHelpers } from './helpers';
import { BOT_LEVELS, type BotLevel } from './types';

export { LIMITS, clampToLimits, type SeatHelpers } from './helpers';

/** The helpers a strategy gets: the seat's helpers (src/ai/helpers.ts) and the built-in bots. */
export interface BotHelpers extends SeatHelpers {
  /**
   * What a built-in bot of that level would order in this seat this quarter (from the same view, with the
   * seat's own stream): a base to modify ("the normal bot, but bidding 1.5× its prices"). A fresh copy each
   * call. `iterations` is the hard bot's search size (default the bot's own).
   */
  bot(level?: BotLevel, iterations?: number): Orders;
}

/** What a strategy gets besides its view. */
export interface BotContext {
  /** This seat's own seeded stream for this quarter (derived like the built-in bots': botRng). */
  rng: Rng;
  /** The scenario's public data (the same object as view.scenario). */
  scenario: Scenario;
  /** This seat's company id. */
  me: string;
  /** The quarter being decided (0-based). */
  quarter: number;
  helpers: BotHelpers;
}

/** A scripted strategy's entry point. */
export type ScriptedDecide = (view: PlayerView, ctx: BotContext) => unknown;

/** An error in a scripted strategy: the message names the strategy (its file) and, once playing, the seat and quarter. */
export class BotScriptError extends Error {}

function helpersFor(view: PlayerView, seed: string): BotHelpers {
  return {
    ...seatHelpers(view),
    bot: (level = 'normal', iterations) => {
      if (!(BOT_LEVELS as readonly string[]).includes(level)) throw new Error(`helpers.bot: unknown level "${String(level)}" (use ${BOT_LEVELS.join(', ')})`);
      return structuredClone(decideLevel(structuredClone(view), seed, level, iterations === undefined ? {} : { iterations }).orders);
    },
  };
}

/** The context of a seat's decision: its stream comes from the game seed, the seat and the quarter (botRng). */
export function botContext(view: PlayerView, seed: string): BotContext {
  return { rng: botRng(seed, view.me.id, view.quarter), scenario: view.scenario, me: view.me.id, quarter: view.quarter, helpers: helpersFor(view, seed) };
}

const amount = z.number();
const list = <T extends z.ZodType>(item: T) => z.array(item).optional();
/**
 * The shape a strategy's return must have: an object with the Orders fields (each optional: missing fields
 * take the engine's defaults; unknown fields are kept for the engine, which may know them). The engine then
 * checks limits and rules exactly as for a human's orders.
 */
export const scriptedOrdersSchema = z.looseObject({
  bids: list(z.looseObject({ sku: z.string(), quantity: amount, maxPrice: amount })),
  siliconInvestment: amount.optional(),
  customOrder: amount.optional(),
  powerBuild: amount.optional(),
  powerFast: amount.optional(),
  greyMarket: list(z.looseObject({ sku: z.string(), quantity: amount })),
  partnership: z.string().nullable().optional(),
});

function where(label: string, playerId: string, quarter: number): string {
  return `${label} (seat ${playerId}, quarter ${quarter + 1})`;
}

/**
 * A seat's orders from a scripted strategy: builds its view (a copy: the strategy cannot touch the game) and
 * context, calls it, and checks that the answer has the shape of Orders. Throws BotScriptError naming `label`,
 * the seat and the quarter if the strategy throws or returns something else. The rules are the engine's to
 * check when the orders are submitted.
 */
export function scriptedOrders(state: GameState, playerId: string, script: ScriptedDecide, label: string): Orders {
  const live = viewFor(state, playerId);
  if (!live) throw new BotScriptError(`${label}: unknown seat "${playerId}"`);
  const view = structuredClone(live);
  let out: unknown;
  try {
    out = script(view, botContext(view, state.seed));
  } catch (e) {
    throw new BotScriptError(`${where(label, playerId, state.quarter)}: decide threw: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (out instanceof Promise) throw new BotScriptError(`${where(label, playerId, state.quarter)}: decide returned a Promise; it must return Orders synchronously`);
  const r = scriptedOrdersSchema.safeParse(out, { jitless: true });
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue && issue.path.length > 0 ? `orders.${issue.path.join('.')}: ` : '';
    throw new BotScriptError(`${where(label, playerId, state.quarter)}: decide did not return Orders: ${path}${issue?.message ?? 'invalid'} (got ${describe(out)})`);
  }
  return { ...emptyOrders(), ...(r.data as Partial<Orders>) };
}

function describe(x: unknown): string {
  if (x === undefined) return 'undefined';
  try {
    const s = JSON.stringify(x);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
  } catch {
    return typeof x;
  }
}
