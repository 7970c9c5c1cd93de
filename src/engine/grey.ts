import { expense, pay, type Ledger } from './draft';
import { countOf, indexOf } from './lookup';
import type { Rng } from './rng';
import type { GameState, GreyMarketRules, GreyOrder, Orders, PlayerState, ResolutionNote } from './types';

/** Price per unit on the grey market. */
export function greyPrice(listPrice: number, premiumPct: number): number {
  return Math.round((listPrice * (100 + premiumPct)) / 100);
}

/**
 * The chance (percent, 0..100) that a buyer's grey-market shipment of `units` this quarter is caught: the
 * scenario's catchPct at catchRefUnits units, in proportion to the units, capped at catchMaxPct (100 when
 * absent). Without catchRefUnits the chance is catchPct whatever the volume (the rule before volume counted).
 * Nothing bought, nothing caught.
 */
export function greyCatchPct(gm: Pick<GreyMarketRules, 'catchPct' | 'catchRefUnits' | 'catchMaxPct'>, units: number): number {
  if (units <= 0) return 0;
  if (gm.catchRefUnits === undefined || gm.catchRefUnits <= 0) return gm.catchPct;
  return Math.min(gm.catchMaxPct ?? 100, (gm.catchPct * units) / gm.catchRefUnits, 100);
}

/** The fine (whole dollars) for a caught grey-market spend: finePct of it, rounded up. */
export function greyFine(gm: Pick<GreyMarketRules, 'finePct'>, spend: number): number {
  return Math.ceil((spend * gm.finePct) / 100);
}

/** Grey-market orders in money: units, what they cost at the grey price, and the fine if caught. */
export interface GreyCost {
  units: number;
  spend: number;
  /**
   * The fine reserved for them if caught: each order's fine rounded up on its own, which is never less than
   * the fine resolution charges on the whole shipment (runGreyMarket), so a budget check is on the safe side.
   */
  fine: number;
  /** spend + fine. */
  total: number;
}

/** What these grey-market orders cost (unknown SKUs count nothing; the engine refuses them anyway). */
export function greyCost(state: Pick<GameState, 'scenario'>, grey: readonly GreyOrder[]): GreyCost {
  const gm = state.scenario.greyMarket;
  const idx = indexOf(state.scenario);
  let units = 0;
  let spend = 0;
  let fine = 0;
  for (const g of grey) {
    const sku = idx.sku.get(g.sku);
    if (!sku) continue;
    const s = g.quantity * greyPrice(sku.listPrice, gm.premiumPct);
    units += g.quantity;
    spend += s;
    fine += greyFine(gm, s);
  }
  return { units, spend, fine, total: spend + fine };
}

/**
 * Grey-market purchases: paid at list plus the premium; each buyer's whole shipment is caught with the
 * chance greyCatchPct gives for its units, in which case it is seized, a fine is charged, the relationship
 * suffers and the buyer goes on the entity list.
 */
export function runGreyMarket(state: GameState, players: PlayerState[], orders: Orders[], ledgers: Ledger[], rng: Rng, notes: ResolutionNote[]): void {
  const gm = state.scenario.greyMarket;
  players.forEach((p, i) => {
    const o = orders[i] as Orders;
    if (o.greyMarket.length === 0) return;
    const ledger = ledgers[i] as Ledger;
    // The fine is charged on the whole shipment (greyCost's reserve rounds each order up on its own).
    const { spend, units } = greyCost(state, o.greyMarket);
    pay(p, ledger, spend);
    if (rng.chance(greyCatchPct(gm, units))) {
      const fine = greyFine(gm, spend);
      expense(p, ledger, fine);
      p.relationship = Math.max(0, p.relationship - gm.relationshipLoss);
      p.entityListUntil = state.quarter + 1 + gm.entityListQuarters;
      ledger.caught = true;
      notes.push({ code: 'greyCaught', playerId: p.id, values: { units, fine } });
      return;
    }
    for (const g of o.greyMarket) {
      p.fleet[g.sku] = countOf(p.fleet, g.sku) + g.quantity;
      p.totals.bought[g.sku] = countOf(p.totals.bought, g.sku) + g.quantity;
      ledger.bought[g.sku] = countOf(ledger.bought, g.sku) + g.quantity;
    }
    ledger.greyUnits = units;
    notes.push({ code: 'greyBought', playerId: p.id, values: { units, spend } });
  });
}
