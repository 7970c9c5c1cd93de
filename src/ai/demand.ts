/**
 * A bot's demand schedule for one kind of chip: how many units it could run from when (spare power now,
 * projects coming online, power it would build now), and what each such unit is worth. Chips compete for the
 * same power, so a `PowerBook` tracks what earlier decisions have already claimed.
 */
import { powerAt, type BotContext } from './context';
import { unitValue, type UnitKind, type WorldModel } from './valuation';

/** A block of units worth the same per unit. */
export interface Tranche {
  units: number;
  /** Dollars per unit. */
  value: number;
  /** Quarter the units start running. */
  start: number;
  /** True when the units need power built now (paid now, online after the lead time). */
  newPower: boolean;
  /** True when the value was charged for the power the units use (new power, or free power at its shadow price). */
  charged: boolean;
}

/** Power capacity still free for new chips: now, and from projects by the quarter they come online. */
export interface PowerBook {
  /** Free MW per start quarter, in quarter order (the first entry is this quarter). */
  pools: { start: number; mw: number }[];
  /** MW of new power the decisions so far need (built now). */
  newMw: number;
}

/** The power book at the start of a decision: spare capacity now and from projects under way. */
export function openPowerBook(ctx: BotContext): PowerBook {
  const pools: PowerBook['pools'] = [];
  let claimed = ctx.fleetMw;
  for (let t = ctx.q; t < ctx.Q; t++) {
    const mw = powerAt(ctx.view, t) - claimed;
    if (mw > 0.0001) {
      pools.push({ start: t, mw });
      claimed += mw;
    }
  }
  return { pools, newMw: 0 };
}

/**
 * The demand schedule of a unit kind, most valuable first, up to `maxUnits`: units on free power now, on
 * projects as they come online, and on power built now (if it comes online before the game ends).
 */
export function tranches(ctx: BotContext, model: WorldModel, unit: UnitKind, book: PowerBook, maxUnits: number): Tranche[] {
  const mwU = (unit.watts * ctx.overhead) / 1_000_000;
  const out: Tranche[] = [];
  let left = maxUnits;
  for (const pool of book.pools) {
    if (left <= 0) break;
    const n = Math.min(left, mwU > 0 ? Math.floor(pool.mw / mwU) : left);
    if (n <= 0) continue;
    // Free power is not free to hard while more can still be built: a chip on it displaces one that would use
    // it (the engine runs the most efficient chips first), so it is charged what the power would cost anew.
    const shadow = ctx.level === 'hard' && ctx.q + ctx.leadQuarters < ctx.Q;
    out.push({ units: n, value: unitValue(ctx, model, unit, pool.start, shadow).total, start: pool.start, newPower: false, charged: shadow });
    left -= n;
  }
  const ready = ctx.q + ctx.leadQuarters;
  if (left > 0 && ready < ctx.Q) out.push({ units: left, value: unitValue(ctx, model, unit, ready, true).total, start: ready, newPower: true, charged: true });
  out.sort((a, b) => b.value - a.value);
  return out.filter((t) => t.value > 0);
}

/** Total value of the first `units` units of a schedule. */
export function cumValue(schedule: readonly Tranche[], units: number): number {
  let v = 0;
  let left = units;
  for (const t of schedule) {
    if (left <= 0) break;
    const n = Math.min(left, t.units);
    v += n * t.value;
    left -= n;
  }
  return v;
}

/** Units of a schedule worth at least `price` each. */
export function unitsWorth(schedule: readonly Tranche[], price: number): number {
  let n = 0;
  for (const t of schedule) if (t.value >= price) n += t.units;
  return n;
}

/** Value of the `k`-th unit (1-based) of a schedule; 0 past its end. */
export function marginalValue(schedule: readonly Tranche[], k: number): number {
  let left = k;
  for (const t of schedule) {
    if (left <= t.units) return t.value;
    left -= t.units;
  }
  return 0;
}

/** Claims power for `units` units in the schedule's order; returns the MW of new power they need. */
export function claimPower(ctx: BotContext, book: PowerBook, watts: number, units: number): number {
  const mwU = (watts * ctx.overhead) / 1_000_000;
  let need = units * mwU;
  for (const pool of book.pools) {
    if (need <= 0) break;
    const take = Math.min(pool.mw, need);
    pool.mw -= take;
    need -= take;
  }
  if (need > 0) book.newMw += need;
  return need;
}

/** Units of a schedule that need new power when `units` are taken. */
export function newPowerUnits(schedule: readonly Tranche[], units: number): number {
  let left = units;
  let n = 0;
  for (const t of schedule) {
    if (left <= 0) break;
    const k = Math.min(left, t.units);
    if (t.newPower) n += k;
    left -= k;
  }
  return n;
}
