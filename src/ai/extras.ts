/**
 * Grey-market purchases and partnership offers. Both are judged on expected value (normal, hard) or on the
 * company's personality alone (easy); the appetite for grey-market risk shifts how much risk a company takes.
 */
import { exportStatus, greyCatchPct, greyFine, type GreyOrder, type Rng } from '../engine';
import { greyUnitCost, offersOpenTo } from '../engine/queries';
import type { BotContext } from './context';
import { claimPower, cumValue, tranches, type PowerBook } from './demand';
import type { DecisionRationale, Reason } from './types';
import type { WorldModel } from './valuation';

/** The grey-market decision. */
export interface GreyPlan extends DecisionRationale {
  orders: GreyOrder[];
  cost: number;
}

/** SKUs an export rule bans this buyer from (the only ones the grey market may sell it). */
function bannedSkus(ctx: BotContext) {
  return ctx.view.scenario.skus.filter((s) => {
    if (s.availableFrom > ctx.q) return false;
    const st = exportStatus(ctx.state, ctx.view.me.id, s.id);
    return !st.allowed && st.mode === 'banned';
  });
}

/**
 * Grey market: chips at list plus the premium, the whole shipment seized with a chance that grows with its
 * volume (greyCatchPct: fine, lost relationship, entity list). Normal and hard weigh the expected chips against the expected losses,
 * the entity list costing the surplus of the quarters it shuts them out; appetite moves the bar.
 */
export function decideGrey(ctx: BotContext, model: WorldModel | null, book: PowerBook, money: number, surplusPerQuarter: number, rng: Rng): GreyPlan {
  const gm = ctx.view.scenario.greyMarket;
  const p = ctx.persona;
  const none: GreyPlan = { orders: [], cost: 0, reasons: [] };
  if (!gm.enabled || ctx.view.me.entityListUntil > ctx.q || money <= 0) return none;
  const skus = bannedSkus(ctx).sort((a, b) => b.h100e / b.listPrice - a.h100e / a.listPrice);
  const sku = skus[0];
  if (!sku) return none;
  // Worst case per unit: the price and the fine if caught (the engine's query).
  const { price, fine } = greyUnitCost(ctx.view.scenario, sku.listPrice);
  const perUnit = price + fine;
  const maxUnits = Math.min(gm.maxUnitsPerQuarter, Math.floor(money / perUnit));
  if (maxUnits <= 0) return none;
  const catchPctOf = (units: number) => Math.round(greyCatchPct(gm, units));
  if (ctx.level === 'easy' || !model) {
    if (p.greyMarketAppetite < 40 || rng.next() * 100 > p.greyMarketAppetite) return none;
    const units = Math.floor((maxUnits * p.greyMarketAppetite) / 200);
    if (units <= 0) return none;
    return { orders: [{ sku: sku.id, quantity: units }], cost: units * perUnit, reasons: [{ code: 'greyBuy', values: { sku: sku.id, units, price, catchPct: catchPctOf(units) } }] };
  }
  const schedule = tranches(ctx, model, { h100e: sku.h100e, watts: sku.watts, mig: sku.mig, own: false }, book, maxUnits);
  // Appetite 50 is risk-neutral; above it the company discounts the downside, below it inflates it.
  const riskWeight = 1.5 - p.greyMarketAppetite / 100;
  const listed = (gm.entityListQuarters + 1) * surplusPerQuarter;
  // The chance of being caught grows with the volume, so the expected value peaks at some volume.
  let best = { ev: 0, units: 0, catchP: 0 };
  for (const f of [0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1]) {
    const units = Math.floor(maxUnits * f);
    if (units <= 0) continue;
    const spend = units * price;
    const catchP = greyCatchPct(gm, units) / 100;
    const ev = (1 - catchP) * cumValue(schedule, units) - spend - riskWeight * catchP * (greyFine(gm, spend) + listed);
    if (ev > best.ev) best = { ev, units, catchP };
  }
  const reasons: Reason[] = [{ code: 'greyRisk', values: { sku: sku.id, catchPct: Math.round(best.catchP * 100), value: Math.round(best.ev), appetite: p.greyMarketAppetite } }];
  if (best.units === 0 || (ctx.level === 'normal' && p.greyMarketAppetite < 30)) return { orders: [], cost: 0, reasons };
  claimPower(ctx, book, sku.watts, Math.round(best.units * (1 - best.catchP)));
  reasons.unshift({ code: 'greyBuy', values: { sku: sku.id, units: best.units, price, catchPct: Math.round(best.catchP * 100) } });
  return { orders: [{ sku: sku.id, quantity: best.units }], cost: best.units * perUnit, reasons };
}

