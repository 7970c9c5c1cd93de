/**
 * The bot: one quarter's orders for one seat and level, from the seat's view and its own seeded stream.
 * Order of thought: keep a cash reserve, take a partnership, fund silicon and order own chips, keep money
 * for power built ahead, bid SKU by SKU (most attractive first), build power, then the grey market. Every
 * order is checked with the engine's own validation before it leaves.
 */
import { depositPerUnit, emptyOrders, MAX_PRICE, MAX_UNITS, mwNeeded, normalizeOrders, runningCosts, stateFromView, validateOrders, type Bid, type Orders, type PlayerView } from '../engine';
import { alignPlannedBids, alignReasons } from './align';
import { botRng, fitExportCaps, makeLegal } from './baseline';
import { newSim, type AuctionSim } from './auction-sim';
import { bidEasy, bidHardFirm, bidNormal, planChipCash, type BidPlan } from './bidding';
import { deployedH100e, FULL_CAPABILITY, makeContext, noGridBuild, powerAt, type BotContext } from './context';
import { claimPower, openPowerBook, type PowerBook } from './demand';
import { decideGrey, decidePartnership } from './extras';
import { forecastClearing } from './forecast';
import { expectedPurchaseMw, powerAhead, powerEasy, type PowerPlan } from './power';
import { decideSilicon, type SiliconPlan } from './silicon';
import type { BotDecision, BotLevel, BotOptions, BotRationale, Reason } from './types';
import { shortGame, worldModel, type WorldModel } from './valuation';

/** The largest unit count or price per unit the engine accepts in one order field. */
const MAX_AMOUNT = Math.min(MAX_UNITS, MAX_PRICE);

/** Default cap on auction simulations for a hard decision (bounded thinking: a count, never wall time). */
export const DEFAULT_ITERATIONS = 10_000;

/** A rationale with no decisions yet. */
export function emptyRationale(playerId: string, quarter: number, level: BotLevel): BotRationale {
  return {
    playerId,
    quarter,
    level,
    bids: [],
    silicon: { investment: 0, customOrder: 0, reasons: [] },
    power: { mw: 0, reasons: [] },
    grey: { units: 0, reasons: [] },
    partnership: { id: null, reasons: [] },
    cash: { reasons: [] },
    iterations: 0,
  };
}

/** Share of free cash each level keeps back, from the company's cash-reserve trait. */
function reserveOf(ctx: BotContext): number {
  const div = ctx.level === 'hard' ? 400 : 200;
  // Cash left at the end scores nothing: the reserve shrinks to nothing by the last quarter.
  const fade = ctx.Q > 1 ? Math.max(0, ctx.Q - 1 - ctx.q) / (ctx.Q - 1) : 0;
  return Math.floor((ctx.cashFree * ctx.persona.cashReserve * fade) / div);
}

/** The SKUs in the order the level bids for them: the most compute per forecast dollar first. */
function skuOrder(ctx: BotContext): BotContext['skus'] {
  if (ctx.level === 'easy') return ctx.skus.slice().sort((a, b) => b.spec.h100e / b.spec.listPrice - a.spec.h100e / a.spec.listPrice);
  return ctx.skus
    .map((info) => ({ info, score: info.spec.h100e / forecastClearing(ctx, info).price }))
    .sort((a, b) => b.score - a.score)
    .map((x) => x.info);
}

/**
 * Shrinks orders until the engine accepts them: bids last in priority first, then the grey market and power;
 * falls back to the baseline's proportional cut, then to empty orders (always legal).
 */
