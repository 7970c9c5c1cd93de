import { actionError as err } from './errors';
import { controlledVendors, exportStatusFor } from './export-rules';
import { MAX_MONEY, MAX_MW, MAX_ORDER_LINES, MAX_PRICE, MAX_UNITS } from './limits';
import { indexOf } from './lookup';
import { onsiteRules, powerBill } from './power';
import { greyCost } from './grey';
import { offerRefusal } from './queries';
import { balanceDue, bookingCap, bookingRules, deliveryQuarter, depositPerUnit } from './silicon';
import type { ActionError, Bid, CompanySpec, GameState, GreyOrder, Orders, PlayerState } from './types';

export { MAX_MONEY, MAX_MW, MAX_PRICE, MAX_UNITS };

/** Orders that do nothing. */
export function emptyOrders(): Orders {
  return { bids: [], siliconInvestment: 0, customOrder: 0, powerBuild: 0, powerFast: 0, greyMarket: [], partnership: null };
}

function isAmount(x: unknown, max: number): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 && x <= max;
}

/** The path of the i-th item of an orders list, for an error message (built only when there is an error). */
function itemPath(list: 'bids' | 'greyMarket', i: number): string {
  return `orders.${list}[${i}]`;
}

function amountError(path: string, max: number): ActionError {
  return err('BAD_AMOUNT', { max }, path);
}

/**
 * Checks the shape of orders that came from outside (any JS value) and returns a clean copy:
 * zero-quantity bids and grey orders are dropped, nothing else is changed.
 */
export function normalizeOrders(input: unknown): { ok: true; orders: Orders } | { ok: false; error: ActionError } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, error: err('MALFORMED', { expected: 'an object' }, 'orders') };
  const o = input as Record<string, unknown>;
  const bidsIn = o.bids ?? [];
  const greyIn = o.greyMarket ?? [];
  if (!Array.isArray(bidsIn)) return { ok: false, error: err('MALFORMED', { expected: 'a list of bids' }, 'orders.bids') };
  if (bidsIn.length > MAX_ORDER_LINES) return { ok: false, error: err('TOO_MANY_BIDS', { max: MAX_ORDER_LINES, count: bidsIn.length }, 'orders.bids') };
  if (!Array.isArray(greyIn)) return { ok: false, error: err('MALFORMED', { expected: 'a list of grey-market orders' }, 'orders.greyMarket') };
  if (greyIn.length > MAX_ORDER_LINES) return { ok: false, error: err('TOO_MANY_GREY_ORDERS', { max: MAX_ORDER_LINES, count: greyIn.length }, 'orders.greyMarket') };
  const bids: Bid[] = [];
  for (let i = 0; i < bidsIn.length; i++) {
    const b = bidsIn[i] as Record<string, unknown> | null;
    if (typeof b !== 'object' || b === null) return { ok: false, error: err('MALFORMED', { expected: 'an object' }, itemPath('bids', i)) };
    if (typeof b.sku !== 'string') return { ok: false, error: err('MALFORMED', { expected: 'a SKU id' }, `${itemPath('bids', i)}.sku`) };
    if (!isAmount(b.quantity, MAX_UNITS)) return { ok: false, error: amountError(`${itemPath('bids', i)}.quantity`, MAX_UNITS) };
    if (!isAmount(b.maxPrice, MAX_PRICE)) return { ok: false, error: amountError(`${itemPath('bids', i)}.maxPrice`, MAX_PRICE) };
    if (b.quantity > 0) bids.push({ sku: b.sku, quantity: b.quantity, maxPrice: b.maxPrice });
  }
  const greyMarket: GreyOrder[] = [];
  for (let i = 0; i < greyIn.length; i++) {
    const g = greyIn[i] as Record<string, unknown> | null;
    if (typeof g !== 'object' || g === null) return { ok: false, error: err('MALFORMED', { expected: 'an object' }, itemPath('greyMarket', i)) };
    if (typeof g.sku !== 'string') return { ok: false, error: err('MALFORMED', { expected: 'a SKU id' }, `${itemPath('greyMarket', i)}.sku`) };
    if (!isAmount(g.quantity, MAX_UNITS)) return { ok: false, error: amountError(`${itemPath('greyMarket', i)}.quantity`, MAX_UNITS) };
    if (g.quantity > 0) greyMarket.push({ sku: g.sku, quantity: g.quantity });
  }
  const siliconInvestment = o.siliconInvestment ?? 0;
  const customOrder = o.customOrder ?? 0;
  const powerBuild = o.powerBuild ?? 0;
  const powerFast = o.powerFast ?? 0;
  const partnership = o.partnership ?? null;
  if (!isAmount(siliconInvestment, MAX_MONEY)) return { ok: false, error: amountError('orders.siliconInvestment', MAX_MONEY) };
  if (!isAmount(customOrder, MAX_UNITS)) return { ok: false, error: amountError('orders.customOrder', MAX_UNITS) };
  if (!isAmount(powerBuild, MAX_MW)) return { ok: false, error: amountError('orders.powerBuild', MAX_MW) };
  if (!isAmount(powerFast, MAX_MW)) return { ok: false, error: amountError('orders.powerFast', MAX_MW) };
  if (partnership !== null && typeof partnership !== 'string') return { ok: false, error: err('MALFORMED', { expected: 'a partnership id or null' }, 'orders.partnership') };
  const orders: Orders = { bids, siliconInvestment, customOrder, powerBuild, powerFast, greyMarket, partnership };
  // An absent deal bid stays absent (orders written before deals were bid for read exactly as they were).
  if (o.dealBid !== undefined) {
    if (!isAmount(o.dealBid, MAX_MONEY)) return { ok: false, error: amountError('orders.dealBid', MAX_MONEY) };
    orders.dealBid = o.dealBid;
  }
  return { ok: true, orders };
}

