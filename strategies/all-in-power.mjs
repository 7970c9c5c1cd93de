// all-in-power: spends most of its money on power (80%), bids list for a little compute (15%).
// Tests whether power alone, without chips to run, scores.
import { spreadBids } from './_common.mjs';

export default function decide(view, ctx) {
  const h = ctx.helpers;
  const orders = h.empty();
  orders.bids = spreadBids(view, ctx, { share: 0.15, priceOf: (s) => s.listPrice });
  const perMw = Math.max(1, ctx.scenario.power.costPerMw);
  orders.powerBuild = Math.min(1_000_000, Math.floor((h.spendable() * 0.8) / perMw));
  return h.legal(orders);
}