function ensureLegal(view: PlayerView, orders: Orders, reasons: Reason[]): Orders {
  const state = stateFromView(view);
  // The engine's shape check first (whole numbers within its caps), exactly as applyAction runs it.
  const clamp = (n: number) => Math.max(0, Math.min(MAX_AMOUNT, Math.floor(n)));
  let o: Orders = {
    ...orders,
    bids: orders.bids.map((b) => ({ ...b, quantity: clamp(b.quantity), maxPrice: clamp(b.maxPrice) })).filter((b) => b.quantity > 0),
    greyMarket: orders.greyMarket.map((g) => ({ ...g, quantity: clamp(g.quantity) })).filter((g) => g.quantity > 0),
    customOrder: clamp(orders.customOrder),
    powerBuild: clamp(orders.powerBuild),
    powerFast: clamp(orders.powerFast ?? 0),
    siliconInvestment: Math.max(0, Math.floor(orders.siliconInvestment)),
  };
  const shape = normalizeOrders(o);
  if (!shape.ok) return emptyOrders();
  o = fitExportCaps(state, view.me.id, shape.orders);
  for (let k = 0; k < 40; k++) {
    const e = validateOrders(state, view.me.id, o);
    if (!e) return o;
    if (e.code !== 'OVER_BUDGET') break;
    // The cash the orders may spend: what is left after this quarter's running costs.
    if (k === 0) reasons.push({ code: 'cashLimited', values: { cash: Math.max(0, view.me.cash - runningCosts(state, view.me.id)) } });
    const bids = o.bids.slice();
    const lastBid = bids[bids.length - 1];
    if (o.greyMarket.length > 0) o = { ...o, greyMarket: [] };
    else if (lastBid && lastBid.quantity > 1) {
      bids[bids.length - 1] = { ...lastBid, quantity: Math.floor(lastBid.quantity * 0.8) };
      o = { ...o, bids: bids.filter((b) => b.quantity > 0) };
    } else if (lastBid) o = { ...o, bids: bids.slice(0, -1) };
    else if ((o.powerFast ?? 0) > 0) o = { ...o, powerFast: Math.floor((o.powerFast ?? 0) * 0.8) };
    else if (o.powerBuild > 0) o = { ...o, powerBuild: Math.floor(o.powerBuild * 0.8) };
    else break;
  }
  const fallback = makeLegal(view, o);
  return validateOrders(state, view.me.id, fallback) ? emptyOrders() : fallback;
}

interface Pass {
  orders: Pick<Orders, 'bids' | 'powerBuild' | 'powerFast'>;
  plans: BidPlan[];
  power: PowerPlan;
  book: PowerBook;
  money: number;
  iterations: number;
}

/**
 * Bids SKU by SKU with `money` less the `held` power money, then plans power. Works on a copy of the power
 * book and a fresh copy of the bot's stream, so a second pass sees exactly what the first saw.
 */
function bidAndBuild(ctx: BotContext, model: WorldModel | null, bookIn: PowerBook, seed: string, moneyIn: number, held: number, customUnits: number, sim: AuctionSim): Pass {
  const rng = botRng(`${seed}/bids`, ctx.view.me.id, ctx.q);
  const book: PowerBook = { pools: bookIn.pools.map((p) => ({ ...p })), newMw: bookIn.newMw };
  let money = moneyIn - held;
  const plans: BidPlan[] = [];
  const skus = skuOrder(ctx);
  const before = sim.used;
  let powerMoney = 0;
  for (const info of skus) {
    if (money <= 0) break;
    let plan: BidPlan;
    if (ctx.level === 'easy' || !model) plan = bidEasy(ctx, info, money, skus.length, rng);
    else if (ctx.level === 'normal') plan = bidNormal(ctx, info, model, book, money);
    else plan = bidHardFirm(ctx, info, model, book, money, sim);
    plans.push(plan);
    if (plan.quantity <= 0) continue;
    money -= planChipCash(plan, info.sharePct);
    if (model) {
      const cost = claimPower(ctx, book, info.spec.watts, plan.expectedFill) * ctx.costPerMw;
      money -= cost;
      powerMoney += cost;
    }
  }
  const bids = plans.filter((p) => p.quantity > 0).flatMap((p): Bid[] => [{ sku: p.rationale.sku, quantity: p.quantity, maxPrice: p.maxPrice }, ...p.tranches.map((t) => ({ sku: p.rationale.sku, quantity: t.quantity, maxPrice: t.maxPrice }))]);
  // Power: paid from what the bids left plus the money held and set aside for it.
  money += held + powerMoney;
  const fractions = new Map(plans.filter((p) => p.quantity > 0).map((p) => [p.rationale.sku, p.expectedFill / Math.max(1, ctx.skus.find((s) => s.spec.id === p.rationale.sku)?.supply ?? 1)]));
  const power = model ? powerAhead(ctx, model, book, { fractions, customUnits }) : powerEasy(ctx, bids);
  const powerBuild = Math.max(0, Math.min(power.mw, Math.floor(Math.max(0, money) / Math.max(1, ctx.costPerMw))));
  money -= powerBuild * ctx.costPerMw;
  const powerFast = Math.max(0, Math.min(power.fastMw, Math.floor(Math.max(0, money) / Math.max(1, ctx.onsite.costPerMw))));
  money -= powerFast * ctx.onsite.costPerMw;
  return { orders: { bids, powerBuild, powerFast }, plans, power, book, money, iterations: sim.used - before };
}

/**
 * Plans bids and power from `money`: holds money for power built ahead (a first estimate from past
 * purchases); if the bids then call for more power than was held, plans the bids again holding that.
 */
