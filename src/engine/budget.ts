/**
 * What a draft of orders ties up, term by term, so an over-budget message can name every term and the terms
 * add up to the total the rules check (`ordersSpend` + `runningCosts` in orders.ts; a property test holds the
 * two equal). Read-only.
 */
import { exportStatusFor } from './export-rules';
import { greyCost } from './grey';
import { indexOf } from './lookup';
import { powerAtResolution } from './orders';
import { onsiteRules, powerBill } from './power';
import { balanceDue, deliveryQuarter, depositPerUnit } from './silicon';
import type { GameState, Orders } from './types';

/** The names of the terms, in the order a message lists them. */
export const BUDGET_TERMS = ['bids', 'revenueShare', 'vendorCredit', 'grey', 'greyFine', 'silicon', 'booking', 'bookingBalance', 'grid', 'onsite', 'prepayment', 'dealBid', 'powerBill', 'foundryBalance', 'labPenalty'] as const;
/** One term's name. */
export type BudgetTerm = (typeof BUDGET_TERMS)[number];

/** Every term in dollars (vendorCredit is negative: a prepayment's credit that pays for part of the bids). */
export type BudgetBreakdown = Record<BudgetTerm, number>;

/** The terms that are orders (spend) rather than running costs. */
export const RUNNING_TERMS: readonly BudgetTerm[] = ['powerBill', 'foundryBalance', 'labPenalty'];

/**
 * The most these orders can tie up this quarter, term by term: bids at their max price and the revenue share
 * on them, less a chipmaker prepayment's credit, grey purchases and their fine if caught, silicon, foundry
 * deposits (and balances due now), power builds, a prepayment and the deal bid; then the running costs (the
 * power bill on what will be online, foundry balances falling due, AI-lab shortfall penalties at worst).
 */
export function budgetBreakdown(state: GameState, playerId: string, orders: Orders): BudgetBreakdown {
  const out = Object.fromEntries(BUDGET_TERMS.map((k) => [k, 0])) as BudgetBreakdown;
  const idx = indexOf(state.scenario);
  const company = idx.company.get(playerId);
  const player = state.players[idx.companyIndex.get(playerId) ?? -1];
  if (!company || !player) return out;
  const q = state.quarter;
  const credit = new Map<string, number>();
  for (const c of player.contracts) {
    const spec = idx.partnership.get(c.partnershipId);
    if (spec?.kind === 'chipmaker' && c.credit > 0) credit.set(spec.vendor, (credit.get(spec.vendor) ?? 0) + c.credit);
  }
  const byVendor = new Map<string, number>();
  for (const b of orders.bids) {
    const sku = idx.sku.get(b.sku);
    if (!sku) continue;
    const share = exportStatusFor(state.scenario, company, sku, q).sharePct;
    const plain = b.quantity * b.maxPrice;
    const cost = Math.ceil((b.quantity * b.maxPrice * (100 + share)) / 100);
    out.bids += plain;
    out.revenueShare += cost - plain;
    byVendor.set(sku.vendor, (byVendor.get(sku.vendor) ?? 0) + cost);
  }
  for (const [vendor, spend] of byVendor) out.vendorCredit -= Math.min(spend, credit.get(vendor) ?? 0);
  const grey = greyCost(state, orders.greyMarket);
  out.grey = grey.spend;
  out.greyFine = grey.fine;
  out.silicon = orders.siliconInvestment;
  const deposit = depositPerUnit(state, company.silicon.unitCost);
  out.booking = orders.customOrder * deposit;
  if (deliveryQuarter(state, q) <= q) out.bookingBalance = orders.customOrder * Math.max(0, company.silicon.unitCost - deposit);
  out.grid = orders.powerBuild * state.scenario.power.costPerMw;
  out.onsite = (orders.powerFast ?? 0) * onsiteRules(state).costPerMw;
  if (orders.partnership) {
    const spec = idx.partnership.get(orders.partnership);
    if (spec?.kind === 'chipmaker') out.prepayment = spec.prepayment;
    out.dealBid = orders.dealBid ?? 0;
  }
  let onsiteMw = player.onsiteMw;
  for (const p of player.projects) if (p.readyQuarter <= q && p.onsite) onsiteMw += p.mw;
  out.powerBill = powerBill(state, powerAtResolution(player, q) - onsiteMw, onsiteMw);
  out.foundryBalance = balanceDue(player, q);
  for (const c of player.contracts) {
    const spec = idx.partnership.get(c.partnershipId);
    if (spec?.kind === 'aiLab' && q < c.endQuarter) out.labPenalty += spec.shortfallPenalty;
  }
  return out;
}

/** The sum of some terms (all of them when `which` is absent). */
export function budgetTotal(b: BudgetBreakdown, which: readonly BudgetTerm[] = BUDGET_TERMS): number {
  let n = 0;
  for (const k of which) n += b[k];
  return n;
}
