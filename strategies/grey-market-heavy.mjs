// grey-market-heavy: a normal-ish buyer that also buys the grey market's limit of every chip export
// rules deny it, each quarter (with a fifth of its money at most). Tests whether smuggling pays.
import { fleetAfter, normalish, powerFor } from './_common.mjs';

export default function decide(view, ctx) {
  const h = ctx.helpers;
  const orders = normalish(view, ctx);
  const gm = ctx.scenario.greyMarket;
  const denied = gm.enabled && view.me.entityListUntil <= ctx.quarter ? h.denied() : [];
  let units = gm.maxUnitsPerQuarter;
  let money = Math.floor(h.spendable() * 0.2);
  for (const s of denied) {
    const unitCost = Math.ceil(s.listPrice * (1 + gm.premiumPct / 100) * (1 + gm.finePct / 100));
    const quantity = Math.min(units, Math.floor(money / unitCost));
    if (quantity <= 0) continue;
    orders.greyMarket.push({ sku: s.id, quantity });
    units -= quantity;
    money -= quantity * unitCost;
  }
  orders.powerBuild = powerFor(view, ctx, fleetAfter(view, [...orders.bids, ...orders.greyMarket]));
  return h.legal(orders);
}
