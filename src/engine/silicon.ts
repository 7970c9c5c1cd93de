import { pay, type Ledger } from './draft';
import { atQuarter } from './lookup';
import { MAX_FLEET_UNITS, clampReal } from './limits';
import { tick } from './steps';
import type { Rng } from './rng';
import type { GameState, Orders, PlayerState, ResolutionNote, SiliconStage } from './types';
import { sortStrict } from './sort';

const NEXT: Record<SiliconStage, SiliconStage> = { none: 'design', design: 'tapeout', tapeout: 'ramp', ramp: 'volume', volume: 'volume' };

/** Dollars needed to finish a stage (0 for none and volume). */
export function stageCost(state: GameState, stage: SiliconStage): number {
  const c = state.scenario.silicon.stageCost;
  return stage === 'design' ? c.design : stage === 'tapeout' ? c.tapeout : stage === 'ramp' ? c.ramp : 0;
}

/**
 * Investment buys progress; a finished stage advances one stage a quarter unless a seeded setback (a respin)
 * holds it back a quarter. Investing from `none` starts the design stage.
 */
export function advanceSilicon(state: GameState, players: PlayerState[], orders: Orders[], ledgers: Ledger[], rng: Rng, notes: ResolutionNote[]): void {
  players.forEach((p, i) => {
    const o = orders[i] as Orders;
    const s = p.silicon;
    if (o.siliconInvestment > 0) {
      pay(p, ledgers[i] as Ledger, o.siliconInvestment);
      s.invested += o.siliconInvestment;
      s.progress += o.siliconInvestment;
      if (s.stage === 'none') s.stage = 'design';
    }
    const cost = stageCost(state, s.stage);
    if (s.stage === 'none' || s.stage === 'volume' || s.progress < cost) return;
    if (rng.chance(state.scenario.silicon.setbackPct)) {
      notes.push({ code: 'siliconSetback', playerId: p.id, values: { stage: s.stage } });
      return;
    }
    s.progress -= cost;
    s.stage = NEXT[s.stage];
    notes.push({ code: 'siliconAdvanced', playerId: p.id, values: { stage: s.stage } });
  });
}

/** Splits `pool` units pro rata to `wants` (largest remainder, ties by order); never gives more than asked. */
export function proRata(pool: number, wants: readonly number[]): number[] {
  tick(wants.length + 1);
  const total = wants.reduce((a, b) => a + b, 0);
  if (total <= pool) return wants.slice();
  const shares = wants.map((w) => (w * pool) / total);
  const out = shares.map((s) => Math.floor(s));
  let left = pool - out.reduce((a, b) => a + b, 0);
  const order = sortStrict(
    shares.map((s, i) => i),
    (a, b) => (shares[b] as number) - Math.floor(shares[b] as number) - ((shares[a] as number) - Math.floor(shares[a] as number)) || a - b,
  );
  for (const i of order) {
    if (left <= 0) break;
    if ((out[i] as number) < (wants[i] as number)) {
      out[i] = (out[i] as number) + 1;
      left--;
    }
  }
  return out;
}

/** Custom-chip orders share the quarter's foundry pool pro rata (regions with cut access ask for less); each unit made is paid at cost. */
export function produceCustom(state: GameState, players: PlayerState[], orders: Orders[], ledgers: Ledger[], notes: ResolutionNote[]): void {
  const q = state.quarter;
  const wants = players.map((p, i) => {
    const o = orders[i] as Orders;
    if (o.customOrder === 0) return 0;
    const region = state.scenario.companies[i]?.region;
    let w = o.customOrder;
    tick(state.modifiers.length + 1);
    // Kept within the limits at every step, so a chain of modifiers never reaches Infinity (or NaN after a -100%).
    for (const m of state.modifiers) if (m.kind === 'foundryAccess' && m.region === region) w = clampReal(Math.floor((w * Math.max(0, 100 + m.pct)) / 100), MAX_FLEET_UNITS);
    // Better access (pct > 0) never makes more than was ordered, nor spends more than the orders were checked for.
    return Math.min(w, o.customOrder);
  });
  const made = proRata(atQuarter(state.scenario.silicon.foundryPool, q), wants);
  players.forEach((p, i) => {
    const units = made[i] as number;
    const asked = (orders[i] as Orders).customOrder;
    if (units < asked) notes.push({ code: 'foundryShort', playerId: p.id, values: { asked, made: units } });
    if (units === 0) return;
    const company = state.scenario.companies[i];
    pay(p, ledgers[i] as Ledger, units * (company?.silicon.unitCost ?? 0));
    p.fleet.custom = (p.fleet.custom ?? 0) + units;
    p.totals.bought.custom = (p.totals.bought.custom ?? 0) + units;
    (ledgers[i] as Ledger).bought.custom = ((ledgers[i] as Ledger).bought.custom ?? 0) + units;
  });
}
