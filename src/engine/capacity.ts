/**
 * The capacity planner's questions, answered by the rules themselves (read-only; nothing here changes a
 * state): how much power is online in each coming quarter, which chips it runs (the engine's own `deploy`),
 * what a draft of orders adds and when, what arrives after the game ends, and the position after this
 * quarter's resolution if every bid fills (power online, chips owned, run and idle, cash at worst before revenue).
 */
import { indexOf } from './lookup';
import { committedCost } from './orders';
import { deploy, onsiteRules } from './power';
import { deliveryQuarter } from './silicon';
import type { GameState, Orders, PlayerState, SkuClearing } from './types';

/** One coming quarter of the plan. */
export interface PlanQuarter {
  quarter: number;
  /** MW online at this quarter's resolution with the projects already under way (not this order). */
  mwBefore: number;
  /** MW online then with this order's power too. */
  mw: number;
  /** MW of this order that comes online in exactly this quarter. */
  mwArriving: number;
  /** Chips owned then: the fleet, chips bid for now if every bid fills, and foundry deliveries due by then. */
  units: number;
  /** Of those, how many the power runs (the engine's deployment: most H100e per watt first). */
  running: number;
  /** Owned but not run. */
  idle: number;
  /** H100e of the chips run. */
  runningH100e: number;
}

/** Something this order (or an earlier one) brings that arrives after the game's last quarter. */
export interface LateArrival {
  kind: 'grid' | 'onsite' | 'foundry';
  /** MW or units. */
  amount: number;
  /** The quarter it arrives (>= scenario.quarters). */
  quarter: number;
  /** True when it is part of the orders being drafted (false: a project or booking already made). */
  fromOrder: boolean;
}

/** The planner's whole answer for one player and one draft of orders. */
export interface CapacityPlan {
  /** This quarter and every later one up to the game's last. */
  quarters: PlanQuarter[];
  /** Power and own chips that arrive after the game's last quarter (they never run in this game). */
  late: LateArrival[];
  /** Chips this order adds if every bid fills (open-market bids and grey purchases). */
  orderUnits: number;
  /** Own-silicon units this order books and the quarter they arrive (null when none). */
  booking: { units: number; quarter: number } | null;
  /** Grid and on-site MW this order builds, with the quarter each comes online. */
  grid: { mw: number; quarter: number } | null;
  onsite: { mw: number; quarter: number } | null;
  /** Cash after this quarter's resolution at worst (every bid at its max price, grey purchases caught and fined, running costs), before revenue. */
  cashAtWorst: number;
}

function clonePlayerFor(p: PlayerState, fleet: Record<string, number>, powerMw: number): PlayerState {
  return { ...p, fleet, powerMw, deployed: {} };
}

/**
 * Chips a fleet runs on `mw` of power: the engine's `deploy` on a copy of the player (its own order: most
 * H100e per watt first). Returns the units owned and run, the H100e run and the chip watts run.
 */
export function runsOn(state: GameState, playerId: string, fleet: Record<string, number>, mw: number): { units: number; running: number; runningH100e: number; usedW: number } {
  const idx = indexOf(state.scenario);
  const i = idx.companyIndex.get(playerId);
  const company = idx.company.get(playerId);
  const player = i === undefined ? undefined : state.players[i];
  if (i === undefined || !company || !player) return { units: 0, running: 0, runningH100e: 0, usedW: 0 };
  const copy = clonePlayerFor(player, fleet, mw);
  // deploy() walks the players by company index; a sparse list holds only this player.
  const only: PlayerState[] = [];
  only[i] = copy;
  deploy(state, only);
  let units = 0;
  let running = 0;
  let h100e = 0;
  let watts = 0;
  for (const key of Object.keys(fleet)) {
    const n = fleet[key] ?? 0;
    const d = copy.deployed[key] ?? 0;
    const spec = key === 'custom' ? company.silicon : idx.sku.get(key);
    units += n;
    running += d;
    h100e += d * (spec?.h100e ?? 0);
    watts += d * (spec?.watts ?? 0);
  }
  return { units, running, runningH100e: Math.round(h100e), usedW: watts };
}

/** The fleet after this quarter's market if every bid (and grey purchase) fills. */
function fleetIfFilled(player: PlayerState, orders: Orders): Record<string, number> {
  const fleet: Record<string, number> = { ...player.fleet };
  for (const b of orders.bids) fleet[b.sku] = (fleet[b.sku] ?? 0) + b.quantity;
  for (const g of orders.greyMarket) fleet[g.sku] = (fleet[g.sku] ?? 0) + g.quantity;
  return fleet;
}

/** The fleet owned at quarter q's resolution: after the market (every bid filled) and foundry deliveries due by then. */
function fleetAt(state: GameState, player: PlayerState, orders: Orders, q: number): Record<string, number> {
  const fleet = fleetIfFilled(player, orders);
  let custom = 0;
  for (const b of player.bookings) if (b.dueQuarter <= q) custom += b.units;
  if (orders.customOrder > 0 && deliveryQuarter(state, state.quarter) <= q) custom += orders.customOrder;
  if (custom > 0) fleet.custom = (fleet.custom ?? 0) + custom;
  return fleet;
}

/**
 * The capacity plan for `playerId` if `orders` were sealed now. Bids are counted as filled in full (the most
 * they can add); foundry bookings arrive at their delivery quarter; power at its lead time.
 */
