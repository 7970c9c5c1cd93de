/**
 * What the bid table says about the price that wins: the pricing rule in one line (every game, not only the
 * tutorial), and per chip what the last quarter's revealed bids show: sold out (only bids above the price that
 * cleared won in full, and how high the top bid went) or not (every bid at list or more won); and per chip what it
 * gives for the money: its H100e and the cost of one H100e at the max price typed (else last price, else list).
 */
import { exportStatus, quarterLabel } from '../../engine';
import type { GameState, SkuSpec } from '../../engine/types';
import { parseAmount } from '../../store/drafts';
import { lastClearing } from '../../store/selectors';
import * as f from '../../text/format';
import { lang, t } from '../../text/i18n';
import { el } from '../dom';

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

/** Where a chip row's cost of compute takes its price from: the max price typed, the last clearing price, or the list price. */
export type ComputeBasis = 'typed' | 'last' | 'list';

/** The price a chip row's cost of compute is worked out at: the max price typed (over 0), else the last clearing price, else list. */
export function computePrice(game: GameState, sku: SkuSpec, typed: number | null): { price: number; basis: ComputeBasis } {
  if (typed !== null && typed > 0) return { price: typed, basis: 'typed' };
  const last = lastClearing(game, sku.id);
  if (last) return { price: last.clearing.clearingPrice, basis: 'last' };
  return { price: sku.listPrice, basis: 'list' };
}

/**
 * What a chip gives for the money, so chips can be compared: its compute ("1.3 H100e") and the cost of
 * one H100e at the price computePrice picks ("$21.2k per H100e at list"). The cost is null for a chip with no compute.
 */
export function computeParts(game: GameState, sku: SkuSpec, typed: number | null, sharePct = 0): { chip: string; cost: string | null } {
  const value = new Intl.NumberFormat(lang() === 'de' ? 'de-DE' : 'en-US', { maximumFractionDigits: 2 }).format(sku.h100e);
  const chip = t('unit.h100e', { value });
  if (!(sku.h100e > 0)) return { chip, cost: null };
  const { price, basis } = computePrice(game, sku, typed);
  const at = basis === 'typed' ? t('lo.bid.computeAtTyped') : basis === 'last' ? t('lo.bid.computeAtLast') : t('lo.bid.computeAtList');
  // A revenue share an export rule takes is paid on top of the price, so it is part of what compute costs.
  const share = sharePct > 0 ? t('lo.bid.computeShare', { pct: sharePct }) : '';
  return { chip, cost: t('lo.bid.computeCost', { price: f.money((price * (1 + Math.max(0, sharePct) / 100)) / sku.h100e), at }) + share };
}

/** The revenue share (percent) an export rule takes on top of the price when `playerId` buys the chip this quarter (0 if none). */
export function computeSharePct(game: GameState, playerId: string | undefined, sku: SkuSpec): number {
  if (playerId === undefined) return 0;
  const st = exportStatus(game, playerId, sku.id);
  return st.allowed ? st.sharePct : 0;
}

/** The chip row's compute line as one string: "1.3 H100e · $21.2k per H100e at list". */
export function computeText(game: GameState, sku: SkuSpec, typed: number | null, playerId?: string): string {
  const p = computeParts(game, sku, typed, computeSharePct(game, playerId, sku));
  return p.cost === null ? p.chip : `${p.chip} · ${p.cost}`;
}

/**
 * The chip row's compute line under the chip's name (test id compute-<sku>), with the H100e a term that opens the
 * glossary on a click (no tab stop per row); `update` follows the max price as typed.
 */
export function computeLine(game: GameState, sku: SkuSpec, playerId?: string): { element: HTMLElement; update(typedPrice: string): void } {
  const sharePct = computeSharePct(game, playerId, sku);
  const term = el('span', { class: 'gloss-term', attrs: { 'data-gloss': 'h100e', title: t('gl.def.h100e') } });
  const cost = el('span', { class: 'compute-cost' });
  const sep = document.createTextNode('');
  const element = el('div', { class: 'sku-compute', testid: `compute-${sku.id}` }, term, sep, cost);
  const update = (typedPrice: string): void => {
    const r = parseAmount(typedPrice, lang());
    const p = computeParts(game, sku, r.ok && !r.empty ? r.value : null, sharePct);
    term.textContent = p.chip;
    sep.data = p.cost === null ? '' : ' · ';
    cost.textContent = p.cost ?? '';
  };
  update('');
  return { element, update };
}
