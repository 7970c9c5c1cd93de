/**
 * Power planning. Easy builds for the fleet it has once the chips are in (they sit idle for the lead time).
 * Normal and hard build ahead: power for the chips they expect to win now and over the lead time, so chips
 * run when they arrive, and nothing that would come online after the game ends.
 */
import { deliveryQuarter, exportStatus, mwNeeded, type Bid } from '../engine';
import { deployedH100e, noGridBuild, powerAt, type BotContext } from './context';
import type { PowerBook } from './demand';
import type { DecisionRationale } from './types';
import { cashMultiplier, ownChipUnit, supplyAt, unitValue, type WorldModel } from './valuation';

/** The power decision: grid MW (slow) and on-site MW (fast, dear). */
export interface PowerPlan extends DecisionRationale {
  mw: number;
  fastMw: number;
}

/** What the bot expects to add this quarter, to project later quarters from. */
export interface ArrivalsNow {
  /** Expected share of each SKU's supply won this quarter (from its bid plans). */
  fractions: Map<string, number>;
  /** Own chips expected from the foundry this quarter. */
  customUnits: number;
}

/** Share of each SKU's supply this company expects to win: last quarter's share, or its share of the capex plans. */
export function expectedFractions(ctx: BotContext): Map<string, number> {
  const { view } = ctx;
  const last = view.history[view.history.length - 1];
  const mine = last?.metrics[ctx.ci];
  const budgets = view.scenario.companies.map((c) => c.budget[ctx.q] ?? 0);
  const budgetShare = (budgets[ctx.ci] ?? 0) / Math.max(1, budgets.reduce((a, b) => a + b, 0));
  const out = new Map<string, number>();
  for (const sku of view.scenario.skus) {
    const c = last?.clearing.find((x) => x.sku === sku.id);
    out.set(sku.id, mine && c && c.supply > 0 ? (mine.boughtUnits[sku.id] ?? 0) / c.supply : budgetShare * 0.8);
  }
  return out;
}

/** One kind of chip the company expects to add in a quarter, with its MW. */
export interface Arrival {
  kind: string;
  mw: number;
  /** Whether a unit arriving then pays for new power (hard checks; the other levels assume so). */
  pays: boolean;
}

/**
 * The chips this company expects to add in quarter t, by kind: its share of each SKU's announced supply
 * (this quarter's expected share, else last quarter's, else its share of the public capex plans) for every
 * SKU it may buy then, plus its own chips in proportion to the foundry pool. With a model, each kind is
 * checked: is one unit arriving then, on new power, worth more than its price?
 */
export function expectedArrivals(ctx: BotContext, t: number, now?: ArrivalsNow, model?: WorldModel): Arrival[] {
  const { view } = ctx;
  const sc = view.scenario;
  const past = expectedFractions(ctx);
  const out: Arrival[] = [];
  for (const sku of sc.skus) {
    if (sku.availableFrom > t || !exportStatus({ scenario: sc, quarter: t }, view.me.id, sku.id).allowed) continue;
    const frac = now?.fractions.get(sku.id) ?? past.get(sku.id) ?? 0;
    const mw = (frac * supplyAt(ctx, sku.id, t) * sku.watts * ctx.overhead) / 1_000_000;
    if (mw <= 0) continue;
    const pays = !model || unitValue(ctx, model, { h100e: sku.h100e, watts: sku.watts, mig: sku.mig, own: false }, t, true).total > sku.listPrice;
    out.push({ kind: sku.id, mw, pays });
  }
  // Own chips: the bookings due then (known), plus this quarter's booking if it is due then.
  let units = 0;
  for (const b of view.me.bookings) if (b.dueQuarter === t) units += b.units;
  if (now && now.customUnits > 0 && deliveryQuarter(ctx.state, ctx.q) === t) units += now.customUnits;
  if (units > 0) {
    const s = ctx.company.silicon;
    const mw = (units * s.watts * ctx.overhead) / 1_000_000;
    // Already booked: the balance is owed either way, so power for them pays if they earn anything.
    const pays = !model || unitValue(ctx, model, ownChipUnit(ctx), t, true).total > 0;
    out.push({ kind: 'custom', mw, pays });
  }
  return out;
}

/** MW of chips this company expects to add in quarter t (every kind). */
export function expectedPurchaseMw(ctx: BotContext, t: number, now?: ArrivalsNow): number {
  return expectedArrivals(ctx, t, now).reduce((a, x) => a + x.mw, 0);
}

