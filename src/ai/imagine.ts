/**
 * A whole game state imagined from one seat's view, to play the game forward from (src/ai/level.ts). The
 * seat's own company is exact. Rivals are rebuilt from what the view shows: their public facts (fleet, power,
 * bookings, stage), the scenario (start cash, budgets, power under construction at the start) and the public
 * record (each quarter's metrics and, once revealed, its orders). What the record does not show is estimated:
 * power projects from the builds revealed (scaled to the announced total), silicon progress from the money
 * revealed, running costs from the metrics, no partnership contracts. No sealed order of this quarter is
 * known: every rival decides again. The imagined future draws its own randomness from `seed`.
 */
import {
  depositPerUnit,
  ENGINE_VERSION,
  onsiteRules,
  seedState,
  stateFromView,
  type GameState,
  type PlayerState,
  type PlayerView,
  type PowerProject,
  type SiliconStage,
} from '../engine';
import { nextStageCost } from '../engine/queries';

/** Money a programme has put into its current stage, from the investments revealed (less the stages finished). */
function stageProgress(view: PlayerView, invested: number, stage: SiliconStage): number {
  const c = view.scenario.silicon.stageCost;
  const finished: Record<SiliconStage, number> = {
    none: 0,
    design: 0,
    tapeout: c.design,
    ramp: c.design + c.tapeout,
    volume: c.design + c.tapeout + c.ramp,
  };
  return Math.max(0, Math.min(Math.max(0, nextStageCost(view, stage) - 1), invested - finished[stage]));
}

/** A rival as the public record shows it, with what it does not show estimated. */
function imagineRival(view: PlayerView, id: string): PlayerState {
  const sc = view.scenario;
  const company = sc.companies.find((c) => c.id === id);
  const r = view.rivals.find((x) => x.id === id);
  const ci = sc.companies.findIndex((c) => c.id === id);
  const q = view.quarter;
  // Cash: the last quarter's closing cash (public metrics; at the start, the scenario's) plus this quarter's budget.
  const lastMetrics = view.history[view.history.length - 1]?.metrics[ci];
  const cash = Math.max(0, Math.round((lastMetrics ? lastMetrics.cash : (company?.cash ?? 0)) + (company?.budget[q] ?? 0)));
  // Power under way: the scenario's projects and the builds revealed since, still to come online, scaled to
  // the total the rival has announced.
  const onsite = onsiteRules({ scenario: sc });
  const guess: PowerProject[] = (company?.powerUnderConstruction ?? []).map((p) => ({
    mw: p.mw,
    readyQuarter: p.readyQuarter,
    onsite: false,
  }));
  let onsiteMw = 0;
  for (const h of view.history) {
    const o = h.orders.find((x) => x.playerId === id)?.orders;
    if (!o) continue;
    if (o.powerBuild > 0) guess.push({ mw: o.powerBuild, readyQuarter: h.quarter + sc.power.leadQuarters, onsite: false });
    const fast = o.powerFast ?? 0;
    if (fast > 0) guess.push({ mw: fast, readyQuarter: h.quarter + onsite.leadQuarters, onsite: true });
  }
  const pending = guess.filter((p) => p.readyQuarter > q);
  for (const p of guess) if (p.onsite && p.readyQuarter <= q) onsiteMw += p.mw;
  const announced = r?.projectsMw ?? 0;
  const guessed = pending.reduce((a, p) => a + p.mw, 0);
  let projects: PowerProject[] = [];
  if (announced > 0 && guessed > 0)
    projects = pending.map((p) => ({ ...p, mw: Math.round((p.mw * announced) / guessed) })).filter((p) => p.mw > 0);
  else if (announced > 0) projects = [{ mw: announced, readyQuarter: q + 1, onsite: false }];
  // Silicon: the money revealed, the stage public; bookings owe their balance on delivery.
  let invested = 0;
  let bookedPeak = 0;
  for (const h of view.history) {
    const o = h.orders.find((x) => x.playerId === id)?.orders;
    if (!o) continue;
    invested += o.siliconInvestment;
    bookedPeak = Math.max(bookedPeak, o.customOrder);
  }
  for (const b of r?.booked ?? []) bookedPeak = Math.max(bookedPeak, b.units);
  const stage = r?.siliconStage ?? 'none';
  const unitCost = company?.silicon.unitCost ?? 0;
  const unitBalance = Math.max(0, unitCost - depositPerUnit({ scenario: sc }, unitCost));
  // Totals for scoring, summed from the public metrics; running costs taken as the opex reported.
  const totals: PlayerState['totals'] = { computeQuarters: 0, revenue: 0, spend: 0, running: 0, capex: 0, writtenOff: 0, bought: {} };
  let profit = 0;
  for (const h of view.history) {
    const m = h.metrics[ci];
    if (!m) continue;
    totals.computeQuarters += m.deployedH100e;
    totals.revenue += m.revenue;
    totals.spend += m.spend;
    totals.running += m.opex;
    for (const [sku, n] of Object.entries(m.boughtUnits)) totals.bought[sku] = (totals.bought[sku] ?? 0) + n;
    profit = m.profit;
  }
  totals.capex = Math.max(0, totals.spend - totals.running);
  totals.writtenOff = Math.max(0, Math.min(totals.capex, totals.revenue - totals.running - profit));
  return {
    id,
    cash,
    fleet: { ...r?.fleet },
    deployed: { ...r?.deployed },
    powerMw: r?.powerMw ?? 0,
    onsiteMw: Math.min(onsiteMw, r?.powerMw ?? 0),
    projects,
    bookings: (r?.booked ?? []).map((b) => ({ units: b.units, dueQuarter: b.dueQuarter, unitBalance })),
    silicon: {
      stage,
      progress: stageProgress(view, invested, stage),
      invested,
      bookedPeak: stage === 'ramp' || stage === 'volume' ? bookedPeak : 0,
    },
    relationship: r?.relationship ?? 0,
    entityListUntil: r?.entityListUntil ?? 0,
    contracts: [],
    totals,
  };
}

/** The game as this seat can imagine it now: every rival rebuilt from the public record, the future drawn from `seed`. */
export function imagineState(view: PlayerView, seed: string): GameState {
  const players = view.scenario.companies.map((c) => (c.id === view.me.id ? structuredClone(view.me) : imagineRival(view, c.id)));
  // The view's stand-in state (scenario, quarter, modifiers, deals, news, the record, no sealed orders), made whole.
  return { ...stateFromView(view), engineVersion: ENGINE_VERSION, seed, phase: 'orders', rng: seedState(seed), players };
}
