/** Words for the reveal tables that read the revealed bids: "none sold" and ties at the clearing price. */
import type { RevealedBid, SkuClearing } from '../../engine/types';
import { el } from '../dom';
import * as f from '../../text/format';
import { t } from '../../text/i18n';

/** "3k of 30k sold at " (the price follows), or "none of 30k sold: list " when nothing traded. */
export function soldLine(c: Pick<SkuClearing, 'sold' | 'supply'>): string {
  return c.sold === 0 ? t('tables.soldNone', { supply: f.count(c.supply) }) : t('tables.soldAt', { sold: f.count(c.sold), supply: f.count(c.supply) });
}

/**
 * A bid that did not get all it asked for at the clearing price while another buyer bid the same price: the
 * units left went by the rules' tie order (the vendor's relationship, then a draw), not by the price.
 */
export function tiedAtClearing(c: Pick<SkuClearing, 'clearingPrice' | 'bids'>, b: RevealedBid): boolean {
  if (b.filled >= b.quantity || b.maxPrice !== c.clearingPrice) return false;
  if (b.note !== 'partial' && b.note !== 'outbid') return false;
  return c.bids.some((o) => o !== b && o.bidder !== b.bidder && o.maxPrice === b.maxPrice && (o.note === 'partial' || o.note === 'outbid' || o.note === 'filled'));
}

/** The note under a bid's units: its outcome, and for a tie at the clearing price, why it was shared. */
export function revealNote(c: Pick<SkuClearing, 'clearingPrice' | 'bids'>, b: RevealedBid, label: string): HTMLElement {
  if (tiedAtClearing(c, b)) return el('div', { class: `note ${b.note} tie`, testid: 'tie-note', attrs: { title: t('tables.tieHint') } }, `${label} · ${t('tables.note.tie')}`);
  return el('div', { class: `note ${b.note}` }, label);
}
