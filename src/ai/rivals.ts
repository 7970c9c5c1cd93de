/**
 * The hard bot's model of its rivals, from public information only: their capex plans (scenario budgets),
 * their fleets and power (public filings), their export terms and entity-list status, and the bids they
 * revealed in past quarters. It draws plausible sealed bids for this quarter from the bot's own stream.
 */
import type { AuctionBid, CompanySpec, Rng } from '../engine';
import { exportStatus } from '../engine';
import { otherBlocks, unitOf, type BotContext, type SkuInfo } from './context';
import { clearingsOf } from './forecast';

/** What the bot believes about one rival's bid for one SKU. */
export interface RivalBelief {
  id: string;
  relationship: number;
  /** Chance the rival bids at all. */
  pBid: number;
  /** Typical quantity and price; samples spread around them. */
  quantity: number;
  price: number;
  /** Log-normal spreads of quantity and price. */
  qtySpread: number;
  priceSpread: number;
}

function normal(rng: Rng): number {
  // Box-Muller from two uniforms of the bot's own stream.
  const u = Math.max(1e-12, rng.next());
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** MW a rival has free for new chips: capacity online and announced, less what its fleet draws (public). */
function rivalSpareMw(ctx: BotContext, company: CompanySpec, fleet: Record<string, number>, mw: number): number {
  let need = 0;
  for (const key of Object.keys(fleet)) need += (fleet[key] ?? 0) * unitOf(ctx.view.scenario, company, key).watts;
  return mw - (need * ctx.overhead) / 1_000_000;
}

/**
 * Beliefs about every rival's bid for a SKU. A rival that revealed a bid for it last time is expected to bid
 * alike, scaled by the change in its budget and the supply; one that passed it over is unlikely to bid;
 * without history a rival is expected to spend a share of its capex on the SKUs it may buy, tilted by its
 * free power, at a premium over list.
 */
export function rivalBeliefs(ctx: BotContext, info: SkuInfo): RivalBelief[] {
  const { view, q } = ctx;
  const sc = view.scenario;
  const past = clearingsOf(ctx, info.spec.id);
  const last = past[past.length - 1];
  const prev = past[past.length - 2];
  const out: RivalBelief[] = [];
  for (const r of view.rivals) {
    const company = sc.companies.find((c) => c.id === r.id);
    if (!company) continue;
    const status = exportStatus({ scenario: sc, quarter: q }, r.id, info.spec.id);
    if (!status.allowed || r.entityListUntil > q) continue;
    const budgetNow = company.budget[q] ?? 0;
    const bid = last?.bids.find((b) => b.bidder === r.id && !b.other);
    if (bid && last) {
      const budgetThen = company.budget[last.quarter] ?? budgetNow;
      const supplyRatio = last.supply > 0 ? info.supply / last.supply : 1;
      const budgetRatio = budgetThen > 0 ? budgetNow / budgetThen : 1;
      const before = prev?.bids.find((b) => b.bidder === r.id && !b.other);
      const trend = before && before.maxPrice > 0 ? Math.min(1.25, Math.max(0.8, bid.maxPrice / before.maxPrice)) : 1;
      out.push({
        id: r.id,
        relationship: r.relationship,
        pBid: 0.95,
        quantity: bid.quantity * Math.sqrt(supplyRatio * budgetRatio),
        price: bid.maxPrice * Math.sqrt(trend),
        qtySpread: 0.3,
        priceSpread: 0.07,
      });
      continue;
    }
    const eligible = sc.skus.filter((s) => s.availableFrom <= q && exportStatus({ scenario: sc, quarter: q }, r.id, s.id).allowed);
    const byBudget = (budgetNow * 0.4) / info.spec.listPrice / Math.max(1, eligible.length);
    const spare = rivalSpareMw(ctx, company, r.fleet, r.powerMw + r.projectsMw);
    const byPower = Math.max(0, spare) / info.mwPerUnit / Math.max(1, eligible.length);
    const quantity = 0.6 * byBudget + 0.4 * Math.min(byBudget * 2, byPower);
    // A rival seen before that skipped this SKU is unlikely to bid now.
    const skipped = last !== undefined && last.quarter === q - 1;
    out.push({
      id: r.id,
      relationship: r.relationship,
      pBid: skipped ? 0.15 : 0.85,
      quantity,
      price: info.spec.listPrice * 1.12,
      qtySpread: 0.5,
      priceSpread: 0.12,
    });
  }
  return out;
}

/** Draws one set of rival bids (plus the other-demand blocks) for an auction simulation. */
export function sampleBids(ctx: BotContext, info: SkuInfo, beliefs: readonly RivalBelief[], rng: Rng): AuctionBid[] {
  const bids: AuctionBid[] = [];
  const list = info.spec.listPrice;
  for (const b of beliefs) {
    if (rng.next() >= b.pBid) continue;
    const quantity = Math.max(0, Math.round(b.quantity * Math.exp(b.qtySpread * normal(rng))));
    const price = Math.max(list, Math.round(b.price * Math.exp(b.priceSpread * normal(rng))));
    if (quantity > 0) bids.push({ quantity, maxPrice: price, relationship: b.relationship, priorityUnits: 0, tiebreak: rng.next() });
  }
  for (const d of otherBlocks(ctx.view.scenario, info.spec, ctx.q)) {
    const allowed = d.approval >= 1 || rng.next() < d.approval;
    if (allowed) bids.push({ quantity: d.quantity, maxPrice: d.maxPrice, relationship: d.relationship, priorityUnits: 0, tiebreak: rng.next() });
  }
  return bids;
}
