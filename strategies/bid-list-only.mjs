// bid-list-only: the normal bot, but never offering more than list price: every bid at exactly list.
// Everything else (silicon, power, deals) as the normal bot. Tests whether bidding up pays at all.
import { normalBotRepriced } from './_common.mjs';

export default function decide(view, ctx) {
  return ctx.helpers.legal(normalBotRepriced(ctx, (b, sku) => sku?.listPrice ?? b.maxPrice));
}
