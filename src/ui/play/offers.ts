/** What the orders panel offers beyond open bids: the grey market's chips and the partnership offers open now. */
import { entityListing, exportStatus } from '../../engine';
import { offersOpenTo } from '../../engine/queries';
import type { GameState, PartnershipSpec, SkuSpec } from '../../engine/types';
import * as f from '../../text/format';
import { t } from '../../text/i18n';

/**
 * SKUs this buyer may take from the grey market now: on sale, and denied by an export rule (not merely unsold).
 * None while the buyer is on the entity list (the panel says so instead of offering it).
 */
export function greySkus(game: GameState, playerId: string): SkuSpec[] {
  if (!game.scenario.greyMarket.enabled) return [];
  if (entityListing(game, playerId)) return [];
  return game.scenario.skus.filter((sku) => {
    if (sku.availableFrom > game.quarter) return false;
    const st = exportStatus(game, playerId, sku.id);
    return !st.allowed && st.mode !== 'notSold';
  });
}

/** Partnership offers this player may take this quarter (open, not taken, not already held). */
export function openOffers(game: GameState, playerId: string): PartnershipSpec[] {
  const player = game.players.find((p) => p.id === playerId);
  return offersOpenTo(game, player?.contracts ?? [])
    .map((id) => game.scenario.partnerships.find((p) => p.id === id))
    .filter((p): p is PartnershipSpec => p !== undefined);
}

/** The terms of an offer in one sentence. */
export function offerTerms(game: GameState, spec: PartnershipSpec): string {
  const qs = t('orders.quarters', { count: spec.quarters });
  if (spec.kind === 'aiLab') {
    return t('orders.termsLab', { compute: f.h100e(spec.computeH100e), quarters: qs, revenue: f.money(spec.revenuePerQuarter), penalty: f.money(spec.shortfallPenalty) });
  }
  return t('orders.termsVendor', { prepay: f.money(spec.prepayment), vendor: spec.vendor, quarters: qs, units: f.exact(spec.priorityUnits) });
}