/** Power online at this quarter's resolution: capacity now plus projects due by then. */
export function powerAtResolution(player: PlayerState, q: number): number {
  let mw = player.powerMw;
  for (const p of player.projects) if (p.readyQuarter <= q) mw += p.mw;
  return mw;
}

/**
 * This quarter's running costs at worst: power opex on what will be online (on-site generation at its own
 * rate), the balance due on foundry deliveries, and any AI-lab shortfall penalty.
 */
export function runningCosts(state: GameState, playerId: string): number {
  const idx = indexOf(state.scenario);
  const player = state.players[idx.companyIndex.get(playerId) ?? -1];
  if (!player) return 0;
  const q = state.quarter;
  let onsite = player.onsiteMw;
  for (const p of player.projects) if (p.readyQuarter <= q && p.onsite) onsite += p.mw;
  let total = powerBill(state, powerAtResolution(player, q) - onsite, onsite) + balanceDue(player, q);
  for (const c of player.contracts) {
    const spec = idx.partnership.get(c.partnershipId);
    if (spec?.kind === 'aiLab' && state.quarter < c.endQuarter) total += spec.shortfallPenalty;
  }
  return total;
}

/**
 * The most money these orders can spend this quarter: every bid filled at its max price (plus any revenue
 * share), every grey purchase caught and fined, silicon, custom chips, power, a partnership prepayment and
 * the deal bid, less credit that a chipmaker prepayment already holds for the vendor's parts. Running costs not included.
 */
export function ordersSpend(state: GameState, playerId: string, orders: Orders): number {
  const idx = indexOf(state.scenario);
  const company = idx.company.get(playerId);
  const player = state.players[idx.companyIndex.get(playerId) ?? -1];
  if (!company || !player) return 0;
  const q = state.quarter;
  let creditByVendor: Map<string, number> | null = null;
  for (const c of player.contracts) {
    const spec = idx.partnership.get(c.partnershipId);
    if (spec?.kind === 'chipmaker' && c.credit > 0) {
      creditByVendor ??= new Map();
      creditByVendor.set(spec.vendor, (creditByVendor.get(spec.vendor) ?? 0) + c.credit);
    }
  }
  const spendByVendor = creditByVendor ? new Map<string, number>() : null;
  let total = 0;
  for (const b of orders.bids) {
    const sku = idx.sku.get(b.sku);
    if (!sku) continue;
    const status = exportStatusFor(state.scenario, company, sku, q);
    const share = status.sharePct;
    const cost = Math.ceil((b.quantity * b.maxPrice * (100 + share)) / 100);
    spendByVendor?.set(sku.vendor, (spendByVendor.get(sku.vendor) ?? 0) + cost);
    total += cost;
  }
  if (creditByVendor && spendByVendor) for (const [vendor, spend] of spendByVendor) total -= Math.min(spend, creditByVendor.get(vendor) ?? 0);
  total += greyCost(state, orders.greyMarket).total;
  total += orders.siliconInvestment;
  total += orders.customOrder * depositPerUnit(state, company.silicon.unitCost);
  // A booking delivered in the quarter it is made (lead 0) owes its balance now too.
  if (deliveryQuarter(state, q) <= q) total += orders.customOrder * Math.max(0, company.silicon.unitCost - depositPerUnit(state, company.silicon.unitCost));
  total += orders.powerBuild * state.scenario.power.costPerMw;
  total += (orders.powerFast ?? 0) * onsiteRules(state).costPerMw;
  if (orders.partnership) {
    const spec = idx.partnership.get(orders.partnership);
    if (spec?.kind === 'chipmaker') total += spec.prepayment;
    total += orders.dealBid ?? 0;
  }
  return total;
}

