// largest-own-chip-order: plays like a normal buyer (bids a little over list, builds power) but
// first funds its own chip programme and, once it can, places the largest custom-chip order its
// cash allows (the exploit of issue #11: own chips claim foundry capacity for free).
import { fleetAfter, powerFor, spreadBids } from './_common.mjs';

export default function decide(view, ctx) {
  const h = ctx.helpers;
  const orders = h.empty();
  const company = ctx.scenario.companies.find((c) => c.id === ctx.me);
  const stage = view.me.silicon.stage;
  let spent = 0;
  if (stage !== 'volume') {
    orders.siliconInvestment = Math.min(Math.floor(h.spendable() * 0.5), h.siliconStageCost());
    spent += orders.siliconInvestment;
  }
  if (stage === 'ramp' || stage === 'volume') {
    const unit = Math.max(1, company.silicon.unitCost);
    const cap = stage === 'ramp' ? ctx.scenario.silicon.rampCap : Infinity;
    orders.customOrder = Math.max(0, Math.min(cap, Math.floor(((h.spendable() - spent) * 0.85) / unit)));
    spent += orders.customOrder * unit;
  }
  const left = Math.max(0, h.spendable() - spent);
  const share = h.spendable() > 0 ? (left / h.spendable()) * 0.6 : 0;
  orders.bids = spreadBids(view, ctx, { share, priceOf: (s) => s.listPrice * (1.05 + ctx.rng.next() * 0.05) });
  orders.powerBuild = powerFor(view, ctx, fleetAfter(view, orders.bids));
  return h.legal(orders);
}