function planBids(ctx: BotContext, model: WorldModel | null, book: PowerBook, seed: string, money: number, customUnits: number, sim: AuctionSim): Pass {
  let held = 0;
  if (model && ctx.q + ctx.leadQuarters < ctx.Q) {
    let mw = 0;
    for (let t = ctx.q + 1; t <= Math.min(ctx.q + ctx.leadQuarters, ctx.Q - 1); t++) mw += expectedPurchaseMw(ctx, t, { fractions: new Map(), customUnits });
    const free = Math.max(0, powerAt(ctx.view, ctx.q + ctx.leadQuarters) - ctx.fleetMw);
    held = Math.min(Math.max(0, money) * 0.4, Math.max(0, mw - free) * ctx.costPerMw);
  }
  const first = bidAndBuild(ctx, model, book, seed, money, held, customUnits, sim);
  const powerCost = first.power.mw * ctx.costPerMw + first.power.fastMw * ctx.onsite.costPerMw;
  if (!model || powerCost <= held * 1.1 || first.orders.powerBuild >= first.power.mw) return first;
  return bidAndBuild(ctx, model, book, seed, money, Math.min(powerCost, Math.max(0, money) * 0.5), customUnits, sim);
}

/**
 * The normal planner's price for each chip this seat may bid for, as if money were no limit (its forecast, its
 * firmness under uniform pricing, its valuation); null where it would not bid at any quantity (not worth its
 * price, or too late to run).
 */
export function plannerPrices(view: PlayerView): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const ctx = makeContext(view, 'normal');
  if (!ctx) return out;
  const model = worldModel(ctx, false);
  for (const info of ctx.skus) {
    const plan = bidNormal(ctx, info, model, openPowerBook(ctx), Math.max(1, ctx.cashFree));
    out.set(info.spec.id, plan.quantity > 0 ? plan.maxPrice : null);
  }
  return out;
}

/**
 * Whether this seat's game is too short for the planner's eight-quarter pace (src/ai/valuation.ts, `shortGame`)
 * and for any grid build to come online before the end (`noGridBuild`): the four-quarter scenarios, where every
 * chip bought runs only on the on-site power bought with it. Not the three-quarter tutorial, whose grid build
 * comes online in its last quarter.
 */
export function onsiteOnlyShortGame(view: PlayerView): boolean {
  const sc = view.scenario;
  return view.phase === 'orders' && shortGame(sc) && noGridBuild({ leadQuarters: sc.power.leadQuarters, Q: sc.quarters });
}

/** A bot's orders and rationale for its seat this quarter, from its view only. */
export function decide(view: PlayerView, seed: string, level: BotLevel, opts: BotOptions = {}): BotDecision {
  const rationale = emptyRationale(view.me.id, view.quarter, level);
  const ctx = makeContext(view, level);
  if (!ctx) return { orders: emptyOrders(), rationale };
  const rng = botRng(seed, view.me.id, view.quarter);
  // Both levels value revenue at the average: measured, hard's marginal valuation (precise) bought too little.
  const model = level === 'easy' ? null : worldModel(ctx, false);
  const book = openPowerBook(ctx);
  const orders = emptyOrders();

  const reserve = reserveOf(ctx);
  let money = Math.max(0, ctx.cashFree - reserve);
  if (reserve > 0) rationale.cash.reasons.push({ code: 'cashReserve', values: { amount: reserve, pct: ctx.persona.cashReserve } });

  const deployed = deployedH100e(view.scenario, ctx.company, view.me.deployed).total;
  const partner = decidePartnership(ctx, model, money, deployed, rng);
  orders.partnership = partner.id;
  if (partner.bid > 0) orders.dealBid = partner.bid;
  money -= partner.cost;
  rationale.partnership = { id: partner.id, reasons: partner.reasons };

  // Hard tries several splits of its cash between its own-chip order (worst-case collateral) and the
  // auctions and keeps the split with the best expected value; the other levels decide silicon first.
  const ownChips = view.me.silicon.stage === 'ramp' || view.me.silicon.stage === 'volume';
  const splits = level === 'hard' && ownChips ? (opts.quick ? [0.3] : [0.05, 0.15, 0.3, 0.5]) : [undefined];
  const sim = newSim(seed, opts.iterations ?? DEFAULT_ITERATIONS);
  let best: { value: number; silicon: SiliconPlan; pass: Pass; money: number } | null = null;
  for (const f of splits) {
    const sbook: PowerBook = { pools: book.pools.map((p) => ({ ...p })), newMw: book.newMw };
    const silicon = decideSilicon(ctx, model, sbook, money, f === undefined ? undefined : f * Math.max(0, money));
    // A booking pays only its deposit now; the balance is a running cost of the delivery quarter.
    const left = money - silicon.investment - silicon.customOrder * depositPerUnit(ctx.state, ctx.company.silicon.unitCost);
    const pass = planBids(ctx, model, sbook, seed, left, silicon.expectedUnits, sim);
    const value = silicon.gain + pass.plans.reduce((a, p) => a + p.eu, 0);
    if (!best || value > best.value) best = { value, silicon, pass, money: left };
  }
  if (!best) return { orders: emptyOrders(), rationale };
  const { silicon, pass } = best;
  orders.siliconInvestment = silicon.investment;
  orders.customOrder = silicon.customOrder;
  rationale.silicon = { investment: silicon.investment, customOrder: silicon.customOrder, reasons: silicon.reasons };
  orders.bids = pass.orders.bids;
  orders.powerBuild = pass.orders.powerBuild;
  orders.powerFast = pass.orders.powerFast ?? 0;
  money = pass.money;
  const gap = level === 'normal' ? onsiteGap(ctx, pass.plans, orders.powerFast) : 0;
  if (gap > 0) {
    orders.powerFast += gap;
    money -= gap * ctx.onsite.costPerMw;
  }
  rationale.bids = pass.plans.map((p) => p.rationale);
  rationale.iterations = sim.used;
  rationale.power = { mw: orders.powerBuild, fastMw: orders.powerFast ?? 0, reasons: gap > 0 ? [...pass.power.reasons, { code: 'powerFastGap', values: { mw: gap, readyQuarter: ctx.q + ctx.onsite.leadQuarters } }] : pass.power.reasons };

  // Expected surplus per quarter from the bids: what an entity listing after a grey-market bust would put at stake.
  const surplus = pass.plans.reduce((a, p) => a + Math.max(0, p.rationale.valuation - p.maxPrice) * p.expectedFill, 0);
  const grey = decideGrey(ctx, model, pass.book, Math.max(0, money), surplus, rng);
  orders.greyMarket = grey.orders;
  money -= grey.cost;
  rationale.grey = { units: grey.orders.reduce((a, g) => a + g.quantity, 0), reasons: grey.reasons };

  const legal = ensureLegal(view, orders, rationale.cash.reasons);
  alignPlannedBids(rationale, legal);
  alignReasons(view, rationale, legal);
  syncRationale(rationale, legal);
  // The plan named the grid power it wants; say so when the money built less.
  if (legal.powerBuild < pass.power.mw) rationale.power.reasons = [...rationale.power.reasons, { code: 'powerShortOfCash', values: { built: legal.powerBuild, wanted: pass.power.mw } }];
  return { orders: legal, rationale };
}

