/**
 * A level's decision. Easy and normal are the planner alone (src/ai/bot.ts). Hard also looks ahead: it weighs
 * up to four plans for this quarter (its planner's; the theme plan, the cheapest compute and the power to run
 * it; own chips first; the normal bot's steady plan: src/ai/theme.ts) by playing the rest of the game forward
 * from its view in imagined futures (src/ai/imagine.ts: the rivals rebuilt from the public record, playing as
 * normal bots; each plan then kept up by its own rules) and keeps the plan whose futures end with the best
 * score for its seat. Every plan meets the same futures (the same seeds, the same rivals' orders this quarter),
 * so the comparison is fair. This is policy switching by rollouts: in expectation it does at least as well as
 * the best of the plans followed throughout. The work is bounded by counts (futures per plan, iterations),
 * never by time.
 */
import {
  applyAction,
  deliveryQuarter,
  depositPerUnit,
  emptyOrders,
  viewFor,
  type GameState,
  type Orders,
  type PlayerView,
} from '../engine';
import { alignReasons } from './align';
import { decide, plannerPrices, onsiteOnlyShortGame } from './bot';
import { imagineState } from './imagine';
import { seatHelpers } from './helpers';
import { ownChipsFirst, themeOrders } from './theme';
import type { BidRationale, BotDecision, BotLevel, BotOptions, BotRationale, LookaheadPlan, Reason } from './types';

/** Imagined futures per plan for a hard decision, unless BotOptions.futures says otherwise. */
export const DEFAULT_FUTURES = 1;
/** Auction simulations for each later quarter of the planner in an imagined future (small: it runs often). */
export const FUTURE_ITERATIONS = 300;

type Policy = (state: GameState, playerId: string) => Orders;

const normalRival: Policy = (state, id) => {
  const view = viewFor(state, id);
  return view ? decideNormal(view, state.seed).orders : emptyOrders();
};

/**
 * Normal: the planner (src/ai/bot.ts). In a game too short for its eight-quarter pace and for any grid build to
 * come online before the end (the four-quarter scenarios: `onsiteOnlyShortGame`), where a chip bought runs only
 * on the on-site power bought with it, the planner's judgement (its prices, firm under uniform pricing; which
 * chips are worth buying at all; its partnership, silicon development and grey market, each by the company's
 * personality) goes with the theme plan's allocation of the money (src/ai/theme.ts: the cheapest compute first,
 * chip and the power it draws paid together, own chips weighed against vendor chips on the same all-in cost),
 * never bidding over the planner's price. Measured (README, *Balance*): in the eight-quarter games the same
 * allocation made the base game worse (16 flagged cells to 29), and in the three-quarter tutorial, where a grid
 * build still comes in the last quarter, it made the normal bot beat the coached advice the tutorial teaches;
 * there the planner decides alone.
 */
export function decideNormal(view: PlayerView, seed: string, opts: BotOptions = {}): BotDecision {
  const planned = decide(view, seed, 'normal', opts);
  if (!onsiteOnlyShortGame(view)) return planned;
  const price = plannerPrices(view);
  return themeAllocated(view, planned, (sku) => price.get(sku) ?? null);
}

/**
 * The hard planner's short-game plan: as the normal bot's (decideNormal), the planner's judgement with the theme
 * plan's allocation, each chip's bid going to the hard planner's own top price for it (its simulated auctions)
 * and chips it does not bid for left out.
 */
function decideHardShort(view: PlayerView, seed: string, opts: BotOptions): BotDecision {
  const planned = decide(view, seed, 'hard', opts);
  const top = new Map<string, number>();
  for (const b of planned.orders.bids) top.set(b.sku, Math.max(top.get(b.sku) ?? 0, b.maxPrice));
  return themeAllocated(view, planned, (sku) => top.get(sku) ?? null);
}

/** A planner's decision with its money allocated by the theme plan, bids up to `firmPrice` (see decideNormal). */
function themeAllocated(view: PlayerView, planned: BotDecision, firmPrice: (sku: string) => number | null): BotDecision {
  const p = planned.orders;
  const h = seatHelpers(view);
  const deal = { ...h.empty(), partnership: p.partnership, ...(p.dealBid !== undefined ? { dealBid: p.dealBid } : {}) };
  const persona = view.scenario.companies.find((c) => c.id === view.me.id)?.personality;
  const theme = themeOrders(view, {
    firmPrice,
    reserve: persona ? persona.cashReserve / 200 : undefined,
    committed: h.cost(deal),
    siliconInvestment: p.siliconInvestment,
  });
  let orders: Orders = { ...theme, partnership: p.partnership, ...(p.dealBid !== undefined ? { dealBid: p.dealBid } : {}), greyMarket: p.greyMarket };
  if (h.check(orders)) orders = { ...orders, greyMarket: [] };
  if (h.check(orders)) orders = theme;
  const rationale = rationaleFor(view, planned.rationale, orders);
  // Only called where no grid build can come online (onsiteOnlyShortGame): on-site power bought with the chips
  // says why, as the planner's own gap rule does (src/ai/bot.ts, onsiteGap).
  const fast = orders.powerFast ?? 0;
  const lead = view.scenario.power.onsite?.leadQuarters;
  if (fast > 0 && lead !== undefined && orders.powerBuild === 0) {
    rationale.power = { ...rationale.power, reasons: [{ code: 'powerFastGap', values: { mw: fast, readyQuarter: view.quarter + lead } }] };
  }
  return { orders, rationale };
}

