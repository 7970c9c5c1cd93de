// grey-market-heavy: the normal bot, plus the grey market's limit of every chip export rules deny it,
// each quarter (with up to a fifth of its money; the normal bot's bids make room). Tests whether
// smuggling pays.
import { fitBids } from './_common.mjs';

export default function decide(view, ctx) {
  const h = ctx.helpers;
  const orders = h.bot('normal');
  const gm = ctx.scenario.greyMarket;
  const denied = gm.enabled && view.me.entityListUntil <= ctx.quarter ? h.denied() : [];
  let units = gm.maxUnitsPerQuarter;
  let money = Math.floor(h.spendable() * 0.2);
  let spent = 0;
  for (const s of denied) {
    // Worst case: caught and fined on top of the premium price.
    const unitCost = Math.ceil(s.listPrice * (1 + gm.premiumPct / 100) * (1 + gm.finePct / 100));
    const quantity = Math.min(units, Math.floor(money / unitCost));
    if (quantity <= 0) continue;
    orders.greyMarket.push({ sku: s.id, quantity });
    units -= quantity;
    money -= quantity * unitCost;
    spent += quantity * unitCost;
  }
  if (spent > 0) {
    const bidsBudget = orders.bids.reduce((a, b) => a + b.quantity * b.maxPrice, 0) - spent;
    orders.bids = fitBids(orders.bids, bidsBudget);
    const extra = orders.greyMarket.reduce((a, g) => ({ ...a, [g.sku]: (a[g.sku] ?? 0) + g.quantity }), {});
    const fleet = { ...view.me.fleet };
    for (const b of orders.bids) fleet[b.sku] = (fleet[b.sku] ?? 0) + b.quantity;
    for (const [sku, n] of Object.entries(extra)) fleet[sku] = (fleet[sku] ?? 0) + n;
    orders.powerBuild = Math.max(orders.powerBuild, Math.ceil(h.mwNeeded(fleet) * 1.1 - h.mwPlanned()));
  }
  return h.legal(orders);
}
