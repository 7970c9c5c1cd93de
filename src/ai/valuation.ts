/**
 * The bot's valuation model: what one more unit of compute is worth in dollars, from the score weights and
 * public facts. The final score is a weighted mean of parts scaled against the best company (capability,
 * market) or absolute (independence), so a dollar, an H100e-quarter, a point of own-silicon share and a
 * point of efficiency each move the score by an estimable amount; their ratios are exchange rates.
 */
import { carriedSupply, DEFAULT_ASSET_LIFE_QUARTERS, type Scenario, type SkuSpec } from '../engine';
import { deployedH100e, otherBlocks, powerAt, type BotContext } from './context';

/** Exchange rates and forecasts the bot values chips with. */
export interface WorldModel {
  /** Dollars per H100e-quarter of capability. */
  lambda: number;
  /** Dollars per unit (0..1) of own-silicon share at the end. */
  indepDollar: number;
  /** Dollars per H100e/MW of efficiency at the end. */
  effDollar: number;
  /** Marginal AI revenue per MIG-weighted H100e deployed in quarter t (index t), counted as the market score counts it. */
  revenueRate: number[];
  /** Projected end-of-game deployed H100e, own-silicon H100e and MW for this company. */
  myEnd: { total: number; own: number; power: number };
  /** Projected leader's final market value (cash + revenue) and cumulative compute; best efficiency now. */
  mRef: number;
  cRef: number;
  eRef: number;
  /** Projected world (all companies) MIG-weighted deployed compute per quarter. */
  world: number[];
}

/** What a unit is: a SKU's or the company's own chip. */
export interface UnitKind {
  h100e: number;
  watts: number;
  mig: boolean;
  own: boolean;
}

/** The company's own chip as a unit kind. */
export function ownChipUnit(ctx: BotContext): UnitKind {
  const s = ctx.company.silicon;
  return { h100e: s.h100e, watts: s.watts, mig: s.mig, own: true };
}

/** Supply of a SKU in quarter t from the public schedule and the announced (active) event modifiers. */
export function supplyAt(ctx: BotContext, skuId: string, t: number): number {
  const s = ctx.view.scenario.skus.find((x) => x.id === skuId);
  if (!s || s.availableFrom > t) return 0;
  let n = s.supply[t] ?? 0;
  for (const m of ctx.view.modifiers) if (m.kind === 'supply' && m.sku === skuId && m.untilQuarter > t) n = (n * (100 + m.pct)) / 100;
  // Last quarter's unsold units are offered again this quarter (public: the revealed clearing).
  return Math.max(0, Math.round(n)) + (t === ctx.q ? carriedSupply(ctx.view, s) : 0);
}

/** The revenue pool of quarter t with announced modifiers. */
export function poolAt(ctx: BotContext, t: number): number {
  let pool = ctx.view.scenario.market.revenuePool[t] ?? 0;
  for (const m of ctx.view.modifiers) if (m.kind === 'revenuePool' && m.untilQuarter > t) pool = (pool * (100 + m.pct)) / 100;
  return Math.max(0, pool);
}

/** Other demand for a SKU in quarter t (public scenario data, bound by export rules). */
function otherAt(ctx: BotContext, sku: SkuSpec, t: number): number {
  return otherBlocks(ctx.view.scenario, sku, t).reduce((a, b) => a + b.quantity * b.approval, 0);
}

/** H100e the game's companies can add in quarter t: vendor supply left after other demand, plus custom chips. */
export function worldGrowth(ctx: BotContext, t: number): { h100e: number; weighted: number } {
  const sc = ctx.view.scenario;
  let h = 0;
  let w = 0;
  for (const s of sc.skus) {
    const n = Math.max(0, supplyAt(ctx, s.id, t) - otherAt(ctx, s, t));
    h += n * s.h100e;
    w += n * s.h100e * (s.mig ? sc.market.migYield : 1);
  }
  const producers = sc.companies.filter((c) => {
    const stage = c.id === ctx.view.me.id ? ctx.view.me.silicon.stage : ctx.view.rivals.find((r) => r.id === c.id)?.siliconStage;
    return stage === 'ramp' || stage === 'volume';
  });
  if (producers.length > 0) {
    const avg = producers.reduce((a, c) => a + c.silicon.h100e, 0) / producers.length;
    const custom = (sc.silicon.foundryPool[t] ?? 0) * avg * 0.7;
    h += custom;
    w += custom;
  }
  return { h100e: h, weighted: w };
}