function step(state: GameState, action: Parameters<typeof applyAction>[1]): GameState {
  const r = applyAction(state, action);
  return r.ok ? r.state : state;
}

/** One imagined future: the game as the seat imagines it now, and its rivals' orders this quarter (decided once: they cannot see the seat's sealed orders, so every plan meets the same). */
export interface Future {
  state: GameState;
  rivals: Map<string, Orders>;
}

/** An imagined future drawn from `seed`, its rivals' orders for this quarter decided as normal bots. */
export function imagineFuture(view: PlayerView, seed: string): Future {
  const state = imagineState(view, seed);
  const rivals = new Map<string, Orders>();
  for (const p of state.players) if (p.id !== view.me.id) rivals.set(p.id, normalRival(state, p.id));
  return { state, rivals };
}

/**
 * The seat's score (tenths) at the end of an imagined future: `first` this quarter, `later` after, rivals as
 * normal bots. An order the engine rejects counts as a pass, as in a real game.
 */
export function playForward(future: Future, me: string, first: Orders, later: Policy): number {
  let state = future.state;
  let firstQuarter = true;
  while (state.phase !== 'gameOver') {
    for (const p of state.players) {
      const orders =
        p.id === me
          ? firstQuarter
            ? first
            : later(state, me)
          : firstQuarter
            ? (future.rivals.get(p.id) ?? emptyOrders())
            : normalRival(state, p.id);
      const next = applyAction(state, { type: 'submitOrders', playerId: p.id, orders });
      state = next.ok ? next.state : step(state, { type: 'submitOrders', playerId: p.id, orders: emptyOrders() });
    }
    const resolved = applyAction(state, { type: 'resolveQuarter' });
    if (!resolved.ok) break;
    state = step(resolved.state, { type: 'advance' });
    firstQuarter = false;
  }
  const last = state.history[state.history.length - 1];
  return last?.metrics.find((m) => m.playerId === me)?.score ?? 0;
}

function sameOrders(a: Orders, b: Orders): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A policy that decides from the seat's view of a state (empty orders for a seat not in the game). */
function fromView(decideView: (view: PlayerView, seed: string) => Orders): Policy {
  return (state, id) => {
    const v = viewFor(state, id);
    return v ? decideView(v, state.seed) : emptyOrders();
  };
}

/** A seat's orders and rationale at a level, from its view only. */
export function decideLevel(view: PlayerView, seed: string, level: BotLevel, opts: BotOptions = {}): BotDecision {
  if (level === 'normal') return decideNormal(view, seed, opts);
  const short = level === 'hard' && onsiteOnlyShortGame(view);
  const planned = short ? decideHardShort(view, seed, opts) : decide(view, seed, level, opts);
  const futures = Math.max(0, Math.floor(opts.futures ?? DEFAULT_FUTURES));
  if (level !== 'hard' || futures === 0) return planned;
  const iterations = Math.min(FUTURE_ITERATIONS, opts.iterations ?? FUTURE_ITERATIONS);
  const plannerLater = fromView((v, s) => (short ? decideHardShort(v, s, { iterations, quick: true }) : decide(v, s, 'hard', { iterations, quick: true })).orders);
  // The plans, each once (a plan that orders what an earlier one does is not weighed again). The normal bot's is
  // one the hard bot may always fall back on: in the short tutorial its planner and the other plans each did worse.
  const plans: { name: LookaheadPlan['name']; first: Orders; later: Policy }[] = [];
  const add = (name: LookaheadPlan['name'], first: Orders, later: Policy) => {
    if (!plans.some((p) => sameOrders(p.first, first))) plans.push({ name, first, later });
  };
  add('plan', planned.orders, plannerLater);
  add('theme', themeOrders(view), fromView((v) => themeOrders(v)));
  add('ownChips', ownChipsFirst(view, planned.orders), (state, id) => {
    const v = viewFor(state, id);
    return v ? ownChipsFirst(v, plannerLater(state, id)) : emptyOrders();
  });
  add('steady', decideNormal(view, seed).orders, normalRival);
  if (plans.length < 2) return planned;
  const worlds = Array.from({ length: futures }, (_, k) => imagineFuture(view, `${seed}/future/${view.me.id}/${view.quarter}/${k}`));
  const scored = plans.map((p) => {
    let total = 0;
    for (const w of worlds) total += playForward(w, view.me.id, p.first, p.later);
    return { plan: p, score: Math.round(total / futures) };
  });
  // The best mean score; a tie keeps the earlier plan (the planner's first).
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  const lookahead = { futures, plans: scored.map((s) => ({ name: s.plan.name, score: s.score })), chosen: best.plan.name };
  if (best.plan.name === 'plan') return { orders: planned.orders, rationale: { ...planned.rationale, lookahead } };
  return { orders: best.plan.first, rationale: { ...rationaleFor(view, planned.rationale, best.plan.first), lookahead } };
}

