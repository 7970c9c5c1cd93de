// sensible-buyer: plays the theme. Buys the most compute its money can run, cheapest compute first, and
// builds the power to run it:
// - every option is ranked by what one H100-equivalent costs all in: the chip at its forecast price plus the
//   power it draws (grid power while a grid build still comes online before the end, else on-site power);
//   its own chip counts at its unit cost, as many as the foundry takes this quarter;
// - it pays for chips and the power they draw together, using power already planned that its fleet and
//   booked chips will not draw first; that planned power counts as money at its build price, so while much of
//   it is free the chips may take more than their share of the money (all of it at most, the engine checks);
// - a chip's forecast is the latest clearing price nudged by its trend (list plus a tenth before any sale)
//   or, if higher, the price that would have won the units it wants against the other bidders' revealed bids
//   last quarter, never over twice list; it bids that forecast plus a tenth, for at most a third of the
//   supply or, if more, what the other buyers left unsold last quarter;
// - power: grid power for what it buys plus as many more quarters of buying at this rate as the build
//   takes, on-site power (fast, dear) for chips that would arrive before their power;
// - funds its own chip's development with a tenth of its money, spends three quarters of the rest on chips,
//   and keeps a tenth in reserve for running costs, shrinking to nothing by the last quarter (cash left at
//   the end scores nothing).
const P = { reserve: 0.1, chip: 0.75, mark: 1.1, sil: 0.1, cap: 2, supply: 3 };

/** Forecast clearing price: list (plus a tenth) before any sale; then the last price plus half the last change. */
function trendForecast(ctx, sku) {
  const past = ctx.helpers.clearingPrices(sku.id);
  if (past.length === 0) return sku.listPrice * 1.1;
  const last = past[past.length - 1];
  const trend = past.length > 1 ? (last - past[past.length - 2]) / 2 : 0;
  return Math.max(sku.listPrice, last + trend);
}

/** The price that would have won `units` of `supply` last quarter against the other bidders' revealed bids (0 if any price would). */
function priceToWin(view, ctx, sku, units, supply) {
  const last = view.history[view.history.length - 1];
  const c = last?.clearing.find((k) => k.sku === sku.id);
  if (!c) return 0;
  const others = c.bids.filter((b) => b.bidder !== ctx.me && (b.note === 'filled' || b.note === 'partial' || b.note === 'outbid')).sort((a, b) => b.maxPrice - a.maxPrice);
  let room = supply - units;
  for (const b of others) {
    room -= b.quantity;
    if (room < 0) return b.maxPrice * 1.01;
  }
  return 0;
}

/** Units of a chip the other buyers took last quarter (all of its supply before any sale). */
function othersBought(view, ctx, sku) {
  const c = view.history[view.history.length - 1]?.clearing.find((k) => k.sku === sku.id);
  if (!c) return sku.supply[ctx.quarter] ?? 0;
  return c.bids.filter((b) => b.bidder !== ctx.me).reduce((a, b) => a + b.filled, 0);
}

