import type { GameState, Modifier, NewsItem, Orders, PlayerState, QuarterRecord, Scenario, SiliconStage } from './types';

/** What every company may see of a rival: public filings and revealed purchases, not cash or sealed orders. */
export interface PublicPlayer {
  id: string;
  fleet: Record<string, number>;
  deployed: Record<string, number>;
  powerMw: number;
  /** Power under construction (announced projects). */
  projectsMw: number;
  /** Foundry capacity booked and not yet delivered (capacity deals are announced): units per delivery quarter. */
  booked: { units: number; dueQuarter: number }[];
  siliconStage: SiliconStage;
  relationship: number;
  entityListUntil: number;
  submitted: boolean;
}

/** What one player may know: its own state in full, rivals' public facts, the public record. */
export interface PlayerView {
  scenario: Scenario;
  quarter: number;
  phase: GameState['phase'];
  me: PlayerState;
  myOrders: Orders | null;
  rivals: PublicPlayer[];
  modifiers: Modifier[];
  openPartnerships: string[];
  takenPartnerships: string[];
  news: NewsItem[];
  /** Past quarters' records: sealed bids are public once revealed. */
  history: QuarterRecord[];
}

/** The view of the game a player may know (no rng state, no rivals' cash or sealed orders). */
export function viewFor(state: GameState, playerId: string): PlayerView | null {
  const i = state.players.findIndex((p) => p.id === playerId);
  const me = state.players[i];
  if (!me) return null;
  const rivals: PublicPlayer[] = [];
  state.players.forEach((p, k) => {
    if (k === i) return;
    rivals.push({
      id: p.id,
      fleet: p.fleet,
      deployed: p.deployed,
      powerMw: p.powerMw,
      projectsMw: p.projects.reduce((a, x) => a + x.mw, 0),
      booked: p.bookings.map((b) => ({ units: b.units, dueQuarter: b.dueQuarter })),
      siliconStage: p.silicon.stage,
      relationship: p.relationship,
      entityListUntil: p.entityListUntil,
      submitted: state.pending[k] !== null,
    });
  });
  return {
    scenario: state.scenario,
    quarter: state.quarter,
    phase: state.phase,
    me,
    myOrders: state.pending[i] ?? null,
    rivals,
    modifiers: state.modifiers,
    openPartnerships: state.openPartnerships,
    takenPartnerships: state.takenPartnerships,
    news: state.news,
    history: state.history,
  };
}

/**
 * A stand-in game state built from a view, for checking one's own orders (validateOrders, committedCost)
 * without seeing rivals: rivals appear with their public facts and no cash.
 */
export function stateFromView(view: PlayerView): GameState {
  const players: PlayerState[] = view.scenario.companies.map((c) => {
    if (c.id === view.me.id) return view.me;
    const r = view.rivals.find((x) => x.id === c.id);
    return {
      id: c.id,
      cash: 0,
      fleet: r?.fleet ?? {},
      deployed: r?.deployed ?? {},
      powerMw: r?.powerMw ?? 0,
      onsiteMw: 0,
      projects: [],
      bookings: (r?.booked ?? []).map((b) => ({ units: b.units, dueQuarter: b.dueQuarter, unitBalance: 0 })),
      silicon: { stage: r?.siliconStage ?? 'none', progress: 0, invested: 0, bookedPeak: 0 },
      relationship: r?.relationship ?? 0,
      entityListUntil: r?.entityListUntil ?? 0,
      contracts: [],
      totals: { computeQuarters: 0, revenue: 0, spend: 0, running: 0, capex: 0, writtenOff: 0, bought: {} },
    };
  });
  return {
    engineVersion: 0,
    scenario: view.scenario,
    scenarioHash: '',
    seed: '',
    quarter: view.quarter,
    phase: view.phase,
    rng: { c: 1, s0: 0, s1: 0, s2: 0 },
    players,
    pending: players.map(() => null),
    modifiers: view.modifiers,
    openPartnerships: view.openPartnerships,
    takenPartnerships: view.takenPartnerships,
    news: view.news,
    history: view.history,
  };
}
