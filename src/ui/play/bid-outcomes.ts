/**
 * Why your bids won what they did, under "Your quarter": one line per chip you bid on, with the units won of
 * those asked and what decided it. Under uniform pricing every winner pays the clearing price (not its own
 * bid): the higher of the list price and the highest bid left out, which may be yours. A bid under the list
 * price never wins; at a tie the vendor relationship, then a draw decides. Read from the quarter's revealed
 * bids; the reveal's table below shows every bid. Under an export rule's revenue share the buyer pays that
 * share on top of the price (src/engine/market.ts), so the line gives the price and then the share and the total.
 * After a tie the line names the relationships that decided it (tie-relationship.ts).
 */
import { exportStatusFor } from '../../engine';
import type { GameState, QuarterRecord, RevealedBid, SkuClearing } from '../../engine/types';
import { el } from '../dom';
import * as f from '../../text/format';
import { t } from '../../text/i18n';
import { toStateIn } from '../../text/scenario-words';
import { tiedAtClearing } from './reveal-words';
import { tieRelationshipText } from './tie-relationship';

/** One chip's line: how much of what you asked came, and the sentence that says why. */
export interface BidOutcome {
  sku: string;
  kind: 'all' | 'some' | 'none';
  text: string;
}

const BLOCKED: Partial<Record<RevealedBid['note'], 'tables.note.licenceDenied' | 'tables.note.banned' | 'tables.note.entityList'>> = {
  licenceDenied: 'tables.note.licenceDenied',
  banned: 'tables.note.banned',
  entityList: 'tables.note.entityList',
};

/** The revenue share `playerId` paid on top of the price for `c`'s chip in `quarter` (0 without one), and to whom. */
function shareOf(game: GameState, c: SkuClearing, playerId: string, quarter: number): { pct: number; issuer: string } {
  const spec = game.scenario.skus.find((k) => k.id === c.sku);
  const company = game.scenario.companies.find((k) => k.id === playerId);
  if (!spec || !company) return { pct: 0, issuer: '' };
  const st = exportStatusFor(game.scenario, company, spec, quarter);
  return { pct: st.sharePct, issuer: st.issuer ?? '' };
}

function outcome(game: GameState, rec: QuarterRecord, c: SkuClearing, mine: RevealedBid[], share: { pct: number; issuer: string }): BidOutcome {
  const spec = game.scenario.skus.find((k) => k.id === c.sku);
  const chip = spec?.name ?? c.sku;
  const asked = mine.reduce((a, b) => a + b.quantity, 0);
  const won = mine.reduce((a, b) => a + b.filled, 0);
  const paid = mine.reduce((a, b) => a + b.paid, 0);
  // What was paid a chip, and without the revenue share (the engine adds it on top, rounded up).
  const perChip = Math.round(paid / Math.max(1, won));
  const extra = won > 0 && share.pct > 0 ? t('nc.bids.share', { pct: share.pct, to: toStateIn(game.scenario, share.issuer), total: f.money(perChip) }) : '';
  const best = mine.reduce((a, b) => (b.maxPrice > a.maxPrice ? b : a));
  const v = { chip, won: f.count(won), asked: f.count(asked), mine: f.money(best.maxPrice), clearing: f.money(c.clearingPrice) };
  const uniform = game.scenario.market.pricing === 'uniform';
  if (won >= asked) {
    const price = Math.round((paid * 100) / (100 + share.pct) / Math.max(1, won));
    // Paid your own bid: another buyer at that price was left short (it set the price) and the tie went your way.
    const tie = uniform && best.maxPrice === c.clearingPrice && c.bids.some((o) => o.bidder !== best.bidder && o.maxPrice === c.clearingPrice && o.filled < o.quantity);
    const key = uniform && best.maxPrice > price ? 'nc.bids.allBelowYours' : tie ? 'nc.bids.allTieFirst' : 'nc.bids.all';
    const text = t(key, { ...v, price: f.money(price) }) + (tie ? tieRelationshipText(game, rec, c, best.bidder) : '') + extra;
    return { sku: c.sku, kind: 'all', text };
  }
  if (won > 0) {
    // Part of what was asked: a lower bid under the clearing price, or the supply ran out at it (shared at a tie).
    const under = mine.some((b) => b.filled === 0 && b.maxPrice < c.clearingPrice);
    const key = under ? 'nc.bids.someUnder' : mine.some((b) => tiedAtClearing(c, b)) ? 'nc.bids.someTie' : 'nc.bids.someShort';
    return { sku: c.sku, kind: 'some', text: t(key, v) + (key === 'nc.bids.someTie' ? tieRelationshipText(game, rec, c, best.bidder) : '') + extra };
  }
  const blocked = BLOCKED[best.note];
  const text = blocked
    ? t('nc.bids.noneBlocked', { ...v, why: t(blocked) })
    : best.note === 'belowList'
      ? t('nc.bids.noneBelowList', { ...v, list: f.money(spec?.listPrice ?? 0) })
      : tiedAtClearing(c, best)
        ? t('nc.bids.noneTie', v) + tieRelationshipText(game, rec, c, best.bidder)
        : uniform && best.maxPrice >= c.clearingPrice
          ? t('nc.bids.noneSetPrice', { ...v, sold: f.count(c.sold) })
          : t('nc.bids.noneOutbid', v);
  return { sku: c.sku, kind: 'none', text };
}

/** A line per chip `playerId` bid on in the quarter of `rec`, in the scenario's chip order. */
export function bidOutcomes(game: GameState, rec: QuarterRecord, playerId: string): BidOutcome[] {
  return rec.clearing.flatMap((c) => {
    const mine = c.bids.filter((b) => b.bidder === playerId && !b.other);
    return mine.length ? [outcome(game, rec, c, mine, shareOf(game, c, playerId, rec.quarter))] : [];
  });
}

/**
 * Whether the reveal explains how bids are filled ("from the highest bid down until the supply runs out"): when
 * someone playing at this screen bid on a chip this quarter (it explains their lines), or when nobody plays here
 * (a spectator reads the bid table as a whole). Without a bid of theirs it read as a comment on bids never placed.
 */
export function allocationHintShown(rec: QuarterRecord, humans: readonly string[]): boolean {
  if (!humans.length) return true;
  return rec.clearing.some((c) => c.bids.some((b) => !b.other && humans.includes(b.bidder)));
}

/** The list under "Your quarter", or null when the player placed no bid. */
export function bidOutcomeList(game: GameState, playerId: string, quarter: number): HTMLElement | null {
  const rec = game.history.find((r) => r.quarter === quarter);
  const lines = rec ? bidOutcomes(game, rec, playerId) : [];
  if (!lines.length) return null;
  return el('ul', { class: 'qs-bids', testid: 'bid-outcomes', attrs: { 'aria-label': t('nc.bids.title') } }, ...lines.map((o) => el('li', { class: o.kind, attrs: { 'data-sku': o.sku } }, o.text)));
}
