// largest-own-chip-order: the normal bot, but once its own chip can be ordered (ramp or volume) it
// orders as many custom chips as its cash allows after the normal bot's power and silicon spending;
// the normal bot's bids get what is left. The exploit issue #11 found: own chips claimed for free.
import { fitBids } from './_common.mjs';

export default function decide(view, ctx) {
  const h = ctx.helpers;
  const orders = h.bot('normal');
  const stage = view.me.silicon.stage;
  if (stage !== 'ramp' && stage !== 'volume') return h.legal(orders);
  const unit = Math.max(1, ctx.scenario.companies.find((c) => c.id === ctx.me).silicon.unitCost);
  const cap = stage === 'ramp' ? ctx.scenario.silicon.rampCap : h.limits.units;
  const fixed = orders.powerBuild * ctx.scenario.power.costPerMw + orders.siliconInvestment;
  const available = Math.max(0, h.spendable() - fixed);
  orders.customOrder = Math.min(cap, Math.floor((available * 0.95) / unit));
  orders.bids = fitBids(orders.bids, available - orders.customOrder * unit);
  return h.legal(orders);
}
