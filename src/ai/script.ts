/**
 * The scripted-bot API: a strategy is a function `decide(view, ctx)` that returns the Orders a human would
 * submit, given only its seat's view of the game and a context with its own seeded stream and a few helpers.
 * This module is pure (no I/O): loading a strategy from a file lives in src/cli/bot-file.ts.
 * See docs/bot-api.md.
 */
import { z } from '../zod';
import {
  emptyOrders,
  exportStatus,
  MAX_MONEY,
  MAX_MW,
  MAX_PRICE,
  MAX_UNITS,
  mwNeeded,
  ordersSpend,
  runningCosts,
  stateFromView,
  validateOrders,
  viewFor,
  type ActionError,
  type ExportStatus,
  type GameState,
  type Orders,
  type PlayerView,
  type Rng,
  type Scenario,
} from '../engine';
import { botRng, makeLegal } from './baseline';
import { decide } from './bot';
import { BOT_LEVELS, type BotLevel } from './types';
import { stageRemaining } from '../engine/queries';

/** Small helpers so strategies stay short; each answers for this seat in this quarter only. */
export interface BotHelpers {
  /** The engine's limits on one order field: units, price (per unit), money, MW. */
  limits: typeof LIMITS;
  /** Orders that do nothing (the engine's own empty orders, so fields the rules add later are present). */
  empty(): Orders;
  /** How export rules treat a SKU for this seat this quarter. */
  exportStatus(skuId: string): ExportStatus;
  /** List price of a SKU (dollars), 0 if unknown. */
  listPrice(skuId: string): number;
  /** SKUs on sale this quarter that this seat may bid for (supply > 0, export rules allow it). */
  biddable(): Scenario['skus'];
  /** SKUs on sale this quarter that export rules deny this seat (what the grey market trades). */
  denied(): Scenario['skus'];
  /** Cash minus this quarter's running costs: what orders may spend. */
  spendable(): number;
  /** The most the given orders can spend (every bid filled at its max price, grey orders fined...). */
  cost(orders: Orders): number;
  /** Why the engine would reject these orders, or null if it would take them. */
  check(orders: Orders): ActionError | null;
  /**
   * The orders clamped to the engine's limits (LIMITS) and then scaled down until the engine takes them (as
   * the built-in bots do); empty orders at worst.
   */
  legal(orders: Orders): Orders;
  /** Power (MW) a fleet (SKU id -> units) would need, facility overhead included. */
  mwNeeded(fleet: Record<string, number>): number;
  /** Power online and under construction (MW). */
  mwPlanned(): number;
  /** Money still needed to finish the current silicon stage (0 in volume production). */
  siliconStageCost(): number;
  /** Past clearing prices of a SKU, oldest first (only quarters where it sold). */
  clearingPrices(skuId: string): number[];
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

/** The engine's limits on one order field (what `normalizeOrders` accepts). */
export const LIMITS = { units: MAX_UNITS, price: MAX_PRICE, money: MAX_MONEY, mw: MAX_MW } as const;

const clamp = (x: number, max: number) => (Number.isFinite(x) ? Math.max(0, Math.min(max, Math.floor(x))) : 0);

/** Orders with every amount a whole number within the engine's limits (other fields kept as they are). */
export function clampToLimits(orders: Orders): Orders {
  return {
    ...orders,
    bids: orders.bids.map((b) => ({ ...b, quantity: clamp(b.quantity, MAX_UNITS), maxPrice: clamp(b.maxPrice, MAX_PRICE) })),
    greyMarket: orders.greyMarket.map((g) => ({ ...g, quantity: clamp(g.quantity, MAX_UNITS) })),
    siliconInvestment: clamp(orders.siliconInvestment, MAX_MONEY),
    customOrder: clamp(orders.customOrder, MAX_UNITS),
    powerBuild: clamp(orders.powerBuild, MAX_MW),
    powerFast: clamp(orders.powerFast ?? 0, MAX_MW),
  };
}

function helpersFor(view: PlayerView, seed: string): BotHelpers {
  const state = stateFromView(view);
  const me = view.me.id;
  const q = view.quarter;
  const sku = (id: string) => view.scenario.skus.find((s) => s.id === id);
  return {
    limits: LIMITS,
    empty: emptyOrders,
    exportStatus: (skuId) => exportStatus(state, me, skuId),
    listPrice: (skuId) => sku(skuId)?.listPrice ?? 0,
    biddable: () => view.scenario.skus.filter((s) => s.availableFrom <= q && (s.supply[q] ?? 0) > 0 && exportStatus(state, me, s.id).allowed),
    denied: () =>
      view.scenario.skus.filter((s) => {
        const st = exportStatus(state, me, s.id);
        return s.availableFrom <= q && !st.allowed && st.mode !== 'notSold';
      }),
    spendable: () => Math.max(0, view.me.cash - runningCosts(state, me)),
    cost: (orders) => ordersSpend(state, me, orders),
    check: (orders) => validateOrders(state, me, orders),
    legal: (orders) => makeLegal(view, clampToLimits(orders), state),
    mwNeeded: (fleet) =>
      mwNeeded(
        state,
        view.scenario.companies.findIndex((c) => c.id === me),
        fleet,
      ),
    mwPlanned: () => view.me.powerMw + view.me.projects.reduce((a, p) => a + p.mw, 0),
    siliconStageCost: () => {
      return stageRemaining(state, view.me.silicon);
    },
    clearingPrices: (skuId) => view.history.flatMap((h) => h.clearing.filter((c) => c.sku === skuId && c.sold > 0).map((c) => c.clearingPrice)),
    bot: (level = 'normal', iterations) => {
      if (!(BOT_LEVELS as readonly string[]).includes(level)) throw new Error(`helpers.bot: unknown level "${String(level)}" (use ${BOT_LEVELS.join(', ')})`);
      return structuredClone(decide(structuredClone(view), seed, level, iterations === undefined ? {} : { iterations }).orders);
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
