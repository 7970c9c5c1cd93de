/**
 * What the bid table says about the price that wins: the pricing rule in one line (every game, not only the
 * tutorial), and per chip what the last quarter's revealed bids show: sold out (only bids above the price that
 * cleared won in full, and how high the top bid went) or not (every bid at list or more won).
 */
import { quarterLabel } from '../../engine';
import type { GameState, SkuSpec } from '../../engine/types';
import { lastClearing } from '../../store/selectors';
import * as f from '../../text/format';
import { t } from '../../text/i18n';

/** The pricing rule of the scenario's market, in one short line. */
export function pricingRuleText(game: Pick<GameState, 'scenario'>): string {
  return game.scenario.market.pricing === 'uniform' ? t('lo.bid.ruleUniform') : t('lo.bid.rulePayAsBid');
}

/** Notes of bids the auction ranked by price (a bid dropped by an export rule or under list never competed). */
const RANKED = new Set(['filled', 'partial', 'outbid', 'priority']);

/**
 * Last quarter's demand for a chip, from the revealed bids of the last quarter it sold: whether bids were left
 * unfilled (sold out), the price they had to beat to fill in full, and the top max bid. Null before any sale.
 */
export function lastDemandText(game: GameState, sku: SkuSpec): string | null {
  const last = lastClearing(game, sku.id);
  if (!last) return null;
  const c = last.clearing;
  const quarter = quarterLabel(game.scenario, last.quarter);
  const ranked = c.bids.filter((b) => RANKED.has(b.note) && b.maxPrice >= sku.listPrice);
  const soldOut = ranked.some((b) => b.filled < b.quantity);
  const top = Math.max(0, ...ranked.filter((b) => b.filled > 0).map((b) => b.maxPrice));
  if (!soldOut) return t('lo.bid.lastOpen', { quarter, sold: f.count(c.sold), supply: f.count(c.supply) });
  return t('lo.bid.lastSoldOut', { quarter, price: f.money(c.clearingPrice), top: f.money(top) });
}

/** The max-price field's placeholder: a prompt, not a number that reads as a filled-in value. */
export function maxPricePlaceholder(): string {
  return t('lo.bid.placeholder');
}