export default function decide(view, ctx) {
  const h = ctx.helpers;
  const sc = ctx.scenario;
  const q = ctx.quarter;
  const Q = sc.quarters;
  const orders = h.empty();
  const company = sc.companies.find((c) => c.id === ctx.me);
  const spendable = h.spendable();
  const fade = Q > 1 ? Math.max(0, Q - 1 - q) / (Q - 1) : 0;
  let money = Math.floor(spendable * (1 - P.reserve * fade));

  const stage = view.me.silicon.stage;
  if (stage !== 'volume') {
    orders.siliconInvestment = Math.min(h.siliconStageCost(), Math.floor(money * P.sil));
    money -= orders.siliconInvestment;
  }

  // Power: grid power while it can come online before the end, else on-site (fast, dear).
  const gridLead = Math.max(0, sc.power.leadQuarters);
  const onsite = sc.power.onsite;
  const gridPhase = q + gridLead < Q;
  const powerPerMw = gridPhase ? Math.max(1, sc.power.costPerMw) : onsite && q + onsite.leadQuarters < Q ? Math.max(1, onsite.costPerMw) : Infinity;
  const mwPer = (watts) => (watts * sc.power.overhead) / 1_000_000;
  // Power planned (online and under way) that the fleet and the own chips already booked will not use.
  const committed = { ...view.me.fleet };
  committed.custom = (committed.custom ?? 0) + view.me.bookings.reduce((a, b) => a + b.units, 0);
  let spare = h.mwPlanned() - h.mwNeeded(committed);

  // The options, cheapest H100-equivalent (chip plus the power it draws) first.
  const options = [];
  for (const s of h.biddable()) {
    const supply = s.supply[q] ?? 0;
    if (supply <= 0) continue;
    options.push({ kind: 'gpu', s, supply, price: trendForecast(ctx, s), h100e: s.h100e, mw: mwPer(s.watts) });
  }
  const booking = sc.silicon.booking;
  const lead = booking ? booking.leadQuarters : 0;
  if ((stage === 'ramp' || stage === 'volume') && q + lead < Q) {
    const growth = booking?.growthPct ?? 50;
    const cap = stage === 'ramp' ? sc.silicon.rampCap : Math.max(sc.silicon.rampCap, Math.floor(view.me.silicon.bookedPeak * (1 + growth / 100)));
    options.push({ kind: 'own', cap, price: company.silicon.unitCost, h100e: company.silicon.h100e, mw: mwPer(company.silicon.watts) });
  }
  const perMwCost = Number.isFinite(powerPerMw) ? powerPerMw : 1e15;
  const allIn = (o) => (o.price + o.mw * perMwCost) / Math.max(1e-9, o.h100e);
  options.sort((a, b) => allIn(a) - allIn(b));

  /** Units of an option that `left` pays for, chip and the power beyond what is spare (spare power counted as money at its build price). */
  const affordable = (price, mw, want) => {
    const free = mw > 0 ? Math.max(0, Math.floor(spare / mw)) : want;
    if (want * price <= left && want <= free) return want;
    if (!Number.isFinite(powerPerMw)) return Math.max(0, Math.min(want, free, Math.floor(left / price)));
    const withFree = Math.min(free, want);
    const n = Math.floor((left + Math.max(0, spare) * powerPerMw) / (price + mw * powerPerMw));
    return Math.max(0, Math.min(want, Math.max(n, Math.min(withFree, Math.floor(left / price)))));
  };
  const spend = (units, price, mw) => {
    const beyond = Math.max(0, units * mw - Math.max(0, spare));
    left -= units * price + beyond * (Number.isFinite(powerPerMw) ? powerPerMw : 0);
    spare -= units * mw;
  };

  let left = Math.floor(money * P.chip);
  for (const o of options) {
    if (o.kind === 'own') {
      const unit = Math.max(1, o.price);
      const units = affordable(unit, o.mw, o.cap);
      if (units <= 0) continue;
      orders.customOrder = units;
      spend(units, unit, o.mw);
      continue;
    }
    let units = Math.max(Math.floor(o.supply / P.supply), o.supply - othersBought(view, ctx, o.s));
    const price = Math.round(Math.min(o.s.listPrice * P.cap, Math.max(o.price, priceToWin(view, ctx, o.s, Math.min(units, Math.floor(left / o.price)), o.supply)) * P.mark));
    units = affordable(price, o.mw, units);
    if (units <= 0) continue;
    orders.bids.push({ sku: o.s.id, quantity: units, maxPrice: price });
    spend(units, price, o.mw);
  }

  // Build the power the new chips need beyond what is spare: grid while it comes online in time (plus as many
  // more quarters of buying at this rate as the build takes), else on-site; and on-site for chips that would
  // otherwise arrive before their grid power.
  const deficit = Math.max(0, Math.ceil(-spare));
  if (gridPhase) {
    const aheadQ = Math.min(gridLead, Math.max(0, Q - q - 1 - gridLead));
    const newMw = orders.bids.reduce((a, b) => a + b.quantity * mwPer(sc.skus.find((s) => s.id === b.sku).watts), 0) + orders.customOrder * mwPer(company.silicon.watts);
    orders.powerBuild = Math.max(0, Math.min(Math.ceil(deficit + newMw * aheadQ), Math.floor((spendable - h.cost(orders)) / Math.max(1, sc.power.costPerMw))));
  }
  if (onsite && q + onsite.leadQuarters < Q) {
    const by = q + onsite.leadQuarters;
    const soonFleet = { ...view.me.fleet };
    for (const b of orders.bids) soonFleet[b.sku] = (soonFleet[b.sku] ?? 0) + b.quantity;
    soonFleet.custom = (soonFleet.custom ?? 0) + view.me.bookings.filter((b) => b.dueQuarter <= by).reduce((a, b) => a + b.units, 0);
    const soon = view.me.powerMw + view.me.projects.filter((p) => p.readyQuarter <= by).reduce((a, p) => a + p.mw, 0);
    const gap = Math.ceil(h.mwNeeded(soonFleet) - soon);
    const want = gridPhase ? gap : Math.max(gap, deficit);
    if (want > 0) orders.powerFast = Math.max(0, Math.min(want, Math.floor((spendable - h.cost(orders)) / Math.max(1, onsite.costPerMw))));
  }
  return h.legal(orders);
}
