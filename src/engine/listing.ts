/**
 * Export status as a player sees it before typing: the export rule of each chip plus the entity listing a
 * grey-market bust brings (the same checks `validateOrders` makes, asked per chip). Read-only.
 */
import { controlledVendors, exportStatus, type ExportStatus } from './export-rules';
import { indexOf } from './lookup';
import type { GameState, SkuSpec } from './types';

/** A company's entity listing now, or null when it is not listed. */
export interface EntityListing {
  /** The first quarter (index) it may buy controlled vendors' parts again. */
  until: number;
  /** True when that quarter is after the game's last: listed for the rest of the game. */
  restOfGame: boolean;
  /** Vendors whose parts it may not bid for, in scenario order. */
  vendors: string[];
}

/** The player's entity listing in this quarter (null when not listed). */
export function entityListing(state: Pick<GameState, 'scenario' | 'quarter' | 'players'>, playerId: string): EntityListing | null {
  const i = indexOf(state.scenario).companyIndex.get(playerId);
  const player = i === undefined ? undefined : state.players[i];
  if (!player || player.entityListUntil <= state.quarter) return null;
  const vendors = controlledVendors(state.scenario);
  const ordered = [...new Set(state.scenario.skus.map((s) => s.vendor))].filter((v) => vendors.has(v));
  return { until: player.entityListUntil, restOfGame: player.entityListUntil >= state.scenario.quarters, vendors: ordered };
}

/** Whether a chip can be bid for this quarter, and what governs it. */
export interface BidStatus {
  /** False when no bid for it would be accepted now. */
  open: boolean;
  /** Why: not on sale yet, the entity list, or the export rule's status. */
  reason: 'notYet' | 'entityList' | 'export';
  export: ExportStatus;
  listing: EntityListing | null;
}

/** The bid status of one chip for one player now: the checks `validateOrders` makes for a bid on it. */
export function bidStatus(state: GameState, playerId: string, sku: SkuSpec): BidStatus {
  const listing = entityListing(state, playerId);
  const st = exportStatus(state, playerId, sku.id);
  if (sku.availableFrom > state.quarter) return { open: false, reason: 'notYet', export: st, listing };
  if (listing?.vendors.includes(sku.vendor)) return { open: false, reason: 'entityList', export: st, listing };
  return { open: st.allowed, reason: 'export', export: st, listing };
}

/** Every chip's bid status for a company now, in scenario order (for the campus card and the orders panel). */
export function exportSummary(state: GameState, playerId: string): { listing: EntityListing | null; chips: { sku: SkuSpec; status: BidStatus }[] } {
  return { listing: entityListing(state, playerId), chips: state.scenario.skus.map((sku) => ({ sku, status: bidStatus(state, playerId, sku) })) };
}