export function capacityPlan(state: GameState, playerId: string, orders: Orders): CapacityPlan | null {
  const idx = indexOf(state.scenario);
  const i = idx.companyIndex.get(playerId);
  const player = i === undefined ? undefined : state.players[i];
  if (!player) return null;
  const sc = state.scenario;
  const q0 = state.quarter;
  const gridQ = q0 + sc.power.leadQuarters;
  const onsiteQ = q0 + onsiteRules(state).leadQuarters;
  const due = deliveryQuarter(state, q0);
  const quarters: PlanQuarter[] = [];
  // Quarters left in the game: a count, bounded by the scenario's (schema-capped) length.
  const n = Math.max(0, sc.quarters - q0);
  for (let k = 0; k < n; k++) {
    const q = q0 + k;
    let mwBefore = player.powerMw;
    for (const pr of player.projects) if (pr.readyQuarter <= q) mwBefore += pr.mw;
    let mwArriving = 0;
    if (orders.powerBuild > 0 && gridQ === q) mwArriving += orders.powerBuild;
    if ((orders.powerFast ?? 0) > 0 && onsiteQ === q) mwArriving += orders.powerFast ?? 0;
    let mwOrder = 0;
    if (gridQ <= q) mwOrder += orders.powerBuild;
    if (onsiteQ <= q) mwOrder += orders.powerFast ?? 0;
    const r = runsOn(state, playerId, fleetAt(state, player, orders, q), mwBefore + mwOrder);
    quarters.push({ quarter: q, mwBefore, mw: mwBefore + mwOrder, mwArriving, units: r.units, running: r.running, idle: r.units - r.running, runningH100e: r.runningH100e });
  }
  const late: LateArrival[] = [];
  for (const pr of player.projects) if (pr.readyQuarter >= sc.quarters) late.push({ kind: pr.onsite ? 'onsite' : 'grid', amount: pr.mw, quarter: pr.readyQuarter, fromOrder: false });
  for (const b of player.bookings) if (b.dueQuarter >= sc.quarters) late.push({ kind: 'foundry', amount: b.units, quarter: b.dueQuarter, fromOrder: false });
  if (orders.powerBuild > 0 && gridQ >= sc.quarters) late.push({ kind: 'grid', amount: orders.powerBuild, quarter: gridQ, fromOrder: true });
  if ((orders.powerFast ?? 0) > 0 && onsiteQ >= sc.quarters) late.push({ kind: 'onsite', amount: orders.powerFast ?? 0, quarter: onsiteQ, fromOrder: true });
  if (orders.customOrder > 0 && due >= sc.quarters) late.push({ kind: 'foundry', amount: orders.customOrder, quarter: due, fromOrder: true });
  const orderUnits = orders.bids.reduce((a, b) => a + b.quantity, 0) + orders.greyMarket.reduce((a, g) => a + g.quantity, 0);
  return {
    quarters,
    late,
    orderUnits,
    booking: orders.customOrder > 0 ? { units: orders.customOrder, quarter: due } : null,
    grid: orders.powerBuild > 0 ? { mw: orders.powerBuild, quarter: gridQ } : null,
    onsite: (orders.powerFast ?? 0) > 0 ? { mw: orders.powerFast ?? 0, quarter: onsiteQ } : null,
    cashAtWorst: player.cash - committedCost(state, playerId, orders),
  };
}

/**
 * How many more units of a SKU the power online at this quarter's resolution can run beside the chips the
 * orders would bring (every bid filled): the facility watts left after the engine's deployment of that fleet,
 * divided by the chip's facility watts (whole chips). 0 when the power is already short.
 */
export function spareUnitsFor(state: GameState, playerId: string, orders: Orders, skuId: string): number {
  const idx = indexOf(state.scenario);
  const sku = idx.sku.get(skuId);
  const i = idx.companyIndex.get(playerId);
  const player = i === undefined ? undefined : state.players[i];
  if (!sku || !player || sku.watts <= 0) return 0;
  let mw = player.powerMw;
  for (const pr of player.projects) if (pr.readyQuarter <= state.quarter) mw += pr.mw;
  if (state.scenario.power.leadQuarters === 0) mw += orders.powerBuild;
  if (onsiteRules(state).leadQuarters === 0) mw += orders.powerFast ?? 0;
  const r = runsOn(state, playerId, fleetAt(state, player, orders, state.quarter), mw);
  if (r.running < r.units) return 0;
  // The chip watts the power feeds (as deploy counts them) less the chip watts already running.
  const spareW = (mw * 1_000_000) / state.scenario.power.overhead - r.usedW;
  return Math.max(0, Math.floor(spareW / sku.watts));
}

/** One point of a SKU's price history: the quarter and its clearing price (quarters where nothing was on sale are left out). */
export interface PricePoint {
  quarter: number;
  price: number;
  sold: number;
  supply: number;
}

/** Past clearing prices of a SKU, oldest first, from the state's quarter records. */
export function priceHistory(state: Pick<GameState, 'history'>, skuId: string): PricePoint[] {
  const out: PricePoint[] = [];
  for (const rec of state.history) {
    const c: SkuClearing | undefined = rec.clearing.find((x) => x.sku === skuId);
    if (c && c.supply > 0) out.push({ quarter: rec.quarter, price: c.clearingPrice, sold: c.sold, supply: c.supply });
  }
  return out;
}
