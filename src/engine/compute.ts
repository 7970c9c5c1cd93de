import { unitSpec } from './lookup';
import type { GameState, PlayerState } from './types';

/** A company's deployed compute: total and MIG-weighted H100e, own-silicon H100e, units owned and running. */
export interface Compute {
  total: number;
  weighted: number;
  own: number;
  units: number;
  deployedUnits: number;
}

/** Sums a player's fleet and deployment (player index i of the scenario's companies). */
export function computeOf(state: GameState, i: number, p: PlayerState): Compute {
  const company = state.scenario.companies[i];
  const out: Compute = { total: 0, weighted: 0, own: 0, units: 0, deployedUnits: 0 };
  if (!company) return out;
  const migYield = state.scenario.market.migYield;
  for (const key of Object.keys(p.fleet)) {
    const u = unitSpec(state, company, key);
    const n = p.deployed[key] ?? 0;
    out.units += p.fleet[key] ?? 0;
    out.deployedUnits += n;
    out.total += n * u.h100e;
    out.weighted += n * u.h100e * (u.mig ? migYield : 1);
    if (key === 'custom') out.own += n * u.h100e;
  }
  return out;
}
