import { expense, pay, type Ledger } from './draft';
import { indexOf } from './lookup';
import type { Rng } from './rng';
import type { GameState, Orders, PlayerState, ResolutionNote } from './types';

/**
 * Partnership offers, sold by sealed bid: each deal goes to one company. Among several takers the highest
 * deal bid wins (orders.dealBid, 0 when absent), then the best vendor relationship, then a seeded draw. The
 * winner pays its bid (on top of a chipmaker prepayment, which becomes credit for the vendor's parts); a
 * loser pays nothing. An AI-lab deal reserves compute from this quarter on. The notes carry the bids, so the
 * reveal shows them.
 */
export function resolvePartnerships(state: GameState, players: PlayerState[], orders: Orders[], ledgers: Ledger[], rng: Rng, notes: ResolutionNote[]): void {
  const idx = indexOf(state.scenario);
  const q = state.quarter;
  const taken = state.takenPartnerships.slice();
  const open = state.openPartnerships.slice();
  for (const id of state.openPartnerships) {
    const takers = players.map((_, i) => i).filter((i) => (orders[i] as Orders).partnership === id);
    if (takers.length === 0) continue;
    const spec = idx.partnership.get(id);
    if (!spec) continue;
    const keys = new Map(takers.map((i) => [i, rng.next()]));
    const bid = (i: number): number => (orders[i] as Orders).dealBid ?? 0;
    takers.sort((a, b) => bid(b) - bid(a) || (players[b] as PlayerState).relationship - (players[a] as PlayerState).relationship || (keys.get(a) ?? 0) - (keys.get(b) ?? 0));
    const [winner, ...losers] = takers as [number, ...number[]];
    const p = players[winner] as PlayerState;
    const ledger = ledgers[winner] as Ledger;
    const credit = spec.kind === 'chipmaker' ? spec.prepayment : 0;
    if (credit > 0) pay(p, ledger, credit);
    const price = bid(winner);
    if (price > 0) pay(p, ledger, price);
    p.contracts.push({ partnershipId: id, kind: spec.kind, startQuarter: q, endQuarter: q + spec.quarters, credit });
    notes.push({ code: 'partnershipWon', playerId: p.id, values: { partnership: id, bid: price, rivals: losers.length } });
    for (const l of losers) notes.push({ code: 'partnershipLost', playerId: (players[l] as PlayerState).id, values: { partnership: id, winner: p.id, bid: bid(l), winnerBid: price } });
    taken.push(id);
    open.splice(open.indexOf(id), 1);
  }
  state.takenPartnerships = taken;
  state.openPartnerships = open;
}

/** Deployed H100e reserved for AI-lab partners this quarter, per player. */
export function labReserved(state: GameState, p: PlayerState): number {
  const idx = indexOf(state.scenario);
  let h = 0;
  for (const c of p.contracts) {
    const spec = idx.partnership.get(c.partnershipId);
    if (spec?.kind === 'aiLab' && state.quarter < c.endQuarter) h += spec.computeH100e;
  }
  return h;
}

/** Pays AI-lab partners' revenue for the compute delivered, with a penalty pro rata to any shortfall. */
export function settleLabs(state: GameState, p: PlayerState, ledger: Ledger, deliveredH100e: number, notes: ResolutionNote[]): void {
  const idx = indexOf(state.scenario);
  let available = deliveredH100e;
  for (const c of p.contracts) {
    const spec = idx.partnership.get(c.partnershipId);
    if (spec?.kind !== 'aiLab' || state.quarter >= c.endQuarter) continue;
    const given = Math.min(available, spec.computeH100e);
    available -= given;
    const share = spec.computeH100e > 0 ? given / spec.computeH100e : 1;
    const revenue = Math.floor(spec.revenuePerQuarter * share);
    p.cash += revenue;
    ledger.revenue += revenue;
    p.totals.revenue += revenue;
    if (share < 1) {
      const penalty = Math.min(p.cash, Math.ceil(spec.shortfallPenalty * (1 - share)));
      expense(p, ledger, penalty);
      notes.push({ code: 'labShortfall', playerId: p.id, values: { partnership: spec.id, penalty } });
    }
  }
}
