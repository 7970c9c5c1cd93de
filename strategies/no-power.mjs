// no-power: the normal bot, but it never builds power (chips beyond the power it starts with sit
// idle). Tests whether idle chips cost anything.
export default function decide(view, ctx) {
  const orders = ctx.helpers.bot('normal');
  orders.powerBuild = 0;
  return ctx.helpers.legal(orders);
}
