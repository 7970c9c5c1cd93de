import { clearAuction, type AuctionBid } from './auction';
import { pay, type Ledger } from './draft';
import { exportStatusFor, type Buyer } from './export-rules';
import { atQuarter, countOf, indexOf } from './lookup';
import { MAX_SUPPLY, clampInt, scaleByPct } from './limits';
import { tick } from './steps';
import type { Rng } from './rng';
import type { Bid, GameState, OtherDemand, Orders, PlayerState, ResolutionNote, RevealedBid, Scenario, SkuClearing, SkuSpec } from './types';

/** The default vendor whose sales build a company's relationship score (a scenario may name another: `relationship.vendor`). */
export const PRIMARY_VENDOR = 'NVIDIA';

/** Default units bought from the relationship vendor that earn one point. */
export const UNITS_PER_RELATIONSHIP_POINT = 25_000;

/** The scenario's relationship vendor and units per point (defaults: NVIDIA, 25,000). */
export function relationshipVendor(scenario: Pick<Scenario, 'relationship'>): { vendor: string; unitsPerPoint: number } {
  return { vendor: scenario.relationship?.vendor ?? PRIMARY_VENDOR, unitsPerPoint: scenario.relationship?.unitsPerPoint ?? UNITS_PER_RELATIONSHIP_POINT };
}

const buyers = new WeakMap<OtherDemand, Buyer>();

/** The export-rule buyer of a block of other demand (one stable object per block, for the status cache). */
function buyerOf(d: OtherDemand): Buyer {
  let b = buyers.get(d);
  if (!b) {
    b = { region: d.region ?? '', tier: '' };
    buyers.set(d, b);
  }
  return b;
}

/**
 * Units of a SKU left unsold last quarter that are offered again this quarter: unsold supply carries over one
 * quarter (the vendor holds the stock and sells it next quarter rather than writing it off at once), at most
 * what was newly scheduled last quarter, so units unsold twice do not pile up. Read from the public record.
 */
export function carriedSupply(state: Pick<GameState, 'quarter' | 'history' | 'scenario'>, sku: SkuSpec): number {
  const last = state.history[state.history.length - 1];
  if (!last || last.quarter !== state.quarter - 1) return 0;
  for (const c of last.clearing) {
    if (c.sku !== sku.id) continue;
    return Math.max(0, Math.min(c.supply - c.sold, atQuarter(sku.supply, last.quarter)));
  }
  return 0;
}

/**
 * Supply of a SKU this quarter after event modifiers, plus what last quarter left unsold (whole units, never
 * negative, at most MAX_SUPPLY however they compound).
 */
export function effectiveSupply(state: GameState, sku: SkuSpec): number {
  if (sku.availableFrom > state.quarter) return 0;
  let supply = atQuarter(sku.supply, state.quarter);
  tick(state.modifiers.length + 1);
  for (const m of state.modifiers) if (m.kind === 'supply' && m.sku === sku.id) supply = scaleByPct(supply, m.pct, MAX_SUPPLY);
  return clampInt(clampInt(supply, MAX_SUPPLY) + carriedSupply(state, sku), MAX_SUPPLY);
}

/** One price point of an outside buyer's demand: units wanted at up to a price. */
export interface DemandTranche {
  quantity: number;
  maxPrice: number;
}

/**
 * An outside buyer's bids in quarter q: its curve's points as tranches (units wanted at up to each price,
 * shares of `quantity`, floor-rounded with the remainder on the lowest price), or the whole block at maxPrice
 * when it has no curve. `quantity` overrides the quarter's (after an export cap). Tranches with no units are left out.
 */
export function demandTranches(d: OtherDemand, q: number, quantity = atQuarter(d.quantity, q)): DemandTranche[] {
  if (quantity <= 0) return [];
  const curve = d.curve;
  if (!curve || curve.length === 0) return [{ quantity, maxPrice: d.maxPrice }];
  const out: DemandTranche[] = [];
  let left = quantity;
  let lowest = 0;
  curve.forEach((pt, k) => {
    if (pt.price < (curve[lowest] as { price: number }).price) lowest = k;
  });
  for (const pt of curve) {
    const n = Math.floor((quantity * pt.pct) / 100);
    out.push({ quantity: n, maxPrice: pt.price });
    left -= n;
  }
  const low = out[lowest] as DemandTranche;
  low.quantity += Math.max(0, left);
  return out.filter((t) => t.quantity > 0);
}

