// all-in-own-silicon: every dollar goes to its own chip: funds each silicon stage in full, then
// orders as many custom chips as cash (and the ramp cap) allows, and builds power for them.
// Buys no merchant GPUs.
import { powerFor } from './_common.mjs';

export default function decide(view, ctx) {
  const h = ctx.helpers;
  const orders = h.empty();
  const company = ctx.scenario.companies.find((c) => c.id === ctx.me);
  let money = h.spendable();
  const stage = view.me.silicon.stage;
  if (stage !== 'volume') {
    orders.siliconInvestment = Math.min(money, h.siliconStageCost());
    money -= orders.siliconInvestment;
  }
  if (stage === 'ramp' || stage === 'volume') {
    const unit = Math.max(1, company.silicon.unitCost);
    const cap = stage === 'ramp' ? ctx.scenario.silicon.rampCap : Infinity;
    // Leave a tenth for power.
    orders.customOrder = Math.max(0, Math.min(cap, Math.floor((money * 0.9) / unit)));
  }
  orders.powerBuild = powerFor(view, ctx, view.me.fleet);
  return h.legal(orders);
}
