/**
 * Checks that what a bot's explanation says matches what it ordered: every reason that names an amount the orders
 * also hold (a bid's units and top price, its tranches, the silicon investment and own-chip booking, on-site
 * power, grey-market units, the partnership and the deal bid, the cash kept back) names the amount ordered, or
 * another reason says why the order differs. The power reasons the grid build speaks with (`buildAhead`) are left
 * out here (they are checked where they are built).
 */
import { ordersSpend, runningCosts, stateFromView, type Orders, type PlayerView } from '../../src/engine';
import type { BotDecision, Reason } from '../../src/ai';
import { explainParts } from '../../src/ai/explain';

/** What a check found: the mismatches (readable lines) and how many amount-naming reasons it compared. */
export interface ExplainAudit {
  mismatches: string[];
  checked: number;
  byCode: Record<string, number>;
}

export function newAudit(): ExplainAudit {
  return { mismatches: [], checked: 0, byCode: {} };
}

const n = (v: unknown): number => (typeof v === 'number' ? v : Number.NaN);

/** Checks one decision against its orders; `where` names the game, seat and quarter in the mismatch lines. */
export function auditDecision(view: PlayerView, d: BotDecision, where: string, audit: ExplainAudit): void {
  const o: Orders = d.orders;
  const r = d.rationale;
  const bad = (msg: string) => audit.mismatches.push(`${where}: ${msg}`);
  const seen = (code: string) => {
    audit.checked++;
    audit.byCode[code] = (audit.byCode[code] ?? 0) + 1;
  };
  const find = (list: readonly Reason[], code: string) => list.filter((x) => x.code === code);

  // Bids: the heading's units plus the curve's further units are the units ordered; the heading's price is the top one.
  const skus = new Set(o.bids.map((b) => b.sku));
  for (const sku of skus) if (!r.bids.some((b) => b.sku === sku)) bad(`bid for ${sku} ordered but not explained`);
  for (const b of r.bids) {
    const tranches = o.bids.filter((x) => x.sku === b.sku);
    const units = tranches.reduce((a, x) => a + x.quantity, 0);
    const top = tranches.reduce((a, x) => Math.max(a, x.maxPrice), 0);
    const low = tranches.reduce((a, x) => Math.min(a, x.maxPrice), Number.POSITIVE_INFINITY);
    const curve = find(b.reasons, 'bidCurve')[0];
    seen('bid');
    const said = b.quantity + (curve ? n(curve.values.units) : 0);
    if (said !== units) bad(`${b.sku}: explanation bids for ${b.quantity}${curve ? ` + ${n(curve.values.units)}` : ''} units, orders ${units} (${tranches.map((x) => `${x.quantity}@${x.maxPrice}`).join(', ')})`);
    if (units > 0 && b.maxPrice !== top) bad(`${b.sku}: explanation bids up to ${b.maxPrice}, orders up to ${top}`);
    if (curve) {
      seen('bidCurve');
      if (n(curve.values.tranches) !== tranches.length) bad(`${b.sku}: bidCurve names ${n(curve.values.tranches)} bids, orders ${tranches.length}`);
      if (tranches.length > 0 && n(curve.values.price) !== low) bad(`${b.sku}: bidCurve goes down to ${n(curve.values.price)}, orders down to ${low}`);
    }
    // A bid cut after planning says from how many units; the planner's simulation was of the bid before the cut.
    const trimmed = find(b.reasons, 'bidTrimmed');
    for (const s of trimmed) {
      seen('bidTrimmed');
      if (n(s.values.units) !== units || !(n(s.values.planned) > units)) bad(`${b.sku}: bidTrimmed from ${n(s.values.planned)} to ${n(s.values.units)}, orders ${units}`);
    }
    for (const s of find(b.reasons, 'simulated')) {
      seen('simulated');
      if (n(s.values.expectedUnits) > units && trimmed.length === 0) bad(`${b.sku}: simulated expects ${n(s.values.expectedUnits)} units, orders ${units}`);
    }
    if (find(b.reasons, 'planBuys').length > 0) {
      seen('planBuys');
      if (units === 0) bad(`${b.sku}: planBuys given without a bid`);
    }
    for (const s of find(b.reasons, 'planSkips')) {
      seen('planSkips');
      if (units > 0 || !(n(s.values.units) >= 0)) bad(`${b.sku}: planSkips (planner's ${n(s.values.units)} units) given for a bid of ${units}`);
    }
    for (const s of find(b.reasons, 'payAsBidShade')) {
      seen('payAsBidShade');
      if (units > 0 && n(s.values.price) !== top) bad(`${b.sku}: payAsBidShade names ${n(s.values.price)}, orders up to ${top}`);
    }
    for (const s of find(b.reasons, 'aggression')) {
      const fc = find(b.reasons, 'forecastClearing')[0] ?? find(b.reasons, 'listPrice')[0];
      if (!fc || units === 0) continue;
      seen('aggression');
      const pct = Math.round((top / n(fc.values.price) - 1) * 100);
      if (Math.abs(pct - n(s.values.pct)) > 1) bad(`${b.sku}: aggression says ${n(s.values.pct)}% over ${n(fc.values.price)}, orders ${top} (${pct}%)`);
    }
    if (units > 0) for (const code of ['tooExpensive', 'tooLate', 'exportBanned'] as const) if (find(b.reasons, code).length > 0) bad(`${b.sku}: ${code} given for a bid of ${units} units`);
  }

  // A bid's heading says "about what we expect to have to pay" only when the top price is within a tenth of the
  // clearing price the bot forecast (the player read "up to $32,348, about what we expect to pay" above "expected
  // clearing price $12,000").
  const parts = explainParts(r, 'en', 99).parts;
  const off = r.lookahead && r.lookahead.plans.length > 0 ? 1 : 0;
  r.bids.forEach((b, i) => {
    const head = parts[off + i]?.head ?? '';
    const fc = n(find(b.reasons, 'forecastClearing')[0]?.values.price);
    if (!(fc > 0) || b.quantity <= 0) return;
    seen('bidHeading');
    if (head.includes('expect to have to pay') && (b.maxPrice > fc * 1.1 || b.maxPrice * 1.1 < fc)) bad(`${b.sku}: heading says up to ${b.maxPrice} is about the expected price, forecastClearing ${fc}`);
  });

  // Own silicon: the amount put in and the chips booked.
  const sil = r.silicon.reasons;
  const amounts = [...find(sil, 'siliconFund'), ...find(sil, 'siliconPlan'), ...find(sil, 'siliconFocus'), ...find(sil, 'siliconPays')];
  for (const s of amounts) {
    seen(s.code);
    if (n(s.values.amount) !== o.siliconInvestment) bad(`${s.code} names ${n(s.values.amount)}, orders ${o.siliconInvestment}`);
  }
  if (o.siliconInvestment > 0 && amounts.length === 0) bad(`silicon investment ${o.siliconInvestment} ordered, no reason names it`);
  const booked = find(sil, 'customOrder');
  for (const s of booked) {
    seen('customOrder');
    if (n(s.values.units) !== o.customOrder) bad(`customOrder names ${n(s.values.units)} units, orders ${o.customOrder}`);
  }
  if (o.customOrder > 0 && booked.length === 0) bad(`custom order ${o.customOrder} ordered, no reason names it`);
  for (const s of find(sil, 'foundryShare')) {
    seen('foundryShare');
    if (n(s.values.expected) > o.customOrder) bad(`foundryShare expects ${n(s.values.expected)} units of a booking of ${o.customOrder}`);
  }

  // Power: on-site MW named by powerFast and powerFastGap (or the plan's powerPlan) add up to the on-site MW ordered.
  const pw = r.power.reasons;
  const fast = o.powerFast ?? 0;
  const fastReasons = [...find(pw, 'powerFast'), ...find(pw, 'powerFastGap')];
  const plan = find(pw, 'powerPlan');
  for (const s of plan) {
    seen('powerPlan');
    if (n(s.values.mw) !== o.powerBuild || n(s.values.fastMw) !== fast) bad(`powerPlan names ${n(s.values.mw)} + ${n(s.values.fastMw)} MW on site, orders ${o.powerBuild} + ${fast}`);
  }
  if (fastReasons.length > 0) {
    for (const s of fastReasons) seen(s.code);
    const said = fastReasons.reduce((a, s) => a + n(s.values.mw), 0);
    if (said !== fast) bad(`${fastReasons.map((s) => `${s.code} ${n(s.values.mw)}`).join(' + ')} MW on site, orders ${fast}`);
  } else if (fast > 0 && plan.length === 0) bad(`${fast} MW on site ordered, no reason names it`);
  for (const code of ['powerCovered', 'powerTooLate'] as const)
    for (const _ of find(pw, code)) {
      seen(code);
      if (o.powerBuild > 0) bad(`${code} given, orders ${o.powerBuild} MW of grid power`);
    }
  for (const s of find(pw, 'powerForFleet')) {
    seen('powerForFleet');
    if (n(s.values.mw) !== o.powerBuild) bad(`powerForFleet names ${n(s.values.mw)} MW, orders ${o.powerBuild}`);
  }

  // Grey market: the units and chip named are the ones ordered.
  const grey = find(r.grey.reasons, 'greyBuy');
  for (const s of grey) {
    seen('greyBuy');
    const units = o.greyMarket.filter((g) => g.sku === s.values.sku).reduce((a, g) => a + g.quantity, 0);
    if (n(s.values.units) !== units) bad(`greyBuy names ${n(s.values.units)} ${String(s.values.sku)}, orders ${units}`);
  }
  if (o.greyMarket.length > 0 && grey.length === 0) bad(`grey market ${JSON.stringify(o.greyMarket)} ordered, no greyBuy`);

  // Partnership: the deal taken is the one ordered, the bid named is the one ordered.
  const nameOf = (id: string | null) => view.scenario.partnerships.find((p) => p.id === id)?.name ?? null;
  const ordered = nameOf(o.partnership);
  const pr = r.partnership.reasons;
  const taken = [...find(pr, 'labDeal'), ...find(pr, 'chipmakerDeal')];
  for (const s of taken) {
    seen(s.code);
    if (s.values.partner !== ordered) bad(`${s.code} takes ${String(s.values.partner)}, orders ${String(ordered)}`);
  }
  if (ordered !== null && taken.length === 0) bad(`partnership ${ordered} ordered, no reason takes it`);
  for (const s of find(pr, 'dealBid')) {
    seen('dealBid');
    if (n(s.values.bid) !== (o.dealBid ?? 0) || s.values.partner !== ordered) bad(`dealBid names ${n(s.values.bid)} for ${String(s.values.partner)}, orders ${o.dealBid ?? 0} for ${String(ordered)}`);
  }
  if ((o.dealBid ?? 0) > 0 && find(pr, 'dealBid').length === 0) bad(`deal bid ${o.dealBid} ordered, no dealBid`);
  for (const s of find(pr, 'partnershipDeclined')) {
    seen('partnershipDeclined');
    if (s.values.partner === ordered) bad(`partnershipDeclined for ${String(ordered)}, which is ordered`);
  }

  // Cash: what is kept back is left after the most the orders can spend; or the reason says how much is left.
  const state = stateFromView(view);
  const left = view.me.cash - runningCosts(state, view.me.id) - ordersSpend(state, view.me.id, o);
  for (const s of find(r.cash.reasons, 'cashReserve')) {
    seen('cashReserve');
    if (left < n(s.values.amount)) bad(`cashReserve keeps ${n(s.values.amount)}, orders leave ${left}`);
  }
  // The budget check's cut names the cash free this quarter (after running costs), what the orders may spend.
  for (const s of find(r.cash.reasons, 'cashLimited')) {
    seen('cashLimited');
    const free = Math.max(0, view.me.cash - runningCosts(state, view.me.id));
    if (n(s.values.cash) !== free) bad(`cashLimited names ${n(s.values.cash)} free, the orders may spend ${free}`);
  }
  for (const s of find(r.cash.reasons, 'reserveCommitted')) {
    seen('reserveCommitted');
    if (n(s.values.left) !== Math.max(0, left) || !(n(s.values.left) < n(s.values.reserve))) bad(`reserveCommitted leaves ${n(s.values.left)} of ${n(s.values.reserve)}, orders leave ${left}`);
  }
}