interface Entry {
  bid: AuctionBid;
  revealed: RevealedBid;
  player: number;
  share: number;
}

function revealedBid(bidder: string, other: boolean, sku: string, quantity: number, maxPrice: number, note: RevealedBid['note']): RevealedBid {
  return { bidder, other, sku, quantity, maxPrice, filled: 0, paid: 0, note };
}

const NO_BIDS: readonly Bid[] = [];

/** A player's bids for one SKU, in order (no new array when there are none, the usual case). */
function bidsFor(bids: readonly Bid[], skuId: string): readonly Bid[] {
  let out: Bid[] | null = null;
  for (const b of bids) if (b.sku === skuId) (out ??= []).push(b);
  return out ?? NO_BIDS;
}

function priorityFor(state: GameState, p: PlayerState, vendor: string): number {
  const idx = indexOf(state.scenario);
  let units = 0;
  for (const c of p.contracts) {
    const spec = idx.partnership.get(c.partnershipId);
    if (spec?.kind === 'chipmaker' && spec.vendor === vendor && state.quarter < c.endQuarter) units += spec.priorityUnits;
  }
  return units;
}

function payWithCredit(state: GameState, p: PlayerState, ledger: Ledger, vendor: string, amount: number): void {
  let due = amount;
  const idx = indexOf(state.scenario);
  for (const c of p.contracts) {
    const spec = idx.partnership.get(c.partnershipId);
    if (due === 0 || spec?.kind !== 'chipmaker' || spec.vendor !== vendor || c.credit === 0) continue;
    const used = Math.min(c.credit, due);
    // The prepayment was booked as spend when it was paid; drawing on it is not spend again.
    c.credit -= used;
    due -= used;
  }
  pay(p, ledger, due);
}

/**
 * Runs every SKU's sealed-bid auction (scenario order) against players' orders and the other-demand blocks,
 * draws licence approvals, pays, adds chips to fleets and returns the revealed clearing per SKU.
 */