interface Projection {
  /** Cumulative H100e-quarters so far (from the public metrics). */
  sofar: number;
  deployed: number;
  growth: number;
}

/** Public per-company projections of compute: past deployment (metrics), deployed now, growth per quarter. */
function projections(ctx: BotContext): Projection[] {
  const { view } = ctx;
  const sc = view.scenario;
  const hist = view.history;
  const budgets = sc.companies.map((c) => Math.max(0, c.budget[ctx.q] ?? 0));
  const budgetSum = budgets.reduce((a, b) => a + b, 0) || 1;
  const g = worldGrowth(ctx, ctx.q).h100e;
  return sc.companies.map((c, i) => {
    const deployedRec = c.id === view.me.id ? view.me.deployed : (view.rivals.find((r) => r.id === c.id)?.deployed ?? {});
    const deployed = deployedH100e(sc, c, deployedRec).total;
    let sofar = 0;
    for (const h of hist) sofar += h.metrics[i]?.deployedH100e ?? 0;
    const byBudget = (g * (budgets[i] as number)) / budgetSum;
    let growth = byBudget * 0.7;
    if (hist.length >= 2) {
      const a = hist[hist.length - 1]?.metrics[i]?.deployedH100e ?? 0;
      const b = hist[Math.max(0, hist.length - 3)]?.metrics[i]?.deployedH100e ?? 0;
      const steps = Math.min(2, hist.length - 1);
      growth = 0.5 * growth + 0.5 * Math.max(0, (a - b) / steps);
    }
    return { sofar, deployed, growth };
  });
}

/**
 * Builds the world model. `precise` (hard) values revenue at the margin (a company's own share of the pool
 * shrinks what one more unit adds) and projects its own end state from its plans; otherwise the average
 * revenue per H100e is used.
 */
