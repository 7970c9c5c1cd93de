// bid-x1.5: a normal-ish buyer that bids 1.5x list for everything it may buy (60% of its money),
// builds the power for it, and never funds its own chip. Tests whether overbidding pays.
import { normalish } from './_common.mjs';

export default function decide(view, ctx) {
  return ctx.helpers.legal(normalish(view, ctx, 1.5));
}