/** Worst-case cash these orders tie up this quarter: their spend plus the running costs (what "budget left" subtracts). */
export function committedCost(state: GameState, playerId: string, orders: Orders): number {
  return ordersSpend(state, playerId, orders) + runningCosts(state, playerId);
}

function siliconError(state: GameState, company: CompanySpec, player: PlayerState, orders: Orders, rampCap: number): ActionError | null {
  const stage = player.silicon.stage;
  if (orders.siliconInvestment > 0 && stage === 'volume') {
    return err('SILICON_DONE', { chip: company.silicon.name }, 'orders.siliconInvestment');
  }
  if (orders.customOrder > 0) {
    if (stage !== 'ramp' && stage !== 'volume') {
      return err('SILICON_TOO_EARLY', { chip: company.silicon.name, stage }, 'orders.customOrder');
    }
    if (stage === 'ramp' && orders.customOrder > rampCap) {
      return err('SILICON_RAMP_CAP', { chip: company.silicon.name, max: rampCap }, 'orders.customOrder');
    }
    const cap = bookingCap(state, player);
    if (orders.customOrder > cap) {
      return err('BOOKING_GROWTH_CAP', { chip: company.silicon.name, max: cap, pct: bookingRules(state).growthPct }, 'orders.customOrder');
    }
    const due = deliveryQuarter(state, state.quarter);
    if (due >= state.scenario.quarters) {
      return err('BOOKING_TOO_LATE', { lead: due - state.quarter }, 'orders.customOrder');
    }
  }
  return null;
}

function bidError(state: GameState, company: CompanySpec, player: PlayerState, bids: Bid[]): ActionError | null {
  const idx = indexOf(state.scenario);
  const q = state.quarter;
  const seen = new Map<string, number>();
  let capUsed: Map<string, number> | null = null;
  const listed = player.entityListUntil > q ? controlledVendors(state.scenario) : null;
  for (let i = 0; i < bids.length; i++) {
    const b = bids[i] as Bid;
    const sku = idx.sku.get(b.sku);
    if (!sku) return err('UNKNOWN_SKU', { sku: b.sku }, `${itemPath('bids', i)}.sku`);
    const count = (seen.get(b.sku) ?? 0) + 1;
    if (count > state.scenario.market.maxBidsPerSku) return err('DUPLICATE_SKU', { sku: b.sku, max: state.scenario.market.maxBidsPerSku }, `${itemPath('bids', i)}.sku`);
    seen.set(b.sku, count);
    if (sku.availableFrom > q) return err('NOT_AVAILABLE', { sku: sku.id, quarter: sku.availableFrom }, `${itemPath('bids', i)}.sku`);
    if (listed?.has(sku.vendor)) return err('ENTITY_LISTED', { playerId: company.id, sku: sku.id, vendor: sku.vendor, until: player.entityListUntil }, `${itemPath('bids', i)}.sku`, 'entity-list');
    const status = exportStatusFor(state.scenario, company, sku, q);
    if (status.mode === 'notSold') return err('NOT_SOLD_TO_REGION', { playerId: company.id, sku: sku.id, vendor: sku.vendor, region: company.region }, `${itemPath('bids', i)}.sku`);
    if (!status.allowed) return err('EXPORT_BANNED', { playerId: company.id, sku: sku.id, rule: status.ruleId ?? '' }, `${itemPath('bids', i)}.sku`, status.ruleId ?? undefined);
    if (status.capUnits !== null && status.ruleId) {
      capUsed ??= new Map();
      const used = (capUsed.get(status.ruleId) ?? 0) + b.quantity;
      capUsed.set(status.ruleId, used);
      if (used > status.capUnits) return err('EXPORT_CAP', { playerId: company.id, rule: status.ruleId, cap: status.capUnits, asked: used }, `${itemPath('bids', i)}.quantity`, status.ruleId);
    }
  }
  return null;
}

