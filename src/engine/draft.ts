import type { PlayerState } from './types';

/** A deep copy of a player that resolution may change in place. */
export function clonePlayer(p: PlayerState): PlayerState {
  return {
    ...p,
    fleet: { ...p.fleet },
    deployed: { ...p.deployed },
    projects: p.projects.map((x) => ({ ...x })),
    silicon: { ...p.silicon },
    contracts: p.contracts.map((c) => ({ ...c })),
    totals: { ...p.totals, bought: { ...p.totals.bought } },
  };
}

/** Per-player money and notes gathered while a quarter resolves. */
export interface Ledger {
  spend: number;
  revenue: number;
  opex: number;
  greyUnits: number;
  caught: boolean;
  bought: Record<string, number>;
}

/** An empty ledger. */
export function newLedger(): Ledger {
  return { spend: 0, revenue: 0, opex: 0, greyUnits: 0, caught: false, bought: {} };
}

/** Takes money from a player's cash and books it as spend. */
export function pay(p: PlayerState, ledger: Ledger, amount: number): void {
  p.cash -= amount;
  ledger.spend += amount;
}
