import { expense, pay, type Ledger } from './draft';
import { unitSpec } from './lookup';
import type { CompanySpec, GameState, OnsitePowerRules, Orders, PlayerState, ResolutionNote } from './types';

/** On-site defaults relative to the grid when a scenario has no `power.onsite`: 2.5x the build cost, 2x the running cost, one quarter. */
export const ONSITE_DEFAULT = { costPct: 250, opexPct: 200, leadQuarters: 1 } as const;

/** The scenario's on-site generation rules (or the documented defaults, derived from the grid's). */
export function onsiteRules(state: Pick<GameState, 'scenario'>): OnsitePowerRules {
  const p = state.scenario.power;
  return (
    p.onsite ?? {
      costPerMw: Math.round((p.costPerMw * ONSITE_DEFAULT.costPct) / 100),
      leadQuarters: ONSITE_DEFAULT.leadQuarters,
      opexPerMwPerQuarter: Math.round((p.opexPerMwPerQuarter * ONSITE_DEFAULT.opexPct) / 100),
    }
  );
}

/** The power bill for a quarter: grid MW at the grid rate, on-site MW at the on-site rate. */
export function powerBill(state: Pick<GameState, 'scenario'>, gridMw: number, onsiteMw: number): number {
  return gridMw * state.scenario.power.opexPerMwPerQuarter + onsiteMw * onsiteRules(state).opexPerMwPerQuarter;
}

/**
 * Projects due by this quarter come online; new builds are paid now: grid connections come online
 * `power.leadQuarters` later, on-site generation `power.onsite.leadQuarters` later.
 */
export function buildPower(state: GameState, players: PlayerState[], orders: Orders[], ledgers: Ledger[], notes: ResolutionNote[]): void {
  const q = state.quarter;
  const power = state.scenario.power;
  const onsite = onsiteRules(state);
  players.forEach((p, i) => {
    let online = 0;
    let onsiteOnline = 0;
    p.projects = p.projects.filter((pr) => {
      if (pr.readyQuarter > q) return true;
      online += pr.mw;
      if (pr.onsite) onsiteOnline += pr.mw;
      return false;
    });
    if (online > 0) {
      p.powerMw += online;
      p.onsiteMw += onsiteOnline;
      notes.push({ code: 'powerOnline', playerId: p.id, values: { mw: online } });
    }
    const o = orders[i] as Orders;
    if (o.powerBuild > 0) {
      pay(p, ledgers[i] as Ledger, o.powerBuild * power.costPerMw);
      p.projects.push({ mw: o.powerBuild, readyQuarter: q + power.leadQuarters, onsite: false });
    }
    const fast = o.powerFast ?? 0;
    if (fast > 0) {
      pay(p, ledgers[i] as Ledger, fast * onsite.costPerMw);
      p.projects.push({ mw: fast, readyQuarter: q + onsite.leadQuarters, onsite: true });
    }
  });
}

/**
 * Pays the power bill after revenue. Capacity the company cannot pay for is mothballed, on-site generation
 * first (it costs more to run); cash never goes negative.
 */
export function payPowerBill(state: Pick<GameState, 'scenario'>, p: PlayerState, ledger: Ledger, notes: ResolutionNote[]): void {
  const gridRate = state.scenario.power.opexPerMwPerQuarter;
  const onsiteRate = onsiteRules(state).opexPerMwPerQuarter;
  const gridMw = p.powerMw - p.onsiteMw;
  const bill = powerBill(state, gridMw, p.onsiteMw);
  if (bill <= p.cash || bill <= 0) {
    expense(p, ledger, bill);
    ledger.opex = bill;
    return;
  }
  const keepGrid = gridRate > 0 ? Math.min(gridMw, Math.floor(Math.max(0, p.cash) / gridRate)) : gridMw;
  const rest = Math.max(0, p.cash) - keepGrid * gridRate;
  const keepOnsite = onsiteRate > 0 ? Math.min(p.onsiteMw, Math.floor(rest / onsiteRate)) : p.onsiteMw;
  const mothballed = p.powerMw - keepGrid - keepOnsite;
  p.powerMw = keepGrid + keepOnsite;
  p.onsiteMw = keepOnsite;
  const paid = keepGrid * gridRate + keepOnsite * onsiteRate;
  expense(p, ledger, paid);
  ledger.opex = paid;
  notes.push({ code: 'powerMothballed', playerId: p.id, values: { mw: mothballed } });
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

/** Facility MW needed to run a whole fleet (chip watts x overhead). The one formula the UI and the bots use too. */
export function mwNeeded(state: GameState, i: number, fleet: Record<string, number>): number {
  const company = state.scenario.companies[i];
  if (!company) return 0;
  let w = 0;
  for (const key of Object.keys(fleet)) w += (fleet[key] ?? 0) * unitSpec(state, company, key).watts;
  return (w * state.scenario.power.overhead) / 1_000_000;
}
