/**
 * How each level bids for one SKU. Easy bids near list with a share of its cash. Normal forecasts the
 * clearing price and bids for the units worth more than it. Hard bids firmer than the forecast and checks the
 * bid in simulated auctions (the engine's own `clearAuction` over rival bids drawn from its beliefs);
 * `bidHard`, the search for the bid with the best expected surplus, is kept for comparison.
 */
import type { Rng } from '../engine';
import { simulate, simulateCurve, skuSamples, type AuctionSim, type OwnBid } from './auction-sim';
import type { BotContext, SkuInfo } from './context';
import { cumValue, marginalValue, newPowerUnits, tranches, unitsWorth, type PowerBook, type Tranche } from './demand';
import { affordable, firmBid } from './firming';
import { forecastClearing } from './forecast';
import type { BidRationale, Reason } from './types';
import { shortGameFirming, unitValue, type WorldModel } from './valuation';

export { TOWARD_VALUE } from './firming';

/** One SKU's bid decision. */
export interface BidPlan {
  quantity: number;
  maxPrice: number;
  /** Units the bot expects to win (for power planning). */
  expectedFill: number;
  /** Units of the expected fill that need new power. */
  expectedNewPower: number;
  rationale: BidRationale;
  /** Auction simulations run. */
  iterations: number;
  /** Expected surplus of the bid (hard: simulated value won less price paid), dollars. */
  eu: number;
  /**
   * Further tranches below the main bid (each at a lower max price), so the bid is a demand curve: more
   * units if the market clears low. Empty for a single bid; at most maxBidsPerSku - 1.
   */
  tranches: OwnBid[];
}

/** Worst-case chip cash of a whole curve (main bid and tranches) with the SKU's surcharge. */
export function planChipCash(plan: Pick<BidPlan, 'quantity' | 'maxPrice' | 'tranches'>, sharePct: number): number {
  let c = Math.ceil((plan.quantity * plan.maxPrice * (100 + sharePct)) / 100);
  for (const t of plan.tranches) c += Math.ceil((t.quantity * t.maxPrice * (100 + sharePct)) / 100);
  return c;
}

/** Units of a whole curve. */
export function planUnits(plan: Pick<BidPlan, 'quantity' | 'tranches'>): number {
  return plan.quantity + plan.tranches.reduce((a, t) => a + t.quantity, 0);
}

function exportReasons(info: SkuInfo): Reason[] {
  const out: Reason[] = [];
  const rule = info.status.ruleId ?? '';
  if (info.status.modes.includes('licence')) out.push({ code: 'licence', values: { pct: info.status.approvalPct, rule } });
  if (info.status.modes.includes('revenueShare')) out.push({ code: 'revenueShare', values: { pct: info.status.sharePct, rule } });
  return out;
}

function noBid(info: SkuInfo, valuation: number, reasons: Reason[], iterations = 0): BidPlan {
  return { quantity: 0, maxPrice: 0, expectedFill: 0, expectedNewPower: 0, iterations, eu: 0, tranches: [], rationale: { sku: info.spec.id, quantity: 0, maxPrice: 0, valuation: Math.round(valuation), reasons } };
}

/** Easy: myopic. A price near list (a little higher when aggressive), a share of cash split over the SKUs. */
export function bidEasy(ctx: BotContext, info: SkuInfo, money: number, skuCount: number, rng: Rng): BidPlan {
  const p = ctx.persona;
  const list = info.spec.listPrice;
  const maxPrice = Math.round(list * (1 + p.bidAggression / 500 + rng.next() * 0.04));
  const share = 0.55 * (1 - p.cashReserve / 200);
  const perUnit = (maxPrice * (100 + info.sharePct)) / 100;
  const quantity = Math.max(0, Math.min(Math.floor((money * share) / Math.max(1, skuCount) / perUnit), Math.floor(info.supply * 0.3)));
  const reasons: Reason[] = [
    { code: 'listPrice', values: { price: list } },
    { code: 'aggression', values: { pct: Math.round((maxPrice / list - 1) * 100) } },
    ...exportReasons(info),
  ];
  if (quantity === 0) return noBid(info, maxPrice, [{ code: 'cashLimited', values: { cash: Math.round(money) } }, ...reasons]);
  return {
    quantity,
    maxPrice,
    expectedFill: Math.round(quantity * 0.5),
    expectedNewPower: 0,
    iterations: 0,
    eu: 0,
    tranches: [],
    rationale: { sku: info.spec.id, quantity, maxPrice, valuation: maxPrice, reasons },
  };
}