export function runMarket(state: GameState, players: PlayerState[], orders: Orders[], ledgers: Ledger[], rng: Rng, notes: ResolutionNote[]): SkuClearing[] {
  const scenario = state.scenario;
  const q = state.quarter;
  const out: SkuClearing[] = [];
  // Priority units are a quarter's allowance per vendor, shared by all of that vendor's SKUs.
  const priorityUsed = players.map(() => new Map<string, number>());
  for (const sku of scenario.skus) {
    if (sku.availableFrom > q) continue;
    const entries: Entry[] = [];
    const dropped: RevealedBid[] = [];
    for (let i = 0; i < players.length; i++) {
      const p = players[i] as PlayerState;
      const company = scenario.companies[i];
      // Every bid for this SKU counts (maxBidsPerSku may allow a bid curve); the export status and any
      // licence draw are per buyer and SKU, the priority allowance is spread over the bids in order.
      const bids = bidsFor((orders[i] as Orders).bids, sku.id);
      if (bids.length === 0 || !company) continue;
      const status = exportStatusFor(scenario, company, sku, q);
      if (!status.allowed) {
        for (const bid of bids) dropped.push(revealedBid(p.id, false, sku.id, bid.quantity, bid.maxPrice, 'banned'));
        continue;
      }
      if (status.modes.includes('licence') && !rng.chance(status.approvalPct)) {
        for (const bid of bids) dropped.push(revealedBid(p.id, false, sku.id, bid.quantity, bid.maxPrice, 'licenceDenied'));
        notes.push({ code: 'licenceDenied', playerId: p.id, values: { sku: sku.id, rule: status.ruleId ?? '' } });
        continue;
      }
      const share = status.sharePct;
      let priorityLeft = Math.max(0, priorityFor(state, p, sku.vendor) - (priorityUsed[i]?.get(sku.vendor) ?? 0));
      for (const bid of bids) {
        const priorityUnits = bid.maxPrice >= sku.listPrice ? Math.min(priorityLeft, bid.quantity) : 0;
        priorityLeft -= priorityUnits;
        entries.push({ bid: { quantity: bid.quantity, maxPrice: bid.maxPrice, relationship: p.relationship, priorityUnits, tiebreak: 0 }, revealed: revealedBid(p.id, false, sku.id, bid.quantity, bid.maxPrice, 'outbid'), player: i, share });
      }
    }
    for (const d of scenario.otherDemand) {
      if (d.sku !== sku.id) continue;
      let quantity = atQuarter(d.quantity, q);
      if (quantity <= 0) continue;
      const revealed = revealedBid(d.id, true, sku.id, quantity, d.maxPrice, 'outbid');
      // Buyers outside the game are bound by the export rules of their region too.
      const status = d.region === undefined ? null : exportStatusFor(scenario, buyerOf(d), sku, q);
      if (status && !status.allowed) {
        revealed.note = 'banned';
        dropped.push(revealed);
        continue;
      }
      if (status?.modes.includes('licence') && !rng.chance(status.approvalPct)) {
        revealed.note = 'licenceDenied';
        dropped.push(revealed);
        continue;
      }
      if (status && status.capUnits !== null) quantity = Math.min(quantity, status.capUnits);
      // A buyer with a demand curve bids each of its price points as a tranche: fewer units at higher prices.
      const tranches = demandTranches(d, q, quantity);
      for (const t of tranches) {
        // A fixed block (one point) keeps showing what it asked for before any cap, as it always has.
        const r = tranches.length === 1 ? revealed : revealedBid(d.id, true, sku.id, t.quantity, t.maxPrice, 'outbid');
        entries.push({ bid: { quantity: t.quantity, maxPrice: t.maxPrice, relationship: d.relationship, priorityUnits: 0, tiebreak: 0 }, revealed: r, player: -1, share: 0 });
      }
    }
    for (const e of entries) e.bid.tiebreak = rng.next();
    const supply = effectiveSupply(state, sku);
    const result = clearAuction(supply, sku.listPrice, scenario.market.pricing, entries.map((e) => e.bid));
    const ordered: RevealedBid[] = [];
    for (const i of result.fillOrder) ordered.push((entries[i] as Entry).revealed);
    entries.forEach((e, i) => {
      const fill = result.fills[i];
      if (!fill) return;
      const r = e.revealed;
      r.filled = fill.filled;
      if (fill.priority > 0 && e.player >= 0) priorityUsed[e.player]?.set(sku.vendor, (priorityUsed[e.player]?.get(sku.vendor) ?? 0) + fill.priority);
      r.note = e.bid.maxPrice < sku.listPrice ? 'belowList' : fill.filled === 0 ? 'outbid' : fill.priority === fill.filled ? 'priority' : fill.filled < e.bid.quantity ? 'partial' : 'filled';
      if (fill.filled > 0 && e.player >= 0) {
        const p = players[e.player] as PlayerState;
        const ledger = ledgers[e.player] as Ledger;
        const cost = Math.ceil((fill.filled * fill.price * (100 + e.share)) / 100);
        r.paid = cost;
        payWithCredit(state, p, ledger, sku.vendor, cost);
        p.fleet[sku.id] = countOf(p.fleet, sku.id) + fill.filled;
        p.totals.bought[sku.id] = countOf(p.totals.bought, sku.id) + fill.filled;
        ledger.bought[sku.id] = countOf(ledger.bought, sku.id) + fill.filled;
      } else if (fill.filled > 0) {
        r.paid = fill.filled * fill.price;
      }
      if (fill.filled === 0) ordered.push(r);
    });
    for (const r of dropped) ordered.push(r);
    out.push({ sku: sku.id, supply, sold: result.sold, clearingPrice: result.clearingPrice, bids: ordered });
  }
  return out;
}