export function worldModel(ctx: BotContext, precise: boolean): WorldModel {
  const { view, q, Q, left } = ctx;
  const sc = view.scenario;
  const w = sc.scoring.weights;
  const wsum = w.capability + w.market + w.independence + w.efficiency || 1;
  // A scenario that ignores money still needs a dollar scale: treat money as worth 1% of the score.
  const wm = Math.max(w.market, wsum / 100);

  // The parts' yardstick at the end: the scenario's typical leader when it sets one, else a projection of
  // this game's best.
  const ref = sc.scoring.reference;
  const refEnd = (xs: readonly number[]) => Math.max(1, xs[Math.min(xs.length - 1, Q - 1)] ?? 1);
  const proj = projections(ctx);
  let cRef = 1;
  proj.forEach((p) => {
    cRef = Math.max(cRef, p.sofar + left * p.deployed + (p.growth * left * (left + 1)) / 2);
  });
  if (ref) cRef = refEnd(ref.capability);

  // The market leader's profit at the end: its profit now (from this company's public market part) plus a
  // leader's share of the pools to come, less the write-offs of its capital.
  const last = view.history[view.history.length - 1];
  const mine = last?.metrics[ctx.ci];
  let mNow = 0;
  if (mine && mine.parts.market > 0 && mine.profit > 0) mNow = (mine.profit * 1000) / mine.parts.market;
  let mAdd = 0;
  for (let t = q; t < Q; t++) mAdd += (1.2 * poolAt(ctx, t)) / sc.companies.length;
  const mRef = ref ? refEnd(ref.market) : Math.max(1, mNow + mAdd);

  const world: number[] = [];
  const rivalsNow = sc.companies.reduce((a, c) => {
    const rec = c.id === view.me.id ? view.me.deployed : (view.rivals.find((r) => r.id === c.id)?.deployed ?? {});
    return a + deployedH100e(sc, c, rec).weighted;
  }, 0);
  let wt = Math.max(1, rivalsNow);
  for (let t = 0; t < Q; t++) {
    if (t >= q) wt += worldGrowth(ctx, t).weighted * 0.85;
    world.push(t >= q ? wt : 0);
  }

  const me = deployedH100e(sc, ctx.company, view.me.deployed);
  const myGrowth = proj[ctx.ci]?.growth ?? 0;
  const myEnd = {
    total: Math.max(1, me.total + myGrowth * left),
    own: me.own,
    power: Math.max(1, powerAt(view, Q - 1)),
  };
  const revenueRate: number[] = [];
  for (let t = 0; t < Q; t++) {
    if (t < q) {
      revenueRate.push(0);
      continue;
    }
    const W = world[t] as number;
    const pool = poolAt(ctx, t);
    let rate = pool / W;
    if (precise) {
      const share = Math.min(0.9, (me.weighted + myGrowth * (t - q + 1)) / W);
      rate *= 1 - share;
    }
    // Market = profit: a dollar of revenue counts once.
    revenueRate.push(rate);
  }
  let eRef = 1;
  for (const c of sc.companies) {
    const isMe = c.id === view.me.id;
    const r = view.rivals.find((x) => x.id === c.id);
    const mw = isMe ? view.me.powerMw : (r?.powerMw ?? 0);
    const d = deployedH100e(sc, c, isMe ? view.me.deployed : (r?.deployed ?? {})).total;
    if (mw > 0) eRef = Math.max(eRef, d / mw);
  }
  if (ref) eRef = refEnd(ref.efficiency);
  return {
    lambda: (w.capability * mRef) / (wm * cRef),
    indepDollar: (w.independence * mRef) / wm,
    effDollar: (w.efficiency * mRef) / (wm * eRef),
    revenueRate,
    myEnd,
    mRef,
    cRef,
    eRef,
    world,
  };
}

/** The parts of a unit's value, in dollars. */
export interface UnitValue {
  total: number;
  revenue: number;
  capability: number;
  independence: number;
  efficiency: number;
  running: number;
}

/**
 * Share of a capital dollar spent in quarter `start` that the market part's profit writes off by the end:
 * (quarters left) / (asset life), at most 1. Unspent cash scores nothing, so a dollar spent on an asset costs
 * the score only this share of it.
 */
export function capitalShare(ctx: BotContext, start: number): number {
  return writeOffShare(ctx.view.scenario, ctx.Q - start);
}

/** capitalShare for a dollar spent with `quartersLeft` quarters to go: quarters left over asset life, at most 1. */
function writeOffShare(scenario: Pick<Scenario, 'scoring'>, quartersLeft: number): number {
  const life = scenario.scoring.assetLifeQuarters ?? DEFAULT_ASSET_LIFE_QUARTERS;
  return Math.min(1, Math.max(1, quartersLeft) / Math.max(1, life));
}

/**
 * How many cash dollars one score-dollar of a unit bought in quarter `start` is worth paying. Capex costs the
 * score only its write-off (the capital share), and cash left at the end scores nothing, so the inverse of
 * the capital share is the most a dollar of value is worth in cash. But a dollar spent now is a dollar not
 * spent later: early on the bot keeps the multiplier near 1.5 and lets it rise towards 4.5 by the last quarter,
 * so it plans to spend its whole budget over the game rather than all of it at once.
 */
export function cashMultiplier(ctx: BotContext, start: number): number {
  const share = capitalShare(ctx, start);
  // Budget pacing: cash piling up beyond this quarter's budget is cash the bot has been too careful with.
  const budget = Math.max(1, ctx.company.budget[ctx.q] ?? 0);
  const piling = Math.min(3, Math.max(0, ctx.cashFree / budget - 1.5));
  return Math.max(1, Math.min(1 / share, spendingPace(ctx, EIGHT_QUARTER_PACE) * (1 + 0.15 * piling)));
}