/** Reasons that explain a valuation: its biggest parts and when the chips would run. */
function valueReasons(ctx: BotContext, model: WorldModel, info: SkuInfo, schedule: readonly Tranche[]): Reason[] {
  const first = schedule[0];
  if (!first) return [];
  const v = unitValue(ctx, model, { h100e: info.spec.h100e, watts: info.spec.watts, mig: info.spec.mig, own: false }, first.start, first.charged);
  const out: Reason[] = [];
  out.push({ code: 'valuePerUnit', values: { value: Math.round(v.total) } });
  out.push({ code: 'revenuePerUnit', values: { value: Math.round(v.revenue) } });
  out.push({ code: 'capabilityValue', values: { value: Math.round(v.capability), quarters: ctx.Q - first.start } });
  if (Math.abs(v.independence) > v.total * 0.05) out.push({ code: 'independenceCost', values: { value: Math.round(-v.independence) } });
  const nowUnits = schedule.filter((t) => t.start === ctx.q).reduce((a, t) => a + t.units, 0);
  if (nowUnits > 0) out.push({ code: 'powerReady', values: { units: nowUnits } });
  const later = schedule.find((t) => t.start > ctx.q);
  if (later) out.push({ code: 'powerLater', values: { quarter: later.start, units: later.units } });
  return out;
}

/**
 * Normal: forecasts the clearing price from the public record, bids a margin over it (by aggression, plus
 * `firmness`; under uniform pricing at least TOWARD_VALUE of the way to the last unit's value, within FIRM_CAP
 * and FIRM_FLOOR) but never over its valuation, for the units whose value covers that price, within its cash.
 */
export function bidNormal(ctx: BotContext, info: SkuInfo, model: WorldModel, book: PowerBook, money: number, firmness = 0): BidPlan {
  const unit = { h100e: info.spec.h100e, watts: info.spec.watts, mig: info.spec.mig, own: false };
  const schedule = tranches(ctx, model, unit, book, info.supply);
  const fc = forecastClearing(ctx, info);
  const v1 = schedule[0]?.value ?? 0;
  const surcharge = 1 + info.sharePct / 100;
  const reasons = [...fc.reasons, ...valueReasons(ctx, model, info, schedule), ...exportReasons(info)];
  if (v1 < fc.price * surcharge || v1 < info.spec.listPrice * surcharge) {
    const code = ctx.Q - ctx.q <= ctx.leadQuarters && schedule.length === 0 ? 'tooLate' : 'tooExpensive';
    return noBid(info, v1, [{ code, values: { forecast: fc.price, valuation: Math.round(v1) } }, ...reasons]);
  }
  const markup = 1.04 + firmness + ctx.persona.bidAggression / 600;
  const payAsBid = ctx.view.scenario.market.pricing === 'payAsBid';
  let maxPrice = Math.max(info.spec.listPrice, Math.min(Math.round(payAsBid ? fc.price : fc.price * markup), Math.floor(v1 / surcharge)));
  const worth = unitsWorth(schedule, maxPrice * surcharge);
  const cap = Math.floor(info.supply * (0.35 + ctx.persona.bidAggression / 400));
  let quantity = affordable(ctx, info, schedule, maxPrice, money, Math.min(worth, cap));
  if (!payAsBid && quantity > 0) {
    // Under uniform pricing the highest rejected bid sets the price, so bidding over the forecast costs little
    // unless this bid is the one rejected: bid part of the way from the forecast to what the last unit bid
    // for is worth (the same units; fewer only if the cash runs short at the firmer price), at most FIRM_CAP times
    // the forecast and never so firm that the cash covers less than FIRM_FLOOR of the units.
    const short = shortGameFirming(ctx);
    if (short > 1) reasons.unshift({ code: 'shortGame', values: { pct: Math.round((short - 1) * 100), quarters: ctx.Q - ctx.q } });
    const firm = firmBid(ctx, info, schedule, fc.price, (short * marginalValue(schedule, quantity)) / surcharge, Math.floor((short * v1) / surcharge), { quantity, maxPrice }, money);
    quantity = firm.quantity;
    maxPrice = firm.maxPrice;
  }
  if (quantity < Math.min(worth, cap)) reasons.push({ code: 'cashLimited', values: { cash: Math.round(money) } });
  reasons.push({ code: 'aggression', values: { pct: Math.round((maxPrice / fc.price - 1) * 100) } });
  if (quantity === 0) return noBid(info, v1, reasons);
  const tail = normalTranches(ctx, info, schedule, { quantity, maxPrice }, fc.price, money);
  if (tail.length > 0) reasons.push({ code: 'bidCurve', values: { tranches: tail.length + 1, units: tail.reduce((a, t) => a + t.quantity, 0), price: tail[tail.length - 1]?.maxPrice ?? maxPrice } });
  const expectedFill = Math.round(quantity * 0.7 + tail.reduce((a, t) => a + t.quantity, 0) * 0.3);
  return {
    quantity,
    maxPrice,
    expectedFill,
    expectedNewPower: newPowerUnits(schedule, expectedFill),
    iterations: 0,
    eu: 0,
    tranches: tail,
    rationale: { sku: info.spec.id, quantity, maxPrice, valuation: Math.round(v1), reasons },
  };
}

