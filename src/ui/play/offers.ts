/** What the orders panel offers beyond open bids: the grey market's chips and the partnership offers open now, and what a chipmaker deal's credit can buy the seat. */
import { entityListing, exportStatus, exportSummary, quarterLabel } from '../../engine';
import { offersOpenTo } from '../../engine/queries';
import type { GameState, PartnershipSpec, SkuSpec } from '../../engine/types';
import * as f from '../../text/format';
import { lang, t } from '../../text/i18n';
import { scenarioName } from '../../text/scenario-names';

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

/**
 * An offer's line in the partnership select: its name, a dash, the short terms ("NVIDIA allocation agreement
 * (prepaid) – NVIDIA: prepay $2B"; a dash, not a second bracket after the name's own).
 */
export function offerOptionLabel(spec: PartnershipSpec): string {
  const short = spec.kind === 'aiLab' ? t('orders.offerLab', { compute: f.h100e(spec.computeH100e), revenue: f.money(spec.revenuePerQuarter) }) : t('orders.offerVendor', { vendor: spec.vendor, prepay: f.money(spec.prepayment) });
  return `${scenarioName(spec.name)} – ${short}`;
}

/** The terms of an offer in one sentence. */
export function offerTerms(game: GameState, spec: PartnershipSpec): string {
  const qs = t('orders.quarters', { count: spec.quarters });
  if (spec.kind === 'aiLab') {
    return t('orders.termsLab', { compute: f.h100e(spec.computeH100e), quarters: qs, revenue: f.money(spec.revenuePerQuarter), penalty: f.money(spec.shortfallPenalty) });
  }
  return t('orders.termsVendor', { prepay: f.money(spec.prepayment), vendor: spec.vendor, quarters: qs, units: f.exact(spec.priorityUnits) });
}

/**
 * What a chipmaker deal's prepaid credit can buy this seat this quarter, as the export rules and the entity list
 * stand (the engine's bidStatus per chip of the vendor on sale now, the checks validateOrders makes): null when
 * every such chip is open (or none is on sale), else which chips it can buy, or that it buys nothing this quarter.
 */
export function creditReach(game: GameState, playerId: string, spec: PartnershipSpec): string | null {
  if (spec.kind !== 'chipmaker') return null;
  const onSale = exportSummary(game, playerId).chips.filter((c) => c.sku.vendor === spec.vendor && c.status.reason !== 'notYet');
  const open = onSale.filter((c) => c.status.open).map((c) => c.sku.name);
  if (open.length === onSale.length) return null;
  const listing = onSale.find((c) => c.status.reason === 'entityList')?.status.listing;
  if (listing) return listing.restOfGame ? t('lo.credit.listedRest') : t('lo.credit.listed', { quarter: quarterLabel(game.scenario, listing.until) });
  const issuers = [...new Set(onSale.filter((c) => !c.status.open && c.status.export.issuer).map((c) => c.status.export.issuer as string))];
  const values = { issuer: issuers.join('/'), vendor: spec.vendor, list: new Intl.ListFormat(lang() === 'de' ? 'de-DE' : 'en-US', { type: 'conjunction' }).format(open) };
  const key = open.length > 0 ? 'lo.credit.only' : 'lo.credit.nothing';
  return t(issuers.length > 0 ? key : `${key}Plain`, values);
}
