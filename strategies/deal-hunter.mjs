// deal-hunter: the normal bot, but it takes every partnership it may: the first open offer it has
// not signed (if the orders stay legal with it). Tests whether deals pay for themselves.
export default function decide(view, ctx) {
  const h = ctx.helpers;
  const orders = h.bot('normal');
  if (orders.partnership !== null) return h.legal(orders);
  const signed = new Set(view.me.contracts.map((c) => c.partnershipId));
  const open = view.openPartnerships.filter((id) => !view.takenPartnerships.includes(id) && !signed.has(id));
  for (const id of open) {
    const withDeal = h.legal({ ...orders, partnership: id });
    if (withDeal.partnership === id && h.check(withDeal) === null) return withDeal;
  }
  return h.legal(orders);
}
