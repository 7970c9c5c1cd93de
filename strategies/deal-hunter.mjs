// deal-hunter: takes every partnership it may (the first open one it has not signed), and
// otherwise plays a normal-ish buyer. Tests whether deals pay for themselves.
import { normalish } from './_common.mjs';

export default function decide(view, ctx) {
  const h = ctx.helpers;
  const orders = normalish(view, ctx);
  const signed = new Set(view.me.contracts.map((c) => c.partnershipId));
  const open = view.openPartnerships.filter((id) => !view.takenPartnerships.includes(id) && !signed.has(id));
  for (const id of open) {
    const tryIt = { ...orders, partnership: id };
    if (h.check(h.legal(tryIt)) === null && h.legal(tryIt).partnership === id) return h.legal(tryIt);
  }
  return h.legal(orders);
}
