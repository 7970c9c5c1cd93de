// bid-list-only: bids exactly list price (never more) with 60% of its money for the best
// compute per dollar it may buy, and builds the power for what it bids on. No silicon, no deals.
import { fleetAfter, powerFor, spreadBids } from './_common.mjs';

export default function decide(view, ctx) {
  const h = ctx.helpers;
  const orders = h.empty();
  orders.bids = spreadBids(view, ctx, { share: 0.6, priceOf: (s) => s.listPrice });
  orders.powerBuild = powerFor(view, ctx, fleetAfter(view, orders.bids));
  return h.legal(orders);
}
