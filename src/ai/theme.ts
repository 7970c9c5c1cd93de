/**
 * The theme plan: buy the most compute the money can run, cheapest compute first, and build the power to run
 * it. One of the plans the hard bot weighs by playing the game forward (src/ai/level.ts); the same rules as
 * the shipped strategy `strategies/sensible-buyer.mjs` (which stays a plain bot file, the benchmark a player
 * can read), written here against the seat's helpers:
 * - every option is ranked by what one H100-equivalent costs all in: the chip at its forecast price plus the
 *   power it draws (grid power while a grid build still comes online before the end, else on-site power);
 *   its own chip counts at its unit cost, as many as the foundry takes this quarter;
 * - it pays for chips and the power they draw together, using power already planned that its fleet and booked
 *   chips will not draw first; that planned power counts as money at its build price, so while much of it is
 *   free the chips may take more than their share of the money (all of it at most);
 * - a chip's forecast is the latest clearing price nudged by its trend (list plus a tenth before any sale) or,
 *   if higher, the price that would have won the units it wants against last quarter's revealed bids, never
 *   over twice list; it bids that plus a tenth, for a third of the supply or what others left unsold;
 * - power: grid power for what it buys (plus the build's lead time of buying at this rate), on-site power for
 *   chips that would arrive before their power;
 * - a tenth of its money to its own chip's development, three quarters of the rest to chips, a reserve for
 *   running costs that shrinks to nothing by the last quarter.
 */
import { bookingCap, deliveryQuarter, type Orders, type PlayerView, type Scenario } from '../engine';
import { seatHelpers, type SeatHelpers } from './helpers';

/** Share of its units a bid at the firm price keeps at least before its price comes down (measured: at a half, the Gulf seat, short of cash, bid below the clearing price and won nothing in 2025). */
const FIRM_KEEP = 0.25;

const P = { reserve: 0.1, chip: 0.75, mark: 1.1, sil: 0.1, cap: 2, supply: 3 };

type Sku = Scenario['skus'][number];

/** Forecast clearing price: list (plus a tenth) before any sale; then the last price plus half the last change. */
function trendForecast(h: SeatHelpers, sku: Sku): number {
  const past = h.clearingPrices(sku.id);
  const last = past[past.length - 1];
  if (last === undefined) return sku.listPrice * 1.1;
  const before = past[past.length - 2];
  const trend = before !== undefined ? (last - before) / 2 : 0;
  return Math.max(sku.listPrice, last + trend);
}

/** The price that would have won `units` of `supply` last quarter against the other bidders' revealed bids (0 if any price would). */
function priceToWin(view: PlayerView, sku: Sku, units: number, supply: number): number {
  const c = view.history[view.history.length - 1]?.clearing.find((k) => k.sku === sku.id);
  if (!c) return 0;
  const others = c.bids
    .filter((b) => b.bidder !== view.me.id && (b.note === 'filled' || b.note === 'partial' || b.note === 'outbid'))
    .sort((a, b) => b.maxPrice - a.maxPrice);
  let room = supply - units;
  for (const b of others) {
    room -= b.quantity;
    if (room < 0) return b.maxPrice * 1.01;
  }
  return 0;
}

/** Units of a chip the other buyers took last quarter (all of its supply before any sale). */
function othersBought(view: PlayerView, sku: Sku, q: number): number {
  const c = view.history[view.history.length - 1]?.clearing.find((k) => k.sku === sku.id);
  if (!c) return sku.supply[q] ?? 0;
  return c.bids.filter((b) => b.bidder !== view.me.id).reduce((a, b) => a + b.filled, 0);
}

interface Option {
  kind: 'gpu' | 'own';
  sku?: Sku;
  supply: number;
  cap: number;
  price: number;
  h100e: number;
  mw: number;
}

/** How a bot that allocates its money by the theme plan sets what the plan leaves open (src/ai/level.ts: the normal and hard bots of the four-quarter games). */
export interface ThemeOptions {
  /**
   * The price to bid for a chip (null leaves the chip out): the most a bid goes to. The plan counts the chips at
   * its own price or the firm one if lower (what it expects to pay); the bids then go as far toward the firm
   * prices, all together, as the money left covers (under uniform pricing a firm bid costs little unless it is
   * the one rejected, but the cash for it must be shown).
   */
  firmPrice?: (skuId: string) => number | null;
  /** Share of the money kept back in the first quarter (it fades to nothing by the last); the plan's own is a tenth. */
  reserve?: number;
  /** Money set aside before the plan (a partnership's deal bid and fee). */
  committed?: number;
  /** The silicon development investment, if decided elsewhere; the plan's own is a tenth of its money. */
  siliconInvestment?: number;
}

