/**
 * The hard bot's auction simulator: the engine's own `clearAuction` run on rival bids drawn from the bot's
 * beliefs. Each SKU's samples are drawn once per decision from a stream of their own (so every plan the bot
 * weighs sees the same rivals), and each (SKU, price, quantity) is simulated at most once. Thinking is
 * bounded by a count of auctions run, never by wall time.
 */
import { clearAuction, type AuctionBid } from '../engine';
import { botRng } from './baseline';
import type { BotContext, SkuInfo } from './context';
import { rivalBeliefs, sampleBids, type RivalBelief } from './rivals';

/** Rival bid sets drawn per SKU. */
export const SAMPLES = 40;

/** One SKU's drawn samples. */
export interface SkuSamples {
  beliefs: RivalBelief[];
  bids: AuctionBid[][];
  /** The bot's own tie-break key in each sample. */
  tiebreaks: number[];
  /** Clearing price of each sample without the bot, sorted. */
  without: number[];
}

/** What one bid won across the samples. */
export interface SimResult {
  filled: number[];
  /** Price per unit paid in each sample. */
  price: number[];
}

/** A decision's simulator: the samples, the results so far and the auctions left to run. */
export interface AuctionSim {
  seed: string;
  left: number;
  used: number;
  samples: Map<string, SkuSamples>;
  results: Map<string, SimResult>;
}

/** A simulator that may run `budget` auctions. */
export function newSim(seed: string, budget: number): AuctionSim {
  return { seed, left: Math.max(0, budget), used: 0, samples: new Map(), results: new Map() };
}

/** The SKU's samples (drawn on first use from the bot's stream for this SKU); null if the budget cannot pay for them. */
export function skuSamples(sim: AuctionSim, ctx: BotContext, info: SkuInfo): SkuSamples | null {
  const have = sim.samples.get(info.spec.id);
  if (have) return have;
  if (sim.left < 2 * SAMPLES) return null;
  const rng = botRng(`${sim.seed}/auction/${info.spec.id}`, ctx.view.me.id, ctx.q);
  const beliefs = rivalBeliefs(ctx, info);
  const pricing = ctx.view.scenario.market.pricing;
  const out: SkuSamples = { beliefs, bids: [], tiebreaks: [], without: [] };
  for (let s = 0; s < SAMPLES; s++) {
    const bids = sampleBids(ctx, info, beliefs, rng);
    out.bids.push(bids);
    out.tiebreaks.push(rng.next());
    out.without.push(clearAuction(info.supply, info.spec.listPrice, pricing, bids).clearingPrice);
  }
  sim.used += SAMPLES;
  sim.left -= SAMPLES;
  out.without.sort((a, b) => a - b);
  sim.samples.set(info.spec.id, out);
  return out;
}

/** Runs (or recalls) a bid of `quantity` at `price` against every sample; null once the budget is spent. */
export function simulate(sim: AuctionSim, ctx: BotContext, info: SkuInfo, samples: SkuSamples, price: number, quantity: number, priorityUnits: number): SimResult | null {
  const key = `${info.spec.id}|${price}|${quantity}`;
  const have = sim.results.get(key);
  if (have) return have;
  if (sim.left < samples.bids.length) return null;
  const pricing = ctx.view.scenario.market.pricing;
  const out: SimResult = { filled: [], price: [] };
  const mine: AuctionBid = { quantity, maxPrice: price, relationship: ctx.view.me.relationship, priorityUnits, tiebreak: 0 };
  samples.bids.forEach((bids, s) => {
    mine.tiebreak = samples.tiebreaks[s] as number;
    const r = clearAuction(info.supply, info.spec.listPrice, pricing, [...bids, mine]);
    const fill = r.fills[bids.length];
    out.filled.push(fill?.filled ?? 0);
    out.price.push(fill?.price ?? 0);
  });
  sim.used += samples.bids.length;
  sim.left -= samples.bids.length;
  sim.results.set(key, out);
  return out;
}

/** One of a bot's own bids in a simulated auction. */
export interface OwnBid {
  quantity: number;
  maxPrice: number;
}

/**
 * Runs (or recalls) a demand curve of own bids (tranches, highest price first) against every sample: the
 * units filled over all tranches and the money paid for them, per sample; null once the budget is spent.
 * The priority allowance goes to the tranches in order, as the engine gives it.
 */
export function simulateCurve(sim: AuctionSim, ctx: BotContext, info: SkuInfo, samples: SkuSamples, curve: readonly OwnBid[], priorityUnits: number): { filled: number[]; paid: number[] } | null {
  const key = `${info.spec.id}|curve|${curve.map((b) => `${b.maxPrice}x${b.quantity}`).join(',')}`;
  const have = sim.results.get(key);
  if (have) return { filled: have.filled, paid: have.price };
  if (sim.left < samples.bids.length) return null;
  const pricing = ctx.view.scenario.market.pricing;
  const filled: number[] = [];
  const paid: number[] = [];
  const list = info.spec.listPrice;
  samples.bids.forEach((bids, s) => {
    let prio = priorityUnits;
    const mine: AuctionBid[] = curve.map((b) => {
      const p = b.maxPrice >= list ? Math.min(prio, b.quantity) : 0;
      prio -= p;
      return { quantity: b.quantity, maxPrice: b.maxPrice, relationship: ctx.view.me.relationship, priorityUnits: p, tiebreak: samples.tiebreaks[s] as number };
    });
    const r = clearAuction(info.supply, list, pricing, [...bids, ...mine]);
    let f = 0;
    let m = 0;
    for (let i = 0; i < mine.length; i++) {
      const fill = r.fills[bids.length + i];
      f += fill?.filled ?? 0;
      m += (fill?.filled ?? 0) * (fill?.price ?? 0);
    }
    filled.push(f);
    paid.push(m);
  });
  sim.used += samples.bids.length;
  sim.left -= samples.bids.length;
  sim.results.set(key, { filled, price: paid });
  return { filled, paid };
}
