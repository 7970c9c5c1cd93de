// bid-x3: bids 3x list for everything it may buy (60% of its money) and builds power for it.
// Tests whether cornering supply at any price pays.
import { normalish } from './_common.mjs';

export default function decide(view, ctx) {
  return ctx.helpers.legal(normalish(view, ctx, 3));
}