/**
 * Normal's demand curve: below its main bid, up to two tranches at lower prices (a little under the forecast
 * clearing price, then list) for the further units whose value covers those prices, within the money left.
 * They fill only if the market clears low, so they buy cheap units without raising the main bid.
 */
function normalTranches(ctx: BotContext, info: SkuInfo, schedule: readonly Tranche[], main: OwnBid, forecast: number, money: number): OwnBid[] {
  const max = ctx.view.scenario.market.maxBidsPerSku;
  if (max < 2) return [];
  const list = info.spec.listPrice;
  const surcharge = 1 + info.sharePct / 100;
  const cap = Math.floor(info.supply * (0.5 + ctx.persona.bidAggression / 400));
  const out: OwnBid[] = [];
  let units = main.quantity;
  let premium = main.quantity * main.maxPrice * surcharge;
  let prev = main.maxPrice;
  for (const target of [Math.round(forecast * 0.92), list]) {
    if (out.length >= max - 1) break;
    const price = Math.max(list, Math.min(target, prev - Math.max(1, Math.round(list * 0.03))));
    if (price >= prev || price < list) continue;
    const worth = Math.min(unitsWorth(schedule, price * surcharge), cap);
    if (worth <= units) continue;
    // Money for the whole curve at this price, less what the higher tranches cost above it.
    const total = affordable(ctx, info, schedule, price, money - (premium - units * price * surcharge), worth);
    const extra = total - units;
    if (extra < Math.max(1, Math.round(units * 0.05))) continue;
    out.push({ quantity: extra, maxPrice: price });
    units += extra;
    premium += extra * price * surcharge;
    prev = price;
  }
  return out;
}

/** Prices and quantities the hard bot tries per SKU. */
const PRICES = 7;
const QUANTITIES = 6;

/** Charge per dollar of worst-case cash a hard bid ties up (its opportunity cost within the quarter). */
const COLLATERAL_CHARGE = 0.02;

function uniq(xs: number[], n: number): number[] {
  const s = [...new Set(xs.map((x) => Math.round(x)))].sort((a, b) => a - b);
  if (s.length <= n) return s;
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(s[Math.round((i * (s.length - 1)) / (n - 1))] as number);
  return [...new Set(out)];
}