/** Easy: power for the current fleet plus this quarter's bids, with a little headroom by planning. */
export function powerEasy(ctx: BotContext, bids: readonly Bid[]): PowerPlan {
  const fleet: Record<string, number> = { ...ctx.view.me.fleet };
  for (const b of bids) fleet[b.sku] = (fleet[b.sku] ?? 0) + b.quantity;
  const planned = ctx.view.me.powerMw + ctx.view.me.projects.reduce((a, p) => a + p.mw, 0);
  const want = Math.ceil(mwNeeded(ctx.state, ctx.ci, fleet) * (1 + ctx.persona.powerPlanning / 400) - planned);
  const mw = Math.max(0, want);
  return { mw, fastMw: 0, reasons: mw > 0 ? [{ code: 'powerForFleet', values: { mw } }] : [{ code: 'powerCovered', values: { mw: planned } }] };
}

/** Revenue a facility MW earned last quarter (what a powered MW of chips is worth a quarter), from the public record. */
export function revenuePerMw(ctx: BotContext): number {
  const last = ctx.view.history[ctx.view.history.length - 1];
  const mine = last?.metrics[ctx.ci];
  if (mine && mine.powerMw > 0 && mine.deployedUnits > 0) return mine.revenue / mine.powerMw;
  // Before any record: the quarter's pool over the power every company has online.
  const pool = ctx.view.scenario.market.revenuePool[ctx.q] ?? 0;
  const mw = ctx.view.me.powerMw + ctx.view.rivals.reduce((a, r) => a + r.powerMw, 0);
  return mw > 0 ? pool / mw : 0;
}

/**
 * Whether on-site generation pays for chips that would otherwise wait for the grid: a MW built on site runs
 * from `q + onsite lead` to the end; the grid alternative only from `q + grid lead` (never, if that is after
 * the end). It pays when what a powered MW of the fleet is worth in the quarters gained (revenue, and with a
 * model the capability it scores) beats the extra cost to build and run it.
 */
export function fastPays(ctx: BotContext, model?: WorldModel): { pays: boolean; earn: number; premium: number; readyQuarter: number } {
  const fastReady = ctx.q + ctx.onsite.leadQuarters;
  const gridReady = Math.min(ctx.Q, ctx.q + ctx.leadQuarters);
  let earn = 0;
  if (model) {
    // H100e a facility MW runs, for this fleet (its mix of chips).
    const fleet = deployedH100e(ctx.view.scenario, ctx.company, ctx.view.me.fleet).total;
    const perMw = ctx.fleetMw > 0 ? fleet / ctx.fleetMw : 0;
    for (let t = fastReady; t < gridReady; t++) earn += ((model.revenueRate[t] ?? 0) + model.lambda) * perMw;
  } else earn = revenuePerMw(ctx) * Math.max(0, gridReady - fastReady);
  earn = Math.round(earn);
  const runQuarters = Math.max(0, ctx.Q - fastReady);
  // If grid power could not come in the game at all, the on-site build replaces nothing: its whole cost counts.
  const gridCost = gridReady < ctx.Q ? ctx.costPerMw + ctx.opexPerMw * Math.max(0, ctx.Q - gridReady) : 0;
  const premium = Math.round(ctx.onsite.costPerMw + ctx.onsite.opexPerMwPerQuarter * runQuarters - gridCost);
  return { pays: fastReady < ctx.Q && gridReady > fastReady && earn > premium, earn, premium, readyQuarter: fastReady };
}

/**
 * Whether on-site power ready at `ready` pays for the company's own chips: what one of them, powered from then
 * to the end, is worth per MW (in cash, as the bot values any chip) against a MW's on-site build and the extra
 * running cost over the grid's.
 */
function ownChipFast(ctx: BotContext, model: WorldModel, ready: number): { pays: boolean; earn: number; premium: number } {
  const s = ctx.company.silicon;
  const mwU = (s.watts * ctx.overhead) / 1_000_000;
  if (mwU <= 0) return { pays: false, earn: 0, premium: 0 };
  const v = unitValue(ctx, model, ownChipUnit(ctx), ready, false).total;
  // unitValue charges grid running costs; on-site runs dearer.
  const extra = Math.max(0, ctx.onsite.opexPerMwPerQuarter - ctx.opexPerMw) * Math.max(0, ctx.Q - ready) * cashMultiplier(ctx, ready);
  const earn = Math.round(v / mwU);
  const premium = Math.round(ctx.onsite.costPerMw + extra);
  return { pays: earn > premium, earn, premium };
}

