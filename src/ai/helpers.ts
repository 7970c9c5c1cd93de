/**
 * A seat's helpers: small questions about this seat in this quarter (what it may bid for, what orders cost,
 * what power a fleet needs), answered from its view by the engine's own functions. Shared by the scripted-bot
 * API (src/ai/script.ts adds `bot`) and the bots' own plans (src/ai/theme.ts).
 */
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
  type ActionError,
  type ExportStatus,
  type Orders,
  type PlayerView,
  type Scenario,
} from '../engine';
import { stageRemaining } from '../engine/queries';
import { makeLegal } from './baseline';

/** Small helpers so strategies stay short; each answers for this seat in this quarter only. */
export interface SeatHelpers {
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
}

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

export function seatHelpers(view: PlayerView): SeatHelpers {
  const state = stateFromView(view);
  const me = view.me.id;
  const q = view.quarter;
  const sku = (id: string) => view.scenario.skus.find((s) => s.id === id);
  return {
    limits: LIMITS,
    empty: emptyOrders,
    exportStatus: (skuId) => exportStatus(state, me, skuId),
    listPrice: (skuId) => sku(skuId)?.listPrice ?? 0,
    biddable: () =>
      view.scenario.skus.filter((s) => s.availableFrom <= q && (s.supply[q] ?? 0) > 0 && exportStatus(state, me, s.id).allowed),
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
    clearingPrices: (skuId) =>
      view.history.flatMap((h) => h.clearing.filter((c) => c.sku === skuId && c.sold > 0).map((c) => c.clearingPrice)),
  };
}