function priorityUnits(ctx: BotContext, info: SkuInfo): number {
  let n = 0;
  for (const c of ctx.view.me.contracts) {
    const spec = ctx.view.scenario.partnerships.find((p) => p.id === c.partnershipId);
    if (spec?.kind === 'chipmaker' && spec.vendor === info.spec.vendor && ctx.q < c.endQuarter) n += spec.priorityUnits;
  }
  return n;
}

/**
 * Hard: draws `samples` sets of rival bids, then for a grid of prices (list, the sampled clearing prices
 * without it, its own valuation steps) and quantities (its demand steps and fractions of what it can
 * afford) runs the real auction on each sample and keeps the bid with the best mean surplus (value won less
 * price paid). `budget` caps the auctions run.
 */
export function bidHard(ctx: BotContext, info: SkuInfo, model: WorldModel, book: PowerBook, money: number, sim: AuctionSim): BidPlan {
  const unit = { h100e: info.spec.h100e, watts: info.spec.watts, mig: info.spec.mig, own: false };
  const schedule = tranches(ctx, model, unit, book, info.supply);
  const surcharge = 1 + info.sharePct / 100;
  const list = info.spec.listPrice;
  const v1 = schedule[0]?.value ?? 0;
  const vReasons = [...valueReasons(ctx, model, info, schedule), ...exportReasons(info)];
  if (v1 < list * surcharge) {
    const code = schedule.length === 0 ? 'tooLate' : 'tooExpensive';
    return noBid(info, v1, [{ code, values: { forecast: list, valuation: Math.round(v1) } }, ...vReasons]);
  }
  const pricing = ctx.view.scenario.market.pricing;
  const before = sim.used;
  const samples = skuSamples(sim, ctx, info);
  // Out of thinking budget: bid as normal does, from the forecast.
  if (!samples) return bidNormal(ctx, info, model, book, money);
  const S = samples.bids.length;
  const beliefs = samples.beliefs;
  const vmax = Math.floor(v1 / surcharge);
  const qs = (f: number) => samples.without[Math.min(S - 1, Math.floor(f * S))] as number;
  const prices = uniq([list, qs(0.2) + 1, qs(0.4) + 1, qs(0.6) + 1, qs(0.8) + 1, qs(0.95) + 1, ...schedule.map((t) => t.value / surcharge)].filter((p) => p >= list && p <= vmax), PRICES);
  const prio = priorityUnits(ctx, info);
  type Option = { eu: number; quantity: number; price: number; fill: number; paid: number; winP: number };
  const options: Option[] = [];
  let cashBound = false;
  for (const price of prices) {
    const worth = unitsWorth(schedule, price * surcharge);
    const maxQ = affordable(ctx, info, schedule, price, money, Math.min(worth, info.supply));
    if (maxQ < Math.min(worth, info.supply)) cashBound = true;
    if (maxQ <= 0) continue;
    let edge = 0;
    const steps = [maxQ];
    for (const t of schedule) {
      edge += t.units;
      if (edge < maxQ) steps.push(edge);
    }
    for (const f of [0.15, 0.3, 0.5, 0.7, 0.85]) steps.push(Math.round(maxQ * f));
    for (const quantity of uniq(steps.filter((k) => k > 0), QUANTITIES)) {
      const r = simulate(sim, ctx, info, samples, price, quantity, prio);
      if (!r) continue;
      let total = 0;
      let fillSum = 0;
      let paidSum = 0;
      let wins = 0;
      for (let s = 0; s < S; s++) {
        const f = r.filled[s] as number;
        const paid = f * (r.price[s] as number) * surcharge;
        total += cumValue(schedule, f) - paid;
        fillSum += f;
        paidSum += paid;
        if (f > 0) wins++;
      }
      // Cash a bid ties up at its max price is cash other orders cannot use this quarter: a small charge.
      const eu = (total / S) * info.approval - COLLATERAL_CHARGE * quantity * price * surcharge;
      if (eu > 0) options.push({ eu, quantity, price, fill: fillSum / S, paid: paidSum / Math.max(1, fillSum), winP: wins / S });
    }
  }
  // Personality among near-equals: of the bids within 3% of the best expected value, an aggressive company
  // leans to the one that wins more units, a cautious one to the one that ties up less cash.
  const top = options.reduce((a, o) => Math.max(a, o.eu), 0);
  const maxFill = options.reduce((a, o) => Math.max(a, o.fill), 1);
  const tilt = (ctx.persona.bidAggression - 50) / 50;
  let best: Option = { eu: 0, quantity: 0, price: 0, fill: 0, paid: 0, winP: 0 };
  let bestScore = -Infinity;
  for (const o of options) {
    if (o.eu < top * 0.97) continue;
    const score = o.eu + top * 0.03 * tilt * (o.fill / maxFill - 0.5);
    if (score > bestScore) {
      bestScore = score;
      best = o;
    }
  }
  const iterations = sim.used - before;
  const reasons: Reason[] = [];
  if (best.quantity === 0) {
    const why: Reason = cashBound && qs(0.5) < vmax ? { code: 'cashLimited', values: { cash: Math.round(Math.max(0, money)) } } : { code: 'tooExpensive', values: { forecast: qs(0.5), valuation: Math.round(v1) } };
    return noBid(info, v1, [why, ...vReasons], iterations);
  }
  // A demand curve: below the chosen bid, up to two more tranches at lower prices, each kept only if the
  // simulated auctions say the whole curve beats the bid without it.
  const curve: OwnBid[] = [{ quantity: best.quantity, maxPrice: best.price }];
  let curveEu = best.eu;
  let curveFill = best.fill;
  let curvePaid = best.paid * best.fill;
  let spent = best.quantity * best.price * surcharge;
  const maxBids = ctx.view.scenario.market.maxBidsPerSku;
  while (curve.length < maxBids) {
    const last = curve[curve.length - 1] as OwnBid;
    const units = curve.reduce((a, b) => a + b.quantity, 0);
    let pick: { eu: number; bid: OwnBid; fill: number; paid: number } | null = null;
    for (const price of prices) {
      if (price >= last.maxPrice) continue;
      const worth = Math.min(unitsWorth(schedule, price * surcharge), info.supply);
      const room = affordable(ctx, info, schedule, price, money - (spent - units * price * surcharge), worth) - units;
      if (room <= 0) continue;
      for (const f of [0.35, 0.7, 1]) {
        const quantity = Math.round(room * f);
        if (quantity <= 0) continue;
        const r = simulateCurve(sim, ctx, info, samples, [...curve, { quantity, maxPrice: price }], prio);
        if (!r) continue;
        let total = 0;
        let fillSum = 0;
        let paidSum = 0;
        for (let s = 0; s < S; s++) {
          const got = r.filled[s] as number;
          const paid = (r.paid[s] as number) * surcharge;
          total += cumValue(schedule, got) - paid;
          fillSum += got;
          paidSum += paid;
        }
        const eu = (total / S) * info.approval - COLLATERAL_CHARGE * (spent + quantity * price * surcharge);
        if (eu > curveEu * 1.01 && (!pick || eu > pick.eu)) pick = { eu, bid: { quantity, maxPrice: price }, fill: fillSum / S, paid: paidSum };
      }
    }
    if (!pick) break;
    curve.push(pick.bid);
    curveEu = pick.eu;
    curveFill = pick.fill;
    curvePaid = pick.paid / S;
    spent += pick.bid.quantity * pick.bid.maxPrice * surcharge;
  }
  const tail = curve.slice(1);
  if (tail.length > 0) {
    best = { ...best, eu: curveEu, fill: curveFill, paid: curvePaid / Math.max(1, curveFill) };
    reasons.push({ code: 'bidCurve', values: { tranches: curve.length, units: tail.reduce((a, t) => a + t.quantity, 0), price: tail[tail.length - 1]?.maxPrice ?? best.price } });
  }
  const expectedFill = Math.round(best.fill * info.approval);
  reasons.push({ code: 'simulated', values: { samples: S, winPct: Math.round(best.winP * 100), expectedUnits: expectedFill, expectedPrice: Math.round(best.paid), surplus: Math.round(best.eu) } });
  reasons.push({ code: 'forecastClearing', values: { price: qs(0.5) } });
  const rivalUnits = Math.round(beliefs.reduce((a, b) => a + b.quantity * b.pBid, 0));
  if (rivalUnits > 0) reasons.push({ code: 'rivalDemand', values: { units: rivalUnits, rivals: beliefs.length } });
  if (info.otherQty > 0) reasons.push({ code: 'otherDemand', values: { units: info.otherQty, price: info.otherPrice } });
  if (pricing === 'payAsBid') reasons.push({ code: 'payAsBidShade', values: { price: best.price } });
  reasons.push(...vReasons);
  return {
    quantity: best.quantity,
    maxPrice: best.price,
    expectedFill,
    expectedNewPower: newPowerUnits(schedule, expectedFill),
    iterations: sim.used - before,
    eu: best.eu,
    tranches: tail,
    rationale: { sku: info.spec.id, quantity: best.quantity, maxPrice: best.price, valuation: Math.round(v1), reasons },
  };
}

