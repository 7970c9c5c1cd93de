/**
 * How firm the normal bid is under uniform pricing (and the hard bid, which starts from normal's), and the
 * worst-case cash arithmetic of a bid: what a quantity at a price ties up, the most units a sum covers.
 */
import type { BotContext, SkuInfo } from './context';
import { newPowerUnits, type Tranche } from './demand';

/**
 * Share of the way from the forecast clearing price to the value of the last unit it bids for that normal (and hard, which starts
 * from normal's bid) bids under uniform pricing. Before engine 3's balance pass the bots bid only a markup over
 * the forecast, so bidding ×1.5 their price won from Amazon every game (issue #11).
 */
export const TOWARD_VALUE = 0.3;

/**
 * The firmest uniform-pricing bid, as a multiple of the forecast clearing price. A firm bid guards against
 * being the rejected bid, which sets the price; a bid several times the forecast guards against nothing the
 * public record shows, and where the rival bids the same way it only sets a high price for both. Measured
 * (issue #11): before the cap, China's H20 bids went to about 5× the forecast (toward a value many times the
 * list price) and bought a third as many units as the same cash at the forecast; the other seats' bids
 * reach 3× the forecast only for Meta's MI300X, about one quarter in four.
 */
export const FIRM_CAP = 3;

/**
 * Share of the units a bot could pay for at its forecast bid that a firmer bid may give up. Beyond it the
 * bot is short of cash for what it wants (it would buy fewer than half the units for the same money), so it
 * firms only as far as the cash still covers that share. Measured: about one bid in ten of Meta's and almost
 * none of the other US seats' were cut this far; two thirds of China's H20 bids were.
 */
export const FIRM_FLOOR = 0.5;

/** Worst-case cash of `quantity` units at `price` with the SKU's surcharge and any new power they need. */
export function cashNeed(ctx: BotContext, info: SkuInfo, schedule: readonly Tranche[], quantity: number, price: number): number {
  const chips = Math.ceil((quantity * price * (100 + info.sharePct)) / 100);
  return chips + newPowerUnits(schedule, quantity) * info.mwPerUnit * ctx.costPerMw;
}

/** The largest integer in [lo, hi] for which `fits` holds, given it holds at `lo` and, once false, stays false. */
function largestFitting(lo: number, hi: number, fits: (x: number) => boolean): number {
  let a = lo;
  let b = Math.max(lo, hi);
  while (a < b) {
    const mid = Math.ceil((a + b) / 2);
    if (fits(mid)) a = mid;
    else b = mid - 1;
  }
  return a;
}

/** The most units affordable at `price` within `money`. */
export function affordable(ctx: BotContext, info: SkuInfo, schedule: readonly Tranche[], price: number, money: number, cap: number): number {
  return largestFitting(0, Math.floor(cap), (n) => cashNeed(ctx, info, schedule, n, price) <= money);
}

/** The highest price in [lo, hi] at which `quantity` units (and their new power) are still within `money`. */
export function affordablePrice(ctx: BotContext, info: SkuInfo, schedule: readonly Tranche[], quantity: number, money: number, lo: number, hi: number): number {
  return largestFitting(lo, hi, (p) => cashNeed(ctx, info, schedule, quantity, p) <= money);
}

/**
 * The firm bid: under uniform pricing the highest rejected bid sets the price, so bidding over the forecast
 * costs little unless this bid is the one rejected. Bids part of the way (TOWARD_VALUE) from the forecast to
 * what the last unit bid for is worth (`last`), never over `vmax` nor FIRM_CAP times the forecast; the same
 * units, fewer only if the cash runs short at the firmer price, and never so firm that the cash covers less
 * than FIRM_FLOOR of them. Returns the bid unchanged when firming would not raise its price.
 */
export function firmBid(ctx: BotContext, info: SkuInfo, schedule: readonly Tranche[], forecast: number, last: number, vmax: number, bid: { quantity: number; maxPrice: number }, money: number): { quantity: number; maxPrice: number } {
  const firm = Math.min(vmax, Math.round(forecast * FIRM_CAP), Math.round(forecast + TOWARD_VALUE * (last - forecast)));
  if (firm <= bid.maxPrice) return bid;
  const keep = affordable(ctx, info, schedule, firm, money, bid.quantity);
  const floor = Math.ceil(bid.quantity * FIRM_FLOOR);
  if (keep >= floor) return { quantity: keep, maxPrice: firm };
  // Short of cash for what it wants: firm only as far as the cash covers FIRM_FLOOR of the units.
  const maxPrice = affordablePrice(ctx, info, schedule, floor, money, bid.maxPrice, firm);
  return { quantity: affordable(ctx, info, schedule, maxPrice, money, bid.quantity), maxPrice };
}
