// no-power: a normal-ish buyer (bids a little over list with 60% of its money) that never builds
// power. Tests whether idle chips cost anything.
import { normalish } from './_common.mjs';

export default function decide(view, ctx) {
  const orders = normalish(view, ctx);
  orders.powerBuild = 0;
  return ctx.helpers.legal(orders);
}