function greyError(state: GameState, company: CompanySpec, grey: GreyOrder[]): ActionError | null {
  if (grey.length === 0) return null;
  const gm = state.scenario.greyMarket;
  if (!gm.enabled) return err('GREY_MARKET_CLOSED', {}, 'orders.greyMarket');
  const idx = indexOf(state.scenario);
  let units = 0;
  const seen = new Set<string>();
  for (let i = 0; i < grey.length; i++) {
    const g = grey[i] as GreyOrder;
    const sku = idx.sku.get(g.sku);
    if (!sku) return err('UNKNOWN_SKU', { sku: g.sku }, `${itemPath('greyMarket', i)}.sku`);
    if (seen.has(g.sku)) return err('DUPLICATE_GREY_SKU', { sku: g.sku }, `${itemPath('greyMarket', i)}.sku`);
    seen.add(g.sku);
    if (sku.availableFrom > state.quarter) return err('NOT_AVAILABLE', { sku: sku.id, quarter: sku.availableFrom }, `${itemPath('greyMarket', i)}.sku`);
    const status = exportStatusFor(state.scenario, company, sku, state.quarter);
    if (status.allowed) return err('GREY_NOT_NEEDED', { playerId: company.id, sku: sku.id }, `${itemPath('greyMarket', i)}.sku`);
    if (status.mode === 'notSold') return err('GREY_NOT_SOLD', { sku: sku.id, vendor: sku.vendor, region: company.region }, `${itemPath('greyMarket', i)}.sku`);
    units += g.quantity;
  }
  if (units > gm.maxUnitsPerQuarter) return err('GREY_CAP', { max: gm.maxUnitsPerQuarter, asked: units }, 'orders.greyMarket');
  return null;
}

function partnershipError(state: GameState, player: PlayerState, id: string | null): ActionError | null {
  // A deal bid without an offer is ignored (there is nothing to win, so nothing to pay).
  if (id === null) return null;
  const spec = indexOf(state.scenario).partnership.get(id);
  if (!spec) return err('UNKNOWN_PARTNERSHIP', { partnership: id }, 'orders.partnership');
  const refusal = offerRefusal(state, player.contracts, id);
  if (refusal === 'closed') return err('PARTNERSHIP_CLOSED', { partnership: id }, 'orders.partnership');
  if (refusal === 'held') return err('PARTNERSHIP_HELD', { partnership: id }, 'orders.partnership');
  return null;
}

/** Checks orders against the rules for this player this quarter; null if they may be submitted. */
export function validateOrders(state: GameState, playerId: string, orders: Orders): ActionError | null {
  const idx = indexOf(state.scenario);
  const i = idx.companyIndex.get(playerId);
  const company = idx.company.get(playerId);
  const player = i === undefined ? undefined : state.players[i];
  if (!company || !player) return err('UNKNOWN_PLAYER', { playerId }, 'playerId');
  if (state.phase !== 'orders') return err('WRONG_PHASE', { action: 'submit', phase: state.phase });
  const e =
    bidError(state, company, player, orders.bids) ??
    siliconError(state, company, player, orders, state.scenario.silicon.rampCap) ??
    greyError(state, company, orders.greyMarket) ??
    partnershipError(state, player, orders.partnership);
  if (e) return e;
  // Orders that spend nothing are always accepted, so a company short of cash can still pass a quarter.
  const spend = ordersSpend(state, playerId, orders);
  const running = runningCosts(state, playerId);
  if (spend > 0 && spend + running > player.cash) {
    return err('OVER_BUDGET', { playerId: company.id, spend, running, cash: player.cash }, 'orders');
  }
  return null;
}
