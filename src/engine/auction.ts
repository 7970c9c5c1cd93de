import { tick } from './steps';
import { sortStrict } from './sort';

/** One bid entering a sealed-bid auction for one SKU. */
export interface AuctionBid {
  quantity: number;
  maxPrice: number;
  /** Vendor relationship 0..100: breaks price ties. */
  relationship: number;
  /** Units this bidder may take ahead of price order (a chipmaker priority deal). */
  priorityUnits: number;
  /** A random key drawn per bid: breaks ties that price and relationship leave. */
  tiebreak: number;
}

/** What the auction gave one bid. */
export interface AuctionFill {
  filled: number;
  /** Price per unit paid (before any revenue-share surcharge). */
  price: number;
  /** Units filled through priority. */
  priority: number;
}

/** The auction's result, fills in the same order as the bids. */
export interface AuctionResult {
  sold: number;
  clearingPrice: number;
  fills: AuctionFill[];
  /** Bid indices in the order they were filled (for the reveal animation). */
  fillOrder: number[];
}

function byRank(bids: readonly AuctionBid[]) {
  return (a: number, b: number): number => {
    const x = bids[a] as AuctionBid;
    const y = bids[b] as AuctionBid;
    return y.maxPrice - x.maxPrice || y.relationship - x.relationship || x.tiebreak - y.tiebreak || a - b;
  };
}

/**
 * Clears one SKU: bids under the list price never fill; priority units fill first; the rest fill by price,
 * then relationship, then the random key, with the marginal bid partly filled. Uniform pricing charges
 * every winner the higher of the list price and the highest bid left (partly) unfilled (a priority fill never pays more
 * than its own bid); pay-as-bid charges each its own price.
 */
export function clearAuction(supply: number, listPrice: number, pricing: 'uniform' | 'payAsBid', bids: readonly AuctionBid[]): AuctionResult {
  const n = bids.length;
  tick(n + 1);
  const filled = bids.map(() => 0);
  const priority = bids.map(() => 0);
  const fillOrder: number[] = [];
  let left = Math.max(0, supply);
  const eligible: number[] = [];
  for (let i = 0; i < n; i++) if ((bids[i] as AuctionBid).maxPrice >= listPrice && (bids[i] as AuctionBid).quantity > 0) eligible.push(i);
  const rank = byRank(bids);
  const prio = eligible.filter((i) => (bids[i] as AuctionBid).priorityUnits > 0);
  sortStrict(prio, (a, b) => (bids[b] as AuctionBid).relationship - (bids[a] as AuctionBid).relationship || (bids[a] as AuctionBid).tiebreak - (bids[b] as AuctionBid).tiebreak || a - b);
  for (const i of prio) {
    if (left === 0) break;
    const b = bids[i] as AuctionBid;
    const take = Math.min(b.priorityUnits, b.quantity, left);
    filled[i] = take;
    priority[i] = take;
    left -= take;
    if (take > 0) fillOrder.push(i);
  }
  sortStrict(eligible, rank);
  let highestUnfilled = 0;
  for (const i of eligible) {
    const b = bids[i] as AuctionBid;
    const had = filled[i] as number;
    const want = b.quantity - had;
    if (want <= 0) continue;
    const take = Math.min(want, left);
    if (take > 0) {
      filled[i] = had + take;
      left -= take;
      // A bid is in the fill order once: it is there already if priority filled some of it.
      if (had === 0) fillOrder.push(i);
    }
    if (take < want && b.maxPrice > highestUnfilled) highestUnfilled = b.maxPrice;
  }
  const clearingPrice = Math.max(listPrice, highestUnfilled);
  const fills = bids.map((b, i): AuctionFill => {
    const f = filled[i] as number;
    const price = f === 0 ? 0 : pricing === 'uniform' ? Math.min(clearingPrice, b.maxPrice) : b.maxPrice;
    return { filled: f, price, priority: priority[i] as number };
  });
  return { sold: Math.max(0, supply) - left, clearingPrice, fills, fillOrder };
}
