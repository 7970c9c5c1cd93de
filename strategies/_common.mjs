// Shared pieces of the scripted strategies (not a strategy itself: the balance sweep skips files
// whose name starts with "_"). Plain JS; only the documented view and ctx are used.

/** The fleet after these bids fill: what power has to be planned for. */
export function fleetAfter(view, bids) {
  const fleet = { ...view.me.fleet };
  for (const b of bids) fleet[b.sku] = (fleet[b.sku] ?? 0) + b.quantity;
  return fleet;
}

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

/** A normal-ish quarter: bids `mult` x list with 60% of the money, builds power for what it buys. */
export function normalish(view, ctx, mult = 1.05) {
  const h = ctx.helpers;
  const orders = h.empty();
  orders.bids = spreadBids(view, ctx, { share: 0.6, priceOf: (s) => s.listPrice * (mult + ctx.rng.next() * 0.05) });
  orders.powerBuild = powerFor(view, ctx, fleetAfter(view, orders.bids));
  return orders;
}