/** The theme plan's orders for this seat this quarter (legal: scaled down until the engine takes them). */
export function themeOrders(view: PlayerView, opts: ThemeOptions = {}): Orders {
  const h = seatHelpers(view);
  const sc = view.scenario;
  const q = view.quarter;
  const Q = sc.quarters;
  const orders = h.empty();
  const company = sc.companies.find((c) => c.id === view.me.id);
  if (!company) return orders;
  const spendable = Math.max(0, h.spendable() - (opts.committed ?? 0));
  const fade = Q > 1 ? Math.max(0, Q - 1 - q) / (Q - 1) : 0;
  let money = Math.floor(spendable * (1 - (opts.reserve ?? P.reserve) * fade));

  const stage = view.me.silicon.stage;
  if (opts.siliconInvestment !== undefined) {
    orders.siliconInvestment = Math.max(0, Math.min(opts.siliconInvestment, money));
    money -= orders.siliconInvestment;
  } else if (stage !== 'volume') {
    orders.siliconInvestment = Math.min(h.siliconStageCost(), Math.floor(money * P.sil));
    money -= orders.siliconInvestment;
  }

  // Power: grid power while it can come online before the end, else on-site (fast, dear).
  const gridLead = Math.max(0, sc.power.leadQuarters);
  const onsite = sc.power.onsite;
  const gridPhase = q + gridLead < Q;
  const powerPerMw = gridPhase
    ? Math.max(1, sc.power.costPerMw)
    : onsite && q + onsite.leadQuarters < Q
      ? Math.max(1, onsite.costPerMw)
      : Infinity;
  const mwPer = (watts: number) => (watts * sc.power.overhead) / 1_000_000;
  // Power planned (online and under way) that the fleet and the own chips already booked will not use.
  const committed: Record<string, number> = { ...view.me.fleet };
  committed.custom = (committed.custom ?? 0) + view.me.bookings.reduce((a, b) => a + b.units, 0);
  let spare = h.mwPlanned() - h.mwNeeded(committed);

  // The options, cheapest H100-equivalent (chip plus the power it draws) first.
  const options: Option[] = [];
  for (const s of h.biddable()) {
    const supply = s.supply[q] ?? 0;
    if (supply <= 0) continue;
    options.push({ kind: 'gpu', sku: s, supply, cap: supply, price: trendForecast(h, s), h100e: s.h100e, mw: mwPer(s.watts) });
  }
  const booking = sc.silicon.booking;
  const lead = booking ? booking.leadQuarters : 0;
  if ((stage === 'ramp' || stage === 'volume') && q + lead < Q) {
    const growth = booking?.growthPct ?? 50;
    const cap =
      stage === 'ramp' ? sc.silicon.rampCap : Math.max(sc.silicon.rampCap, Math.floor(view.me.silicon.bookedPeak * (1 + growth / 100)));
    options.push({
      kind: 'own',
      supply: cap,
      cap,
      price: company.silicon.unitCost,
      h100e: company.silicon.h100e,
      mw: mwPer(company.silicon.watts),
    });
  }
  const perMwCost = Number.isFinite(powerPerMw) ? powerPerMw : 1e15;
  const allIn = (o: Option) => (o.price + o.mw * perMwCost) / Math.max(1e-9, o.h100e);
  options.sort((a, b) => allIn(a) - allIn(b));

  let left = Math.floor(money * P.chip);
  /** Units of an option that `left` pays for, chip and the power beyond what is spare (spare power counted as money at its build price). */
  const affordable = (price: number, mw: number, want: number): number => {
    const free = mw > 0 ? Math.max(0, Math.floor(spare / mw)) : want;
    if (want * price <= left && want <= free) return want;
    if (!Number.isFinite(powerPerMw)) return Math.max(0, Math.min(want, free, Math.floor(left / price)));
    const withFree = Math.min(free, want);
    const n = Math.floor((left + Math.max(0, spare) * powerPerMw) / (price + mw * powerPerMw));
    return Math.max(0, Math.min(want, Math.max(n, Math.min(withFree, Math.floor(left / price)))));
  };
  const spend = (units: number, price: number, mw: number) => {
    const beyond = Math.max(0, units * mw - Math.max(0, spare));
    left -= units * price + beyond * (Number.isFinite(powerPerMw) ? powerPerMw : 0);
    spare -= units * mw;
  };

  for (const o of options) {
    if (o.kind === 'own') {
      const unit = Math.max(1, o.price);
      const units = affordable(unit, o.mw, o.cap);
      if (units <= 0) continue;
      orders.customOrder = units;
      spend(units, unit, o.mw);
      continue;
    }
    const sku = o.sku as Sku;
    let units = Math.max(Math.floor(o.supply / P.supply), o.supply - othersBought(view, sku, q));
    const own = Math.round(
      Math.min(
        sku.listPrice * P.cap,
        Math.max(o.price, priceToWin(view, sku, Math.min(units, Math.floor(left / o.price)), o.supply)) * P.mark,
      ),
    );
    const firmAt = opts.firmPrice ? opts.firmPrice(sku.id) : undefined;
    if (firmAt === null) continue;
    // Never over the firm price: it is at most what a unit is worth to the bot that sets it.
    const price = firmAt === undefined ? own : Math.min(own, firmAt);
    units = affordable(price, o.mw, units);
    if (units <= 0) continue;
    orders.bids.push({ sku: sku.id, quantity: units, maxPrice: price });
    spend(units, price, o.mw);
  }

  // Power for the new chips beyond what is spare: grid while it comes online in time (plus the lead time of
  // buying at this rate), else on-site; and on-site for chips that would otherwise arrive before their power.
  const deficit = Math.max(0, Math.ceil(-spare));
  const wattsOf = (id: string) => sc.skus.find((s) => s.id === id)?.watts ?? 0;
  if (gridPhase) {
    const aheadQ = Math.min(gridLead, Math.max(0, Q - q - 1 - gridLead));
    const newMw =
      orders.bids.reduce((a, b) => a + b.quantity * mwPer(wattsOf(b.sku)), 0) + orders.customOrder * mwPer(company.silicon.watts);
    orders.powerBuild = Math.max(
      0,
      Math.min(Math.ceil(deficit + newMw * aheadQ), Math.floor((spendable - h.cost(orders)) / Math.max(1, sc.power.costPerMw))),
    );
  }
  if (onsite && q + onsite.leadQuarters < Q) {
    const by = q + onsite.leadQuarters;
    const soonFleet: Record<string, number> = { ...view.me.fleet };
    for (const b of orders.bids) soonFleet[b.sku] = (soonFleet[b.sku] ?? 0) + b.quantity;
    soonFleet.custom = (soonFleet.custom ?? 0) + view.me.bookings.filter((b) => b.dueQuarter <= by).reduce((a, b) => a + b.units, 0);
    const soon = view.me.powerMw + view.me.projects.filter((p) => p.readyQuarter <= by).reduce((a, p) => a + p.mw, 0);
    const gap = Math.ceil(h.mwNeeded(soonFleet) - soon);
    const want = gridPhase ? gap : Math.max(gap, deficit);
    if (want > 0) orders.powerFast = Math.max(0, Math.min(want, Math.floor((spendable - h.cost(orders)) / Math.max(1, onsite.costPerMw))));
  }
  if (opts.firmPrice) {
    // As the planner firms a bid (src/ai/firming.ts): the firm price first, giving up at most three quarters of
    // the units for it (FIRM_KEEP); where even a quarter of them at the firm price is more than the cash, a
    // quarter of them at the highest price between the plan's and the firm one that the cash covers.
    const firm = opts.firmPrice;
    const base = orders.bids.map((b) => b.maxPrice);
    const top = orders.bids.map((b, i) => firm(b.sku) ?? base[i] ?? 0);
    const at = (l: number, f: number): Orders => ({
      ...orders,
      bids: orders.bids
        .map((b, i) => ({ ...b, quantity: Math.floor(b.quantity * f), maxPrice: Math.round((base[i] ?? 0) + l * ((top[i] ?? 0) - (base[i] ?? 0))) }))
        .filter((b) => b.quantity > 0),
    });
    const fits = (l: number, f: number) => h.cost(at(l, f)) <= spendable;
    /** The largest x in [lo, 1] with ok(x), given ok(lo) (12 halvings). */
    const largest = (lo: number, ok: (x: number) => boolean) => {
      if (ok(1)) return 1;
      let a = lo;
      let b = 1;
      for (let k = 0; k < 12; k++) {
        const mid = (a + b) / 2;
        if (ok(mid)) a = mid;
        else b = mid;
      }
      return a;
    };
    if (fits(1, FIRM_KEEP)) return h.legal(at(1, largest(FIRM_KEEP, (f) => fits(1, f))));
    return h.legal(at(largest(0, (l) => fits(l, FIRM_KEEP)), FIRM_KEEP));
  }
  return h.legal(orders);
}

