// Shared pieces of the scripted strategies (not a strategy itself: the balance sweep skips files
// whose name starts with "_"). Plain JS; only the documented view and ctx are used.

/**
 * Bids `share` of the spendable money over the biddable SKUs (best compute per dollar first), each at
 * `priceOf(sku)`, at most `supplyShare` of a SKU's supply this quarter. Returns the bids.
 */
export function spreadBids(view, ctx, { share, priceOf, supplyShare = 0.25 }) {
  const h = ctx.helpers;
  const q = ctx.quarter;
  const skus = h.biddable().sort((a, b) => b.h100e / b.listPrice - a.h100e / a.listPrice);
  const money = Math.floor(h.spendable() * share);
  const bids = [];
  for (const s of skus) {
    const price = Math.max(1, Math.round(priceOf(s)));
    const quantity = Math.min(Math.floor(money / skus.length / price), Math.floor((s.supply[q] ?? 0) * supplyShare));
    if (quantity > 0) bids.push({ sku: s.id, quantity, maxPrice: price });
  }
  return bids;
}

/** Power to build now so the fleet has `headroom` times what it needs (never negative). */
export function powerFor(view, ctx, fleet, headroom = 1.1) {
  const h = ctx.helpers;
  return Math.max(0, Math.ceil(h.mwNeeded(fleet) * headroom - h.mwPlanned()));
}

/** The normal bot's orders for this seat with every bid's price set by `priceOf(bid, sku)` (quantities kept). */
export function normalBotRepriced(ctx, priceOf) {
  const orders = ctx.helpers.bot('normal');
  orders.bids = orders.bids.map((b) => {
    const sku = ctx.scenario.skus.find((s) => s.id === b.sku);
    return { ...b, maxPrice: Math.max(1, Math.round(priceOf(b, sku))) };
  });
  return orders;
}

/** Scales the bids' quantities down so that they cost at most `budget` at their max prices. */
export function fitBids(bids, budget) {
  const cost = bids.reduce((a, b) => a + b.quantity * b.maxPrice, 0);
  if (cost <= budget) return bids;
  const f = Math.max(0, budget) / cost;
  return bids.map((b) => ({ ...b, quantity: Math.floor(b.quantity * f) })).filter((b) => b.quantity > 0);
}
