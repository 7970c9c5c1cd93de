import type { Contract, FoundryBooking, GameState, PlayerState, PowerProject, SiliconState } from './types';

/**
 * A shallow copy of a game state, for an action to change fields of. Every state is copied by this one
 * literal (its fields in createGame's order) rather than by spreads, so all states share one object shape
 * and the engine's many reads of state fields stay fast (spread copies made several shapes). It lists
 * every field of GameState (`satisfies Required`), so a new field cannot be forgotten.
 */
export function copyState(s: GameState): GameState {
  return {
    engineVersion: s.engineVersion,
    scenario: s.scenario,
    scenarioHash: s.scenarioHash,
    seed: s.seed,
    quarter: s.quarter,
    phase: s.phase,
    rng: s.rng,
    players: s.players,
    pending: s.pending,
    modifiers: s.modifiers,
    openPartnerships: s.openPartnerships,
    takenPartnerships: s.takenPartnerships,
    news: s.news,
    history: s.history,
  } satisfies Required<GameState>;
}

/**
 * A deep copy of a player that resolution may change in place. Field by field (every field listed, as
 * `satisfies Required` checks) rather than by spreads: spreads of these small records were ten times slower.
 */
export function clonePlayer(p: PlayerState): PlayerState {
  const { silicon, totals } = p;
  return {
    id: p.id,
    cash: p.cash,
    fleet: { ...p.fleet },
    deployed: { ...p.deployed },
    powerMw: p.powerMw,
    onsiteMw: p.onsiteMw,
    projects: p.projects.map((x) => ({ mw: x.mw, readyQuarter: x.readyQuarter, onsite: x.onsite }) satisfies Required<PowerProject>),
    bookings: p.bookings.map((b) => ({ units: b.units, dueQuarter: b.dueQuarter, unitBalance: b.unitBalance }) satisfies Required<FoundryBooking>),
    silicon: { stage: silicon.stage, progress: silicon.progress, invested: silicon.invested, bookedPeak: silicon.bookedPeak } satisfies Required<SiliconState>,
    relationship: p.relationship,
    entityListUntil: p.entityListUntil,
    contracts: p.contracts.map((c) => ({ partnershipId: c.partnershipId, kind: c.kind, startQuarter: c.startQuarter, endQuarter: c.endQuarter, credit: c.credit }) satisfies Required<Contract>),
    totals: { computeQuarters: totals.computeQuarters, revenue: totals.revenue, spend: totals.spend, running: totals.running, capex: totals.capex, writtenOff: totals.writtenOff, bought: { ...totals.bought } } satisfies Required<PlayerState['totals']>,
  } satisfies Required<PlayerState>;
}

/** Per-player money and notes gathered while a quarter resolves. */
export interface Ledger {
  spend: number;
  revenue: number;
  opex: number;
  /** Money paid this quarter that is a running cost, not an asset: opex, fines and penalties (spend less this is capital). */
  expensed: number;
  greyUnits: number;
  caught: boolean;
  bought: Record<string, number>;
}

/** An empty ledger. */
export function newLedger(): Ledger {
  return { spend: 0, revenue: 0, opex: 0, expensed: 0, greyUnits: 0, caught: false, bought: {} };
}

/** Takes money from a player's cash and books it as spend. */
export function pay(p: PlayerState, ledger: Ledger, amount: number): void {
  p.cash -= amount;
  ledger.spend += amount;
}

/** Takes money for a running cost (opex, a fine, a penalty): spend that buys no asset, so it is never depreciated. */
export function expense(p: PlayerState, ledger: Ledger, amount: number): void {
  pay(p, ledger, amount);
  ledger.expensed += amount;
}
