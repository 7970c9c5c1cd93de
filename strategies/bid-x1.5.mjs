// bid-x1.5: the normal bot, but every bid at 1.5x the price the normal bot would offer (the same
// quantities, scaled down only if cash runs short). Tests whether overbidding a competent plan pays.
import { normalBotRepriced } from './_common.mjs';

export default function decide(view, ctx) {
  return ctx.helpers.legal(normalBotRepriced(ctx, (b) => b.maxPrice * 1.5));
}
