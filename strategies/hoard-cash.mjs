// hoard-cash: keeps almost all its money. Spends only on power for the chips it already owns
// (so they keep running) and bids list price for a token 2% of its budget. Tests whether unspent
// cash scores.
export default function decide(view, ctx) {
  const h = ctx.helpers;
  const orders = h.empty();
  const money = Math.floor(h.spendable() * 0.02);
  const skus = h.biddable();
  for (const s of skus) {
    const quantity = Math.floor(money / skus.length / s.listPrice);
    if (quantity > 0) orders.bids.push({ sku: s.id, quantity, maxPrice: s.listPrice });
  }
  orders.powerBuild = Math.max(0, h.mwNeeded(view.me.fleet) - h.mwPlanned());
  return h.legal(orders);
}
