import { briefing } from './events';
import { scenarioHash } from './hash';
import { countOf } from './lookup';
import { deploy } from './power';
import { openRng, seedState } from './rng';
import type { GameState, PlayerState, Scenario } from './types';
import { ENGINE_VERSION } from './version';

function startPlayer(scenario: Scenario, i: number): PlayerState {
  const c = scenario.companies[i];
  if (!c) throw new Error(`no company at index ${i}`);
  const fleet: Record<string, number> = {};
  const deployed: Record<string, number> = {};
  const bought: Record<string, number> = {};
  for (const s of scenario.skus) {
    fleet[s.id] = countOf(c.fleet, s.id);
    deployed[s.id] = 0;
    bought[s.id] = 0;
  }
  fleet.custom = countOf(c.fleet, 'custom') + c.silicon.startFleet;
  deployed.custom = 0;
  bought.custom = 0;
  return {
    id: c.id,
    cash: c.cash,
    fleet,
    deployed,
    powerMw: c.powerMw,
    onsiteMw: 0,
    projects: c.powerUnderConstruction.map((p) => ({ mw: p.mw, readyQuarter: p.readyQuarter, onsite: false })),
    bookings: [],
    silicon: { stage: c.silicon.startStage, progress: c.silicon.startProgress, invested: 0, bookedPeak: Math.floor(c.silicon.startFleet / 4) },
    relationship: c.nvidiaRelationship,
    entityListUntil: 0,
    contracts: [],
    totals: { computeQuarters: 0, revenue: 0, spend: 0, running: 0, capex: 0, writtenOff: 0, bought },
  };
}

/**
 * A new game at quarter 0, orders phase, after quarter 0's briefing. The scenario must already be valid
 * (parse it with parseScenario); `seed` is any string.
 */
export function createGame(scenario: Scenario, seed: string): GameState {
  const state: GameState = {
    engineVersion: ENGINE_VERSION,
    scenario,
    scenarioHash: scenarioHash(scenario),
    seed,
    quarter: 0,
    phase: 'orders',
    rng: seedState(seed),
    players: scenario.companies.map((_, i) => startPlayer(scenario, i)),
    pending: scenario.companies.map(() => null),
    modifiers: [],
    openPartnerships: [],
    takenPartnerships: [],
    news: [],
    history: [],
  };
  deploy(state, state.players);
  const rng = openRng(state.rng);
  briefing(state, rng);
  state.rng = rng.save();
  return state;
}