/** Reasons that describe how the planner would have bid, not what a chip is worth. */
const PLANNER_BID_CODES: ReadonlySet<string> = new Set(['simulated', 'bidCurve', 'bidTrimmed', 'cashLimited', 'aggression', 'payAsBidShade']);
/** The planner's verdicts that a chip was not worth bidding for. */
const REFUSED_CODES: ReadonlySet<string> = new Set(['tooExpensive', 'tooLate']);

/**
 * A bid's reasons as the planner gave them, less how it would have bid: a rationale already spoken of another plan
 * (the short games' theme allocation, then weighed by the look ahead) has its plan's words taken back (planSkips
 * dropped, planBuys back to the planner's verdict).
 */
function plannerWords(reasons: readonly Reason[]): Reason[] {
  return reasons
    .filter((x) => !PLANNER_BID_CODES.has(x.code) && x.code !== 'planSkips')
    .map((x): Reason => (x.code === 'planBuys' ? { code: x.values.refused === 'tooLate' ? 'tooLate' : 'tooExpensive', values: { forecast: x.values.forecast ?? 0, valuation: x.values.valuation ?? 0 } } : x));
}

/**
 * The planner's rationale made to speak of another plan's orders: each bid keeps what the planner found a unit
 * of that chip worth (and why), with the plan's quantity and price; silicon, power, grey market and partnership
 * say what the plan orders.
 */
function rationaleFor(view: PlayerView, r: BotRationale, o: Orders): BotRationale {
  const bids: BidRationale[] = o.bids.map((b) => {
    const mine = r.bids.find((x) => x.sku === b.sku);
    // What the planner found a unit worth still holds; how it would have bid (its simulations, its curve) does not,
    // nor its verdict that a chip this plan buys was not worth buying (the plan buys it: say so).
    const reasons = plannerWords(mine?.reasons ?? []).map((x): Reason => (REFUSED_CODES.has(x.code) ? { code: 'planBuys', values: { forecast: x.values.forecast ?? 0, valuation: x.values.valuation ?? 0, refused: x.code } } : x));
    return { sku: b.sku, quantity: b.quantity, maxPrice: b.maxPrice, valuation: mine?.valuation ?? 0, reasons };
  });
  // Tranches of one chip show as one bid: the first (highest) price, the units summed.
  const merged: BidRationale[] = [];
  for (const b of bids) {
    const m = merged.find((x) => x.sku === b.sku);
    if (m) m.quantity += b.quantity;
    else merged.push(b);
  }
  // A chip this plan leaves out: its worth still holds, the planner's bid (or its cash limit) does not; unless the
  // planner refused it on its own (too expensive, too late), the plan's choice is the reason.
  for (const x of r.bids) {
    if (merged.some((b) => b.sku === x.sku)) continue;
    const curve = x.reasons.find((y) => y.code === 'bidCurve');
    const units = x.quantity + (curve ? Number(curve.values.units) || 0 : 0);
    const kept = plannerWords(x.reasons);
    const refused = kept.some((y) => REFUSED_CODES.has(y.code));
    merged.push({ ...x, quantity: 0, maxPrice: 0, reasons: refused ? kept : [{ code: 'planSkips', values: { units } }, ...kept] });
  }
  const unitCost = view.scenario.companies.find((c) => c.id === view.me.id)?.silicon.unitCost ?? 0;
  const silicon: Reason[] = [
    ...(o.siliconInvestment > 0 ? [{ code: 'siliconPlan' as const, values: { amount: o.siliconInvestment } }] : []),
    ...(o.customOrder > 0
      ? [
          {
            code: 'customOrder' as const,
            values: {
              units: o.customOrder,
              unitCost,
              due: deliveryQuarter({ scenario: view.scenario }, view.quarter),
              deposit: depositPerUnit({ scenario: view.scenario }, unitCost),
            },
          },
        ]
      : []),
  ];
  const fastMw = o.powerFast ?? 0;
  const out: BotRationale = {
    ...r,
    bids: merged,
    silicon: { investment: o.siliconInvestment, customOrder: o.customOrder, reasons: silicon },
    power: {
      mw: o.powerBuild,
      fastMw,
      reasons: o.powerBuild > 0 || fastMw > 0 ? [{ code: 'powerPlan', values: { mw: o.powerBuild, fastMw } }] : [],
    },
    grey: o.greyMarket.length > 0 ? { ...r.grey } : { units: 0, reasons: [] },
    partnership: o.partnership === r.partnership.id ? { ...r.partnership } : { id: o.partnership, reasons: [] },
    cash: { ...r.cash },
  };
  // The deal bid, grey units and cash kept back as this plan orders them.
  alignReasons(view, out, o);
  return out;
}
