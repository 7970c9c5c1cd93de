/**
 * Keeps what a rationale's reasons say in line with the orders that leave. A rationale is written while the bot
 * plans; the orders may be cut after (the engine's budget check in src/ai/bot.ts, `ensureLegal`) or replaced by
 * another plan (the hard bot's look ahead, the theme allocation of the short games: src/ai/level.ts). Every reason
 * that names an amount the orders hold then names the amount ordered, or a reason says why the order is smaller.
 * Only words change here, never an order. The grid-power reasons are left as they are (the power plan's own).
 */
import { ordersSpend, runningCosts, stateFromView, type Orders, type PlayerView } from '../engine';
import type { BotRationale, Reason } from './types';

/** The bid tranches ordered for a chip, in order (the first is the headline bid). */
function tranchesOf(o: Orders, sku: string) {
  return o.bids.filter((b) => b.sku === sku);
}

/**
 * The planner's bids after the budget check (call before `syncRationale` moves each headline to the first tranche
 * ordered): a chip whose units were cut says from how many (`bidTrimmed`), and its curve (`bidCurve`) names the
 * tranches that are left, or goes when one bid is left.
 */
export function alignPlannedBids(r: BotRationale, o: Orders): void {
  for (const b of r.bids) {
    const curve = b.reasons.find((x) => x.code === 'bidCurve');
    const planned = b.quantity + (curve ? Number(curve.values.units) || 0 : 0);
    const ordered = tranchesOf(o, b.sku);
    const units = ordered.reduce((a, t) => a + t.quantity, 0);
    if (planned <= units) continue;
    const tail = ordered.slice(1);
    const reasons = b.reasons.filter((x) => x.code !== 'bidCurve');
    if (tail.length > 0) {
      const price = tail[tail.length - 1]?.maxPrice ?? 0;
      reasons.push({ code: 'bidCurve', values: { tranches: ordered.length, units: tail.reduce((a, t) => a + t.quantity, 0), price } });
    }
    b.reasons = [{ code: 'bidTrimmed', values: { planned, units } }, ...reasons];
  }
}

/**
 * Everything but the bids and the grid power, for any plan's orders: the silicon amount and own-chip booking,
 * on-site power, grey-market units, the deal and its bid, and the cash kept back.
 */
export function alignReasons(view: PlayerView, r: BotRationale, o: Orders): void {
  // Own silicon: the amount put in and the chips booked are the ones ordered.
  const amountCodes = new Set(['siliconFund', 'siliconPlan', 'siliconFocus', 'siliconPays']);
  r.silicon.reasons = r.silicon.reasons.flatMap((x): Reason[] => {
    if (amountCodes.has(x.code)) return [{ ...x, values: { ...x.values, amount: o.siliconInvestment } }];
    if (x.code === 'customOrder') return o.customOrder > 0 ? [{ ...x, values: { ...x.values, units: o.customOrder } }] : [];
    if (x.code === 'foundryShare') return o.customOrder > 0 ? [{ ...x, values: { ...x.values, expected: Math.min(Number(x.values.expected) || 0, o.customOrder) } }] : [];
    return [x];
  });

  // On-site power: what the cash left (or the budget check) cut comes off the judged build first (the planner
  // sizes the gap build after the cash cut it), then the gap build.
  let cut = r.power.reasons.filter((x) => x.code === 'powerFast' || x.code === 'powerFastGap').reduce((a, x) => a + (Number(x.values.mw) || 0), 0) - (o.powerFast ?? 0);
  if (cut > 0) {
    const order = ['powerFast', 'powerFastGap'];
    const next = r.power.reasons.map((x) => ({ ...x, values: { ...x.values } }));
    for (const code of order)
      for (const x of next)
        if (x.code === code && cut > 0) {
          const take = Math.min(cut, Number(x.values.mw) || 0);
          x.values.mw = (Number(x.values.mw) || 0) - take;
          cut -= take;
        }
    r.power.reasons = next.filter((x) => !((x.code === 'powerFast' || x.code === 'powerFastGap') && Number(x.values.mw) <= 0));
  }

  // Grey market: the units named are the units ordered; a purchase the budget check dropped is not announced.
  r.grey.reasons = r.grey.reasons.flatMap((x): Reason[] => {
    if (x.code !== 'greyBuy') return [x];
    const units = o.greyMarket.filter((g) => g.sku === x.values.sku).reduce((a, g) => a + g.quantity, 0);
    return units > 0 ? [{ ...x, values: { ...x.values, units } }] : [];
  });

  // Partnership: a deal not ordered is not taken; the bid named is the bid ordered.
  const partner = view.scenario.partnerships.find((p) => p.id === o.partnership)?.name ?? null;
  r.partnership.reasons = r.partnership.reasons.flatMap((x): Reason[] => {
    if (x.code === 'labDeal' || x.code === 'chipmakerDeal') return x.values.partner === partner ? [x] : [];
    if (x.code === 'dealBid') return x.values.partner === partner && (o.dealBid ?? 0) > 0 ? [{ ...x, values: { ...x.values, bid: o.dealBid ?? 0 } }] : [];
    return [x];
  });

  // Cash: a reserve the orders may spend (every bid filled at its top price) is not called kept: say what is.
  const state = stateFromView(view);
  const left = Math.max(0, view.me.cash - runningCosts(state, view.me.id) - ordersSpend(state, view.me.id, o));
  r.cash.reasons = r.cash.reasons.map((x): Reason => {
    if (x.code !== 'cashReserve' && x.code !== 'reserveCommitted') return x;
    const reserve = Number(x.code === 'cashReserve' ? x.values.amount : x.values.reserve) || 0;
    const pct = x.values.pct ?? 0;
    return left < reserve ? { code: 'reserveCommitted', values: { left, reserve, pct } } : { code: 'cashReserve', values: { amount: reserve, pct } };
  });
}