/**
 * Normal, in a game too short for any grid build to come online (the four-quarter scenarios and the tutorial):
 * on-site power (fast, dear) for the chips it expects by the time on-site power could be ready that the power by
 * then will not run (the fleet, this quarter's expected fills, the own chips due), as the theme plan builds it;
 * not for a company already at full marks on capability (more running compute adds nothing to that part). Its
 * own on-site judgement (`fastPays`, by revenue) rarely built any there, and the sensible-buyer script, which
 * builds this gap, beat its par (the classroom sprint's Microsoft by +2.9 and +3.4). Measured: in the
 * eight-quarter games the same rule flagged more cells than it cleared (see docs/balance-log.md).
 */
function onsiteGap(ctx: BotContext, plans: readonly BidPlan[], already: number): number {
  const { view } = ctx;
  const by = ctx.q + ctx.onsite.leadQuarters;
  if (!noGridBuild(ctx) || by >= ctx.Q || ctx.onsite.costPerMw <= 0) return 0;
  const mine = view.history[view.history.length - 1]?.metrics[ctx.ci];
  if (mine && mine.parts.capability >= FULL_CAPABILITY) return 0;
  const soon: Record<string, number> = { ...view.me.fleet };
  for (const p of plans) if (p.quantity > 0) soon[p.rationale.sku] = (soon[p.rationale.sku] ?? 0) + p.expectedFill;
  soon.custom = (soon.custom ?? 0) + view.me.bookings.filter((b) => b.dueQuarter <= by).reduce((a, b) => a + b.units, 0);
  return Math.max(0, Math.ceil(mwNeeded(ctx.state, ctx.ci, soon) - powerAt(view, by) - already));
}

/** Keeps the rationale's numbers in line with the orders after any legal trimming. */
export function syncRationale(r: BotRationale, o: Orders): void {
  for (const b of r.bids) {
    const bid = o.bids.find((x) => x.sku === b.sku);
    b.quantity = bid?.quantity ?? 0;
    b.maxPrice = bid?.maxPrice ?? 0;
  }
  r.power.mw = o.powerBuild;
  r.power.fastMw = o.powerFast ?? 0;
  r.silicon.investment = o.siliconInvestment;
  r.silicon.customOrder = o.customOrder;
  r.grey.units = o.greyMarket.reduce((a, g) => a + g.quantity, 0);
  r.partnership.id = o.partnership;
}
