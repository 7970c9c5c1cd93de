/**
 * At a tie at the clearing price the units left go by the buyers' relationship with the vendor, then a draw
 * (src/engine/auction.ts). A player could not check that: the relationship is shown nowhere. The game keeps each
 * company's value after the quarter; the auction used the one before it, i.e. before the quarter's gain (a point
 * per `unitsPerPoint` bought from the relationship vendor on the open market, src/engine/resolve.ts) and before
 * the loss when caught on the grey market (src/engine/grey.ts). Both are worked back here from the public record
 * of the quarter just resolved; outside buyers keep the scenario's value.
 */
import { relationshipVendor } from '../../engine';
import type { GameState, QuarterRecord, RevealedBid, SkuClearing } from '../../engine/types';
import { companyOf } from '../../store/selectors';
import { scenarioName } from '../../text/scenario-names';
import { t } from '../../text/i18n';

/**
 * `bidder`'s relationship when `rec`'s auctions ran, or null when it cannot be known: a quarter other than the
 * one just resolved (the next quarter's events may have moved it), or a value clamped at 0 or 100.
 */
export function relationshipAtAuction(game: GameState, rec: QuarterRecord, bidder: string): number | null {
  const other = game.scenario.otherDemand.find((d) => d.id === bidder);
  if (other) return other.relationship;
  if (game.phase === 'orders' || game.history[game.history.length - 1]?.quarter !== rec.quarter) return null;
  const p = game.players.find((x) => x.id === bidder);
  if (!p) return null;
  const { vendor, unitsPerPoint } = relationshipVendor(game.scenario);
  const fromVendor = new Set(game.scenario.skus.filter((k) => k.vendor === vendor).map((k) => k.id));
  let units = 0;
  for (const c of rec.clearing) if (fromVendor.has(c.sku)) for (const b of c.bids) if (b.bidder === bidder && !b.other) units += b.filled;
  const gained = Math.floor(units / unitsPerPoint);
  if (gained > 0 && p.relationship >= 100) return null;
  const beforeGain = p.relationship - gained;
  const caught = rec.metrics.find((m) => m.playerId === bidder)?.caught ?? false;
  if (!caught) return beforeGain;
  if (beforeGain <= 0) return null;
  return beforeGain + game.scenario.greyMarket.relationshipLoss;
}

/** A bidder's name: the company's, or the outside buyers'. */
function bidderName(game: GameState, bidder: string): string {
  const c = companyOf(game.scenario, bidder);
  if (c) return c.name;
  const other = game.scenario.otherDemand.find((d) => d.id === bidder);
  return other ? scenarioName(other.name) : bidder;
}

/**
 * The sentence after a tie at the clearing price: "Relationship with NVIDIA at the tie: yours 40, Tencent 55."
 * (and that a draw decided when all were equal); '' when a value cannot be known, so the general words stand.
 */
export function tieRelationshipText(game: GameState, rec: QuarterRecord, c: Pick<SkuClearing, 'clearingPrice' | 'bids'>, playerId: string): string {
  const rivals = [...new Set(c.bids.filter((o) => o.bidder !== playerId && o.maxPrice === c.clearingPrice && tiedNote(o)).map((o) => o.bidder))];
  const mine = relationshipAtAuction(game, rec, playerId);
  if (mine === null || !rivals.length) return '';
  const theirs = rivals.map((id) => ({ id, v: relationshipAtAuction(game, rec, id) }));
  if (theirs.some((x) => x.v === null)) return '';
  const others = theirs.map((x) => t('nc.bids.tieOther', { name: bidderName(game, x.id), value: x.v ?? 0 })).join(', ');
  const { vendor } = relationshipVendor(game.scenario);
  const text = t('nc.bids.tieRelationship', { vendor, mine, others });
  return theirs.every((x) => x.v === mine) ? `${text}${t('nc.bids.tieDraw')}` : text;
}

/** A bid that took part in the tie at the clearing price (filled in part or not at all, or filled first). */
function tiedNote(b: RevealedBid): boolean {
  return b.note === 'partial' || b.note === 'outbid' || b.note === 'filled';
}