/**
 * How much further over the forecast the hard bot bids than normal (a share of the forecast). Measured: in
 * the base game's tournament the surplus-maximising search below ({@link bidHard}) bid too low and lost units
 * (and rank) to the normal bot; a firmer forecast bid, checked in simulated auctions, beats it.
 */
export const HARD_FIRMNESS = 0.1;

/**
 * Hard: bids from the forecast as normal does but firmer ({@link HARD_FIRMNESS}), then runs the whole curve
 * through the simulated auctions (the engine's own `clearAuction` over rival bids drawn from its beliefs) to
 * learn how many units it will really win, at what price and with what surplus; a curve the simulations say
 * loses money is dropped. Falls back to the plain forecast bid when out of thinking budget.
 */
export function bidHardFirm(ctx: BotContext, info: SkuInfo, model: WorldModel, book: PowerBook, money: number, sim: AuctionSim): BidPlan {
  const plan = bidNormal(ctx, info, model, book, money, HARD_FIRMNESS);
  if (plan.quantity <= 0) return plan;
  const before = sim.used;
  const samples = skuSamples(sim, ctx, info);
  if (!samples) return plan;
  const unit = { h100e: info.spec.h100e, watts: info.spec.watts, mig: info.spec.mig, own: false };
  const schedule = tranches(ctx, model, unit, book, info.supply);
  const surcharge = 1 + info.sharePct / 100;
  const curve: OwnBid[] = [{ quantity: plan.quantity, maxPrice: plan.maxPrice }, ...plan.tranches];
  const r = simulateCurve(sim, ctx, info, samples, curve, priorityUnits(ctx, info));
  const iterations = sim.used - before;
  if (!r) return { ...plan, iterations };
  const S = samples.bids.length;
  let total = 0;
  let fillSum = 0;
  let paidSum = 0;
  let wins = 0;
  for (let s = 0; s < S; s++) {
    const got = r.filled[s] as number;
    const paid = (r.paid[s] as number) * surcharge;
    total += cumValue(schedule, got) - paid;
    fillSum += got;
    paidSum += paid;
    if (got > 0) wins++;
  }
  const eu = (total / S) * info.approval;
  const fill = fillSum / S;
  if (eu <= 0) return noBid(info, plan.rationale.valuation, [{ code: 'tooExpensive', values: { forecast: samples.without[Math.floor(S / 2)] ?? plan.maxPrice, valuation: plan.rationale.valuation } }, ...plan.rationale.reasons], iterations);
  const expectedFill = Math.round(fill * info.approval);
  const reasons: Reason[] = [
    { code: 'simulated', values: { samples: S, winPct: Math.round((wins / S) * 100), expectedUnits: expectedFill, expectedPrice: Math.round(paidSum / Math.max(1, fillSum) / surcharge), surplus: Math.round(eu) } },
    ...plan.rationale.reasons,
  ];
  return { ...plan, expectedFill, expectedNewPower: newPowerUnits(schedule, expectedFill), iterations, eu, rationale: { ...plan.rationale, reasons } };
}
