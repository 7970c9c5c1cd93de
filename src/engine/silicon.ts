import { pay, type Ledger } from './draft';
import { atQuarter } from './lookup';
import { MAX_FLEET_UNITS, clampReal } from './limits';
import { tick } from './steps';
import type { Rng } from './rng';
import type { FoundryBookingRules, GameState, Orders, PlayerState, ResolutionNote, SiliconStage } from './types';
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

/** Booking defaults when a scenario has no `silicon.booking`: two quarters ahead, 25% down, growth at most 50% a quarter. */
export const DEFAULT_BOOKING: Required<FoundryBookingRules> = { leadQuarters: 2, depositPct: 25, growthPct: 50 };

/** The scenario's booking rules (or the documented defaults). */
export function bookingRules(state: Pick<GameState, 'scenario'>): Required<FoundryBookingRules> {
  const b = state.scenario.silicon.booking;
  return b ? { leadQuarters: b.leadQuarters, depositPct: b.depositPct, growthPct: b.growthPct ?? DEFAULT_BOOKING.growthPct } : DEFAULT_BOOKING;
}

/**
 * The most a company may book this quarter: rampCap while ramping; in volume, its largest booking so far
 * grown by `growthPct` (never below rampCap). A programme scales up over quarters, not at once.
 */
export function bookingCap(state: Pick<GameState, 'scenario'>, player: Pick<PlayerState, 'silicon'>): number {
  const s = player.silicon;
  const rampCap = state.scenario.silicon.rampCap;
  if (s.stage === 'ramp') return rampCap;
  if (s.stage !== 'volume') return 0;
  return Math.max(rampCap, Math.floor((s.bookedPeak * (100 + bookingRules(state).growthPct)) / 100));
}

/** Non-refundable deposit per unit booked (whole dollars, rounded up). */
export function depositPerUnit(state: Pick<GameState, 'scenario'>, unitCost: number): number {
  return Math.ceil((unitCost * bookingRules(state).depositPct) / 100);
}

/** The quarter a booking made in quarter `q` is delivered. */
export function deliveryQuarter(state: Pick<GameState, 'scenario'>, q: number): number {
  return q + bookingRules(state).leadQuarters;
}

/** Foundry units already booked (by every company) for delivery in quarter `due`. */
export function bookedFor(players: readonly Pick<PlayerState, 'bookings'>[], due: number): number {
  let n = 0;
  for (const p of players) for (const b of p.bookings) if (b.dueQuarter === due) n += b.units;
  return n;
}

/** Foundry units still free to book for delivery in quarter `due` (0 after the game's last quarter). */
export function foundryFree(state: Pick<GameState, 'scenario' | 'players'>, due: number): number {
  return Math.max(0, atQuarter(state.scenario.silicon.foundryPool, due) - bookedFor(state.players, due));
}

/** Balance due this quarter on deliveries (what the company must hold for them). */
export function balanceDue(player: Pick<PlayerState, 'bookings'>, q: number): number {
  let n = 0;
  for (const b of player.bookings) if (b.dueQuarter === q) n += b.units * b.unitBalance;
  return n;
}

/**
 * Units of an own-chip ask that a region's foundry booking counts at this quarter: every foundryAccess modifier
 * on the region scales it in turn (floored, and kept within the limits at every step, so a chain of modifiers
 * never reaches Infinity, or NaN after a -100%); better access (pct > 0) never counts more than was asked for.
 * The one definition of the cut: the engine books with it, the bots plan with it.
 */
export function accessCutAsk(modifiers: GameState['modifiers'], region: string | undefined, ask: number): number {
  let w = ask;
  for (const m of modifiers) if (m.kind === 'foundryAccess' && m.region === region) w = clampReal(Math.floor((w * Math.max(0, 100 + m.pct)) / 100), MAX_FLEET_UNITS);
  return Math.min(w, ask);
}

/** The percentage of its ask a region's booking counts at (100 without a cut; the product of its cuts), for display. */
export function foundryAccessPct(modifiers: GameState['modifiers'], region: string | undefined): number {
  let pct = 100;
  for (const m of modifiers) if (m.kind === 'foundryAccess' && m.region === region) pct = (pct * Math.max(0, 100 + m.pct)) / 100;
  return Math.min(100, pct);
}

/**
 * Foundry bookings, then deliveries. A booking pays a non-refundable deposit on every unit asked for; the
 * units still free for its delivery quarter are shared pro rata among the quarter's new bookings (regions with
 * cut access get less), and units not granted lose their deposit. Bookings due this quarter are delivered and
 * their balance paid; what the company cannot pay for is cancelled (its deposit lost).
 */
export function produceCustom(state: GameState, players: PlayerState[], orders: Orders[], ledgers: Ledger[], notes: ResolutionNote[]): void {
  const q = state.quarter;
  const due = deliveryQuarter(state, q);
  const wants = players.map((p, i) => {
    const o = orders[i] as Orders;
    if (o.customOrder === 0) return 0;
    const region = state.scenario.companies[i]?.region;
    tick(state.modifiers.length + 1);
    return accessCutAsk(state.modifiers, region, o.customOrder);
  });
  const granted = proRata(foundryFree({ scenario: state.scenario, players }, due), wants);
  players.forEach((p, i) => {
    const asked = (orders[i] as Orders).customOrder;
    if (asked === 0) return;
    const unitCost = state.scenario.companies[i]?.silicon.unitCost ?? 0;
    const deposit = depositPerUnit(state, unitCost);
    pay(p, ledgers[i] as Ledger, asked * deposit);
    const units = granted[i] as number;
    if (units < asked) notes.push({ code: 'foundryShort', playerId: p.id, values: { asked, made: units, lost: (asked - units) * deposit } });
    if (units === 0) return;
    p.bookings.push({ units, dueQuarter: due, unitBalance: Math.max(0, unitCost - deposit) });
    p.silicon.bookedPeak = Math.max(p.silicon.bookedPeak, units);
    notes.push({ code: 'foundryBooked', playerId: p.id, values: { units, quarter: due } });
  });
  players.forEach((p, i) => {
    if (!p.bookings.some((b) => b.dueQuarter <= q)) return;
    let delivered = 0;
    let cancelled = 0;
    p.bookings = p.bookings.filter((b) => {
      if (b.dueQuarter > q) return true;
      const affordable = b.unitBalance > 0 ? Math.min(b.units, Math.floor(Math.max(0, p.cash) / b.unitBalance)) : b.units;
      pay(p, ledgers[i] as Ledger, affordable * b.unitBalance);
      delivered += affordable;
      cancelled += b.units - affordable;
      return false;
    });
    if (delivered > 0) {
      p.fleet.custom = (p.fleet.custom ?? 0) + delivered;
      p.totals.bought.custom = (p.totals.bought.custom ?? 0) + delivered;
      (ledgers[i] as Ledger).bought.custom = ((ledgers[i] as Ledger).bought.custom ?? 0) + delivered;
    }
    notes.push({ code: 'foundryDelivered', playerId: p.id, values: { units: delivered, cancelled } });
  });
}
