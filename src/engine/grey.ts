import { expense, pay, type Ledger } from './draft';
import { countOf, indexOf } from './lookup';
import { greyPrice } from './orders';
import type { Rng } from './rng';
import type { GameState, Orders, PlayerState, ResolutionNote } from './types';

/**
 * Grey-market purchases: paid at list plus the premium; each buyer's whole shipment is caught with the
 * scenario's chance, in which case it is seized, a fine is charged, the relationship suffers and the buyer
 * goes on the entity list.
 */
export function runGreyMarket(state: GameState, players: PlayerState[], orders: Orders[], ledgers: Ledger[], rng: Rng, notes: ResolutionNote[]): void {
  const gm = state.scenario.greyMarket;
  const idx = indexOf(state.scenario);
  players.forEach((p, i) => {
    const o = orders[i] as Orders;
    if (o.greyMarket.length === 0) return;
    const ledger = ledgers[i] as Ledger;
    let spend = 0;
    let units = 0;
    for (const g of o.greyMarket) {
      const sku = idx.sku.get(g.sku);
      if (!sku) continue;
      spend += g.quantity * greyPrice(sku.listPrice, gm.premiumPct);
      units += g.quantity;
    }
    pay(p, ledger, spend);
    if (rng.chance(gm.catchPct)) {
      const fine = Math.ceil((spend * gm.finePct) / 100);
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