/** The partnership decision. */
export interface PartnershipPlan extends DecisionRationale {
  id: string | null;
  /** Worst-case cash: the prepayment and the deal bid. */
  cost: number;
  /** The sealed bid for the deal (paid only if won). */
  bid: number;
}

/**
 * What to bid for a deal worth `value` dollars to the company: a share of it (a first-price sealed bid is
 * shaded below the value; hard shades less, an aggressive company less again), never more than a tenth of
 * the money it has. Easy bids nothing (it takes a deal only when no one else wants it).
 */
function dealBidFor(ctx: BotContext, value: number, money: number): number {
  if (ctx.level === 'easy' || value <= 0) return 0;
  const shade = (ctx.level === 'hard' ? 0.45 : 0.3) + ctx.persona.bidAggression / 500;
  return Math.max(0, Math.floor(Math.min(value * shade, money * 0.1)));
}

/**
 * Partnership offers. An AI-lab deal pays a fixed revenue for reserved compute: worth it when that beats
 * what the compute would earn from the shared pool and the company has the compute to spare. A chipmaker
 * deal (a prepayment turned into credit, plus priority units) is worth it when the company would spend the
 * prepayment on that vendor anyway and the vendor's chips sell above list.
 */
export function decidePartnership(ctx: BotContext, model: WorldModel | null, money: number, deployedH100e: number, rng: Rng): PartnershipPlan {
  const { view } = ctx;
  const open = offersOpenTo(view, view.me.contracts);
  let best: PartnershipPlan = { id: null, cost: 0, bid: 0, reasons: [] };
  let bestGain = 0;
  for (const id of open) {
    const spec = view.scenario.partnerships.find((p) => p.id === id);
    if (!spec) continue;
    const quarters = Math.min(spec.quarters, ctx.left);
    if (spec.kind === 'aiLab') {
      const rate = model ? (model.revenueRate[ctx.q] ?? 0) : 0;
      const forgone = rate * spec.computeH100e * ctx.view.scenario.market.migYield;
      const gain = (spec.revenuePerQuarter - forgone) * quarters;
      const spare = deployedH100e >= spec.computeH100e * 1.1;
      const take = ctx.level === 'easy' ? spare && rng.next() < 0.5 : spare && gain > 0;
      if (take && gain >= bestGain) {
        bestGain = gain;
        const bid = dealBidFor(ctx, gain, money);
        const reasons: Reason[] = [{ code: 'labDeal', values: { partner: spec.name, revenue: spec.revenuePerQuarter, forgone: Math.round(forgone), h100e: spec.computeH100e } }];
        if (bid > 0) reasons.push({ code: 'dealBid', values: { partner: spec.name, bid, value: Math.round(gain) } });
        best = { id, cost: bid, bid, reasons };
      } else if (!take && best.id === null) {
        best.reasons = [{ code: 'partnershipDeclined', values: { partner: spec.name } }];
      }
    } else {
      if (ctx.level === 'easy' || spec.prepayment > money * 0.5) continue;
      const vendorSkus = ctx.skus.filter((s) => s.spec.vendor === spec.vendor);
      if (vendorSkus.length === 0) continue;
      const last = view.history[view.history.length - 1];
      const premium = vendorSkus.some((s) => {
        const c = last?.clearing.find((x) => x.sku === s.spec.id);
        return c !== undefined && c.clearingPrice > s.spec.listPrice && c.sold >= c.supply;
      });
      const spendPerQuarter = last?.metrics[ctx.ci] ? vendorSkus.reduce((a, s) => a + (last.metrics[ctx.ci]?.boughtUnits[s.spec.id] ?? 0) * s.spec.listPrice, 0) : 0;
      const uses = spendPerQuarter * quarters >= spec.prepayment * (ctx.level === 'hard' ? 1 : 1.5);
      if (uses && premium) {
        // Priority units skip the auction: each saves about last quarter's premium over list.
        let saving = 0;
        for (const s of vendorSkus) {
          const c = last?.clearing.find((x) => x.sku === s.spec.id);
          if (c) saving = Math.max(saving, c.clearingPrice - s.spec.listPrice);
        }
        const gain = spec.priorityUnits * quarters * saving;
        if (gain >= bestGain) {
          bestGain = gain;
          const bid = dealBidFor(ctx, gain, money - spec.prepayment);
          const reasons: Reason[] = [{ code: 'chipmakerDeal', values: { partner: spec.name, prepayment: spec.prepayment, units: spec.priorityUnits } }];
          if (bid > 0) reasons.push({ code: 'dealBid', values: { partner: spec.name, bid, value: Math.round(gain) } });
          best = { id, cost: spec.prepayment + bid, bid, reasons };
        }
      }
    }
  }
  return best;
}
