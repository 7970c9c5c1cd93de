import { stageRemaining } from '../engine/queries';
import {
  bookingCap,
  deliveryQuarter,
  depositPerUnit,
  emptyOrders,
  foundryFree,
  MAX_MONEY,
  exportStatus,
  exportStatusFor,
  mwNeeded,
  rngFromSeed,
  runningCosts,
  stateFromView,
  validateOrders,
  viewFor,
  type Bid,
  type GameState,
  type Orders,
  type PlayerView,
} from '../engine';

/** A bot's own random stream: derived from the game seed, the seat and the quarter, so games with bots replay exactly. */
export function botRng(seed: string, playerId: string, quarter: number) {
  return rngFromSeed(`${seed}/bot/${playerId}/q${quarter}`);
}

/** Scales down bids that an export cap limits (e.g. a Tier-2 quota) so together they fit the cap. */
export function fitExportCaps(state: GameState, playerId: string, orders: Orders): Orders {
  const byRule = new Map<string, { cap: number; total: number }>();
  for (const b of orders.bids) {
    const st = exportStatus(state, playerId, b.sku);
    if (st.capUnits === null || !st.ruleId) continue;
    const r = byRule.get(st.ruleId) ?? { cap: st.capUnits, total: 0 };
    r.total += b.quantity;
    byRule.set(st.ruleId, r);
  }
  let over = false;
  for (const r of byRule.values()) over ||= r.total > r.cap;
  if (!over) return orders;
  const bids = orders.bids
    .map((b) => {
      const st = exportStatus(state, playerId, b.sku);
      const r = st.ruleId ? byRule.get(st.ruleId) : undefined;
      if (st.capUnits === null || !r || r.total <= r.cap) return b;
      return { ...b, quantity: Math.floor((b.quantity * r.cap) / r.total) };
    })
    .filter((b) => b.quantity > 0);
  return { ...orders, bids };
}

/** The refusals of a foundry booking that cutting the booking to what may be booked cures. */
const BOOKING_CODES: ReadonlySet<string> = new Set(['SILICON_TOO_EARLY', 'SILICON_RAMP_CAP', 'BOOKING_GROWTH_CAP', 'BOOKING_TOO_LATE']);

/** Scales bids down until the orders pass validation; returns empty orders (always legal) as a last resort. */
export function makeLegal(view: PlayerView, orders: Orders, state: GameState = stateFromView(view)): Orders {
  let o = fitExportCaps(state, view.me.id, orders);
  for (let k = 0; k < 24; k++) {
    const e = validateOrders(state, view.me.id, o);
    if (!e) return o;
    // A foundry booking over this quarter's cap (or too late to deliver) is cut to what may be booked.
    if (BOOKING_CODES.has(e.code) && e.path === 'orders.customOrder') {
      const cap = deliveryQuarter(state, state.quarter) < state.scenario.quarters ? bookingCap(state, view.me) : 0;
      o = { ...o, customOrder: Math.min(o.customOrder, cap) };
      if (o.customOrder > 0 && validateOrders(state, view.me.id, o)?.path === 'orders.customOrder') o = { ...o, customOrder: 0 };
      continue;
    }
    if (e.code !== 'OVER_BUDGET') break;
    o = {
      ...o,
      bids: o.bids.map((b) => ({ ...b, quantity: Math.floor(b.quantity * 0.8) })).filter((b) => b.quantity > 0),
      siliconInvestment: Math.floor(o.siliconInvestment * 0.8),
      customOrder: Math.floor(o.customOrder * 0.8),
      powerFast: Math.floor((o.powerFast ?? 0) * 0.8),
      powerBuild: Math.floor(o.powerBuild * 0.8),
      partnership: k > 3 ? null : o.partnership,
    };
  }
  return validateOrders(state, view.me.id, o) ? emptyOrders() : o;
}

/**
 * The baseline bot: simple, legal and seeded. It keeps a cash reserve, funds its silicon programme by its
 * focus, bids a little over list for the best H100e per dollar it may buy, and builds power for what it owns.
 */
export function baselineFromView(view: PlayerView, seed: string): Orders {
  const { scenario, me, quarter: q } = view;
  const ci = scenario.companies.findIndex((c) => c.id === me.id);
  const company = scenario.companies[ci];
  if (!company || view.phase !== 'orders') return emptyOrders();
  const rng = botRng(seed, me.id, q);
  const state = stateFromView(view);
  const persona = company.personality;
  const reserve = Math.floor(((company.budget[q] ?? 0) * persona.cashReserve) / 200);
  let money = Math.max(0, me.cash - runningCosts(state, me.id) - reserve);
  const orders = emptyOrders();

  const stage = me.silicon.stage;
  if (stage !== 'volume' && persona.siliconFocus >= 30) {
    const need = stageRemaining(state, me.silicon);
    orders.siliconInvestment = Math.min(need, Math.floor((money * persona.siliconFocus) / 400), MAX_MONEY);
    money -= orders.siliconInvestment;
  }
  const due = deliveryQuarter(state, q);
  if ((stage === 'ramp' || stage === 'volume') && due < scenario.quarters) {
    const cap = bookingCap(state, me);
    // Book no more than the foundry still has free for the delivery quarter (the rest would lose its deposit).
    const units = Math.min(cap, foundryFree(state, due), Math.floor((money * persona.siliconFocus) / 300 / Math.max(1, company.silicon.unitCost)));
    orders.customOrder = Math.max(0, units);
    money -= orders.customOrder * depositPerUnit(state, company.silicon.unitCost);
  }

  const skus = scenario.skus
    .filter((s) => s.availableFrom <= q && (s.supply[q] ?? 0) > 0 && exportStatusFor(scenario, company, s, q).allowed)
    .sort((a, b) => b.h100e / b.listPrice - a.h100e / a.listPrice);
  const chipBudget = Math.floor(money * 0.6);
  const bids: Bid[] = [];
  const bought: Record<string, number> = { ...me.fleet };
  for (const s of skus) {
    const price = Math.round(s.listPrice * (1 + persona.bidAggression / 400 + rng.next() * 0.05));
    const supply = s.supply[q] ?? 0;
    const quantity = Math.min(Math.floor(chipBudget / skus.length / price), Math.floor(supply * 0.25));
    if (quantity > 0) {
      bids.push({ sku: s.id, quantity, maxPrice: price });
      bought[s.id] = (bought[s.id] ?? 0) + quantity;
    }
  }
  orders.bids = bids;
  const mwPlanned = me.powerMw + me.projects.reduce((a, p) => a + p.mw, 0);
  const headroom = 1 + persona.powerPlanning / 200;
  const want = Math.ceil(mwNeeded(state, ci, bought) * headroom - mwPlanned);
  orders.powerBuild = Math.max(0, want);
  return makeLegal(view, orders, state);
}

/** The baseline bot's orders for a player of a game (through viewFor: it sees only what that player may). */
export function baselineOrders(state: GameState, playerId: string): Orders {
  const view = viewFor(state, playerId);
  return view ? baselineFromView(view, state.seed) : emptyOrders();
}
