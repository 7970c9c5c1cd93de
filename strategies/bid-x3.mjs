// bid-x3: the normal bot, but every bid at 3x the price the normal bot would offer (quantities scaled
// down to what cash covers). Tests whether cornering supply at any price pays.
import { normalBotRepriced } from './_common.mjs';

export default function decide(view, ctx) {
  return ctx.helpers.legal(normalBotRepriced(ctx, (b) => b.maxPrice * 3));
}
