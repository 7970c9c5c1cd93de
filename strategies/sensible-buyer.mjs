// sensible-buyer: plays the theme. Forecasts each chip's price from the revealed past clearing
// prices (the latest, nudged by the trend, never under list) and bids that forecast with most of its
// money; builds the power for what it buys, ahead of time (the power lead time included, so chips
// do not sit idle); funds its own chip moderately (a fifth of its money while in development, a
// fifth on custom chips once it can order them).

/** Forecast clearing price: list before any sale; then the last price plus half the last change. */
function forecast(ctx, sku) {
  const past = ctx.helpers.clearingPrices(sku.id);
  if (past.length === 0) return sku.listPrice * 1.1;
  const last = past[past.length - 1];
  const trend = past.length > 1 ? (last - past[past.length - 2]) / 2 : 0;
  return Math.min(sku.listPrice * 2, Math.max(sku.listPrice, last + trend));
}

export default function decide(view, ctx) {
  const h = ctx.helpers;
  const q = ctx.quarter;
  const orders = h.empty();
  const company = ctx.scenario.companies.find((c) => c.id === ctx.me);
  const spendable = h.spendable();
  // Keep a tenth in reserve for running costs to come.
  let money = Math.floor(spendable * 0.9);

  const stage = view.me.silicon.stage;
  if (stage !== 'volume') {
    orders.siliconInvestment = Math.min(h.siliconStageCost(), Math.floor(money * 0.2));
    money -= orders.siliconInvestment;
  }
  if (stage === 'ramp' || stage === 'volume') {
    const unit = Math.max(1, company.silicon.unitCost);
    const cap = stage === 'ramp' ? ctx.scenario.silicon.rampCap : Infinity;
    orders.customOrder = Math.max(0, Math.min(cap, Math.floor((money * 0.2) / unit)));
    money -= orders.customOrder * unit;
  }

  // Chips: best compute per forecast dollar first, each at its forecast, a third of supply at most.
  const lead = Math.max(0, ctx.scenario.power.leadQuarters);
  const quartersLeft = ctx.scenario.quarters - q;
  const chipMoney = Math.floor(money * 0.75);
  const skus = h.biddable()
    .map((s) => ({ s, price: Math.round(forecast(ctx, s)) }))
    .sort((a, b) => b.s.h100e / b.price - a.s.h100e / a.price);
  let left = chipMoney;
  for (const { s, price } of skus) {
    const quantity = Math.min(Math.floor(left / 2 / price), Math.floor((s.supply[q] ?? 0) / 3));
    if (quantity <= 0) continue;
    orders.bids.push({ sku: s.id, quantity, maxPrice: price });
    left -= quantity * price;
  }

  // Power: what the fleet will need once this quarter's chips arrive, plus as many more quarters of
  // buying at this rate as the build takes (while the game lasts).
  const fleet = { ...view.me.fleet };
  const ahead = 1 + Math.min(lead, Math.max(0, quartersLeft - 1));
  for (const b of orders.bids) fleet[b.sku] = (fleet[b.sku] ?? 0) + b.quantity * ahead;
  const need = Math.ceil(h.mwNeeded(fleet) * 1.05 - h.mwPlanned());
  const perMw = Math.max(1, ctx.scenario.power.costPerMw);
  orders.powerBuild = Math.max(0, Math.min(need, Math.floor((spendable - h.cost(orders)) / perMw)));
  return h.legal(orders);
}