/** Where the spending pace starts in the first quarter (an eight-quarter game's). */
const EIGHT_QUARTER_PACE = 1.5;

/** The spending pace this quarter: `early` in the first quarter, rising by 3 (quadratically) to the last. */
function spendingPace(ctx: BotContext, early: number): number {
  const late = ctx.Q > 1 ? ctx.q / (ctx.Q - 1) : 1;
  return early + 3 * late * late;
}

/**
 * Whether the game is too short for the planner's eight-quarter pace: half the most a dollar of value is worth
 * over the whole game is more than that pace (six quarters or fewer at an asset life of 20 quarters: the
 * four-quarter scenarios and the tutorial).
 */
export function shortGame(scenario: Pick<Scenario, 'quarters' | 'scoring'>): boolean {
  return 0.5 / writeOffShare(scenario, scenario.quarters) > EIGHT_QUARTER_PACE;
}

/**
 * How much further a uniform-price bid may go toward a unit's value in a short game. The cash multiplier paces
 * spending for an eight-quarter game (about 1.5 at the start); in a game of four quarters or fewer a dollar
 * kept for later has fewer quarters left to buy in, so the early pace would be half the most a dollar of value
 * is worth (the inverse of the capital share over the whole game). Applied to the bid's price only, not to how
 * many units are worth buying: more units would be chips without power to run them. 1 in any game of seven
 * quarters or more (at an asset life of 20 quarters); in the four-quarter scenarios about 1.7 at the start.
 * Measured: every normal bot bid its forecast times a markup from its personality, so in the scarce auctions of
 * the 2025 scenario the least aggressive (Amazon) lost each first quarter by a hair, and bidding 1.5x from its
 * seat beat par by 6.7 points (2.9 with this).
 */
export function shortGameFirming(ctx: BotContext): number {
  if (!shortGame(ctx.view.scenario)) return 1;
  const early = 0.5 / capitalShare(ctx, 0);
  const most = 1 / capitalShare(ctx, ctx.q);
  return Math.min(most, spendingPace(ctx, early)) / Math.min(most, spendingPace(ctx, EIGHT_QUARTER_PACE));
}

/**
 * What one unit deployed from quarter `start` to the end is worth in cash: capability and revenue each
 * quarter, its effect on the end-of-game independence and efficiency parts, less power opex, scaled by the
 * cash multiplier (a capital dollar costs the score only its write-off), less the power build if it needs
 * new capacity.
 */
export function unitValue(ctx: BotContext, model: WorldModel, unit: UnitKind, start: number, newPower: boolean): UnitValue {
  const n = Math.max(0, ctx.Q - start);
  const mwU = (unit.watts * ctx.overhead) / 1_000_000;
  if (n === 0) return { total: 0, revenue: 0, capability: 0, independence: 0, efficiency: 0, running: 0 };
  const k = cashMultiplier(ctx, start);
  const mig = unit.mig ? ctx.view.scenario.market.migYield : 1;
  let revenue = 0;
  for (let t = start; t < ctx.Q; t++) revenue += (model.revenueRate[t] ?? 0) * unit.h100e * mig;
  const capability = model.lambda * unit.h100e * n;
  const T = model.myEnd.total;
  const own = model.myEnd.own;
  const independence = unit.own ? (model.indepDollar * (T - own) * unit.h100e) / (T * T) : -(model.indepDollar * own * unit.h100e) / (T * T);
  const E = T / model.myEnd.power;
  const efficiency = newPower ? (model.effDollar * (unit.h100e - E * mwU)) / model.myEnd.power : (model.effDollar * unit.h100e) / model.myEnd.power;
  const running = ctx.opexPerMw * mwU * n * k + (newPower ? ctx.costPerMw * mwU : 0);
  return { total: (revenue + capability + independence + efficiency) * k - running, revenue: revenue * k, capability: capability * k, independence: independence * k, efficiency: efficiency * k, running };
}
