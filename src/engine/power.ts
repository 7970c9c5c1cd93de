import { pay, type Ledger } from './draft';
import { unitSpec } from './lookup';
import type { CompanySpec, GameState, Orders, PlayerState, ResolutionNote } from './types';

/** Projects due by this quarter come online; new builds are paid now and come online `leadQuarters` later. */
export function buildPower(state: GameState, players: PlayerState[], orders: Orders[], ledgers: Ledger[], notes: ResolutionNote[]): void {
  const q = state.quarter;
  const power = state.scenario.power;
  players.forEach((p, i) => {
    let online = 0;
    p.projects = p.projects.filter((pr) => {
      if (pr.readyQuarter > q) return true;
      online += pr.mw;
      return false;
    });
    if (online > 0) {
      p.powerMw += online;
      notes.push({ code: 'powerOnline', playerId: p.id, values: { mw: online } });
    }
    const mw = (orders[i] as Orders).powerBuild;
    if (mw > 0) {
      pay(p, ledgers[i] as Ledger, mw * power.costPerMw);
      p.projects.push({ mw, readyQuarter: q + power.leadQuarters });
    }
  });
}

const orderCache = new WeakMap<CompanySpec, { keys: string[]; order: string[] }>();

/** Fleet keys in deployment order: most H100e per watt first, ties in fleet order (cached per company). */
function deployOrder(state: GameState, i: number, p: PlayerState): string[] {
  const company = state.scenario.companies[i];
  if (!company) return [];
  const keys = Object.keys(p.fleet);
  const cached = orderCache.get(company);
  if (cached && cached.keys.length === keys.length && cached.keys.every((k, n) => k === keys[n])) return cached.order;
  const eff = new Map(keys.map((k) => {
    const u = unitSpec(state, company, k);
    return [k, u.watts > 0 ? u.h100e / u.watts : 0];
  }));
  const order = keys.map((k, n) => [k, n] as const).sort((a, b) => (eff.get(b[0]) ?? 0) - (eff.get(a[0]) ?? 0) || a[1] - b[1]).map(([k]) => k);
  orderCache.set(company, { keys, order });
  return order;
}

/** Runs chips up to the power online (facility watts = chip watts x overhead); the rest sit idle. */
export function deploy(state: GameState, players: PlayerState[]): void {
  const overhead = state.scenario.power.overhead;
  players.forEach((p, i) => {
    const company = state.scenario.companies[i];
    if (!company) return;
    let budgetW = (p.powerMw * 1_000_000) / overhead;
    for (const key of deployOrder(state, i, p)) {
      const have = p.fleet[key] ?? 0;
      const watts = unitSpec(state, company, key).watts;
      const n = watts > 0 ? Math.min(have, Math.floor(budgetW / watts)) : have;
      p.deployed[key] = n;
      budgetW -= n * watts;
    }
  });
}

/** Facility MW needed to run a whole fleet. */
export function mwNeeded(state: GameState, i: number, fleet: Record<string, number>): number {
  const company = state.scenario.companies[i];
  if (!company) return 0;
  let w = 0;
  for (const key of Object.keys(fleet)) w += (fleet[key] ?? 0) * unitSpec(state, company, key).watts;
  return (w * state.scenario.power.overhead) / 1_000_000;
}