/**
 * Normal and hard: power for this quarter's expected chips that found no free power (the book's new MW),
 * plus the chips expected over the lead time beyond the capacity already coming, if the power comes online
 * before the end. (Hard once also dropped chips whose power it judged not to pay; measured, that built too
 * little power and cost it rank, so both levels now plan the lead time's arrivals alike.)
 */
export function powerAhead(ctx: BotContext, model: WorldModel, book: PowerBook, now: ArrivalsNow): PowerPlan {
  const ready = ctx.q + ctx.leadQuarters;
  // Chips that will find no power before the grid could serve them: this quarter's (the book's new MW) and
  // those already idle. On-site generation covers them when it pays; the grid covers what comes later.
  // Hard also counts the capability a powered MW scores; normal counts revenue only, except in a game too short
  // for any grid build to come online (the four-quarter scenarios). There on-site power is the only power that
  // can be added, and the chips left idle are the company's own (the engine runs the most efficient chips
  // first): normal then also counts its own chips booked to arrive by the time on-site power could be ready, and
  // builds for them when one of them, powered, is worth more than its share of the on-site build and its extra
  // running cost, valued as it values a chip (capability, revenue, independence, efficiency, in cash). Measured:
  // the classroom sprint's normal Microsoft had left all of its Maia idle, and the sensible-buyer script beat its
  // par by 6.5 points; in the eight-quarter games the same rule (from the quarter the grid is too late) cost the
  // sweep (62 cells flagged against 45, see docs/balance-log.md).
  const noGrid = ctx.level === 'normal' && noGridBuild(ctx);
  let fast = fastPays(ctx, ctx.level === 'hard' ? model : undefined);
  const headroomFast = 1 + ctx.persona.powerPlanning / 1000;
  let bookedMw = 0;
  if (noGrid) {
    for (const b of ctx.view.me.bookings) if (b.dueQuarter <= fast.readyQuarter) bookedMw += (b.units * ctx.company.silicon.watts * ctx.overhead) / 1_000_000;
    if (!fast.pays && fast.readyQuarter < ctx.Q) {
      const own = ownChipFast(ctx, model, fast.readyQuarter);
      if (own.pays) fast = { ...fast, pays: true, earn: own.earn, premium: own.premium };
    }
  }
  const waiting = book.newMw + Math.max(0, ctx.fleetMw + bookedMw - powerAt(ctx.view, fast.readyQuarter));
  const fastMw = fast.pays ? Math.max(0, Math.ceil(waiting * headroomFast)) : 0;
  const fastReasons = fastMw > 0 ? [{ code: 'powerFast' as const, values: { mw: fastMw, readyQuarter: fast.readyQuarter, earn: fast.earn, premium: fast.premium } }] : [];
  if (ready >= ctx.Q) return { mw: 0, fastMw, reasons: [...fastReasons, { code: 'powerTooLate', values: { readyQuarter: ready, quarters: ctx.Q } }] };
  let ahead = 0;
  for (let t = ctx.q + 1; t <= Math.min(ready, ctx.Q - 1); t++) {
    for (const a of expectedArrivals(ctx, t, now, undefined)) if (a.pays) ahead += a.mw;
  }
  // Capacity still free in the book by then serves those chips first; chips already idle need power too.
  const free = book.pools.filter((p) => p.start <= ready).reduce((a, p) => a + p.mw, 0);
  const idle = Math.max(0, ctx.fleetMw - powerAt(ctx.view, ready));
  const headroom = 1 + ctx.persona.powerPlanning / 400;
  const aheadMw = Math.max(0, ahead * headroom - free);
  // What the on-site build covers need not be built again on the grid.
  const forNow = Math.max(0, (book.newMw + idle) * headroom - fastMw);
  const mw = Math.max(0, Math.ceil(forNow + aheadMw));
  if (mw === 0) return { mw: 0, fastMw, reasons: [...fastReasons, { code: 'powerCovered', values: { mw: powerAt(ctx.view, ready) } }] };
  return { mw, fastMw, reasons: [...fastReasons, { code: 'buildAhead', values: { mw, readyQuarter: ready, forNow: Math.ceil(forNow), ahead: Math.ceil(aheadMw) } }] };
}