/**
 * Own chips first, the posture of a company that bets on its own silicon: the largest own-chip booking the
 * foundry takes (within the booking cap, while it can be delivered before the end), and vendor chips only with
 * a twentieth of the money left after power and silicon. Fewer vendor chips keep independence up; a leader
 * that already scores full marks on compute and profit gains little from more of them.
 */
export function ownChipsFirst(view: PlayerView, base: Orders): Orders {
  const h = seatHelpers(view);
  const sc = view.scenario;
  const stage = view.me.silicon.stage;
  const company = sc.companies.find((c) => c.id === view.me.id);
  if (!company || stage === 'none') return base;
  const unit = Math.max(1, company.silicon.unitCost);
  const onsiteCost = sc.power.onsite?.costPerMw ?? 0;
  const fixed = base.powerBuild * sc.power.costPerMw + (base.powerFast ?? 0) * onsiteCost + base.siliconInvestment;
  const available = Math.max(0, h.spendable() - fixed);
  const canBook = (stage === 'ramp' || stage === 'volume') && deliveryQuarter({ scenario: sc }, view.quarter) < sc.quarters;
  const customOrder = canBook
    ? Math.max(base.customOrder, Math.min(bookingCap({ scenario: sc }, view.me), Math.floor((available * 0.95) / unit)))
    : base.customOrder;
  const budget = Math.max(0, available * 0.05);
  const cost = base.bids.reduce((a, b) => a + b.quantity * b.maxPrice, 0);
  const f = cost > budget ? budget / cost : 1;
  const bids = base.bids.map((b) => ({ ...b, quantity: Math.floor(b.quantity * f) })).filter((b) => b.quantity > 0);
  return h.legal({ ...base, bids, customOrder });
}
