/**
 * Power already spoken for. Chips booked at the foundry arrive on a known quarter and take power then, and
 * the engine runs the most efficient chips first: a chip bought now on power that booked chips will need sits
 * idle once they arrive (or idles them), and an idle chip still counts in the fleet's MW (efficiency) and is
 * written off (profit). So the bots count booked chips as claiming their power from the quarter they are due,
 * and plan power for the bookings they will go on placing.
 */
import { deliveryQuarter } from '../engine';
import { powerAt, type BotContext } from './context';
import type { PowerBook } from './demand';

/** Facility MW of the company's own chips booked for delivery by quarter t (public to the company: its bookings). */
export function bookedMwBy(ctx: BotContext, t: number): number {
  let units = 0;
  for (const b of ctx.view.me.bookings) if (b.dueQuarter <= t) units += b.units;
  return (units * ctx.company.silicon.watts * ctx.overhead) / 1_000_000;
}

/**
 * The power book at the start of a decision, net of commitments: a chip starting in quarter t keeps its power
 * to the end only if the power online in every later quarter covers the fleet and the chips booked by then.
 * Pools are the increments of that lasting spare capacity, by the quarter it first appears.
 */
export function committedPowerBook(ctx: BotContext): PowerBook {
  const lasting: number[] = [];
  let least = Number.POSITIVE_INFINITY;
  for (let t = ctx.Q - 1; t >= ctx.q; t--) {
    least = Math.min(least, powerAt(ctx.view, t) - ctx.fleetMw - bookedMwBy(ctx, t));
    lasting[t - ctx.q] = Math.max(0, least);
  }
  const pools: PowerBook['pools'] = [];
  let claimed = 0;
  for (let t = ctx.q; t < ctx.Q; t++) {
    const mw = (lasting[t - ctx.q] ?? 0) - claimed;
    if (mw > 0.0001) {
      pools.push({ start: t, mw });
      claimed += mw;
    }
  }
  return { pools, newMw: 0 };
}

/**
 * Own chips a booking still to be placed is expected to bring (a quarter's worth): this quarter's expected
 * output if any, else the latest booking's; nothing before the programme can book.
 */
export function projectedBookingUnits(ctx: BotContext, thisQuarter: number): number {
  const stage = ctx.view.me.silicon.stage;
  if (stage !== 'ramp' && stage !== 'volume') return 0;
  if (thisQuarter > 0) return thisQuarter;
  let latest = { due: -1, units: 0 };
  for (const b of ctx.view.me.bookings) if (b.dueQuarter > latest.due) latest = { due: b.dueQuarter, units: b.units };
  return latest.units;
}

/**
 * MW still missing at quarter `ready` for the chips already committed: the fleet, the own chips booked for
 * delivery by then and `units` more of them booked this quarter (if due by then), less the power online then.
 */
export function committedPowerGap(ctx: BotContext, ready: number, units: number): number {
  const due = deliveryQuarter(ctx.state, ctx.q);
  const now = due <= ready ? (units * ctx.company.silicon.watts * ctx.overhead) / 1_000_000 : 0;
  return Math.max(0, ctx.fleetMw + bookedMwBy(ctx, ready) + now - powerAt(ctx.view, ready));
}

/**
 * Claims power for `units` chips arriving in quarter `arrival` (own chips booked now): from the pools that
 * start latest but still by then, so the earlier pools stay for chips that arrive sooner (a chip bought now
 * can run on them at once, a booked one only from its delivery); then later pools, then new power.
 * Returns the MW of new power they need.
 */
export function claimPowerBy(ctx: BotContext, book: PowerBook, watts: number, units: number, arrival: number): number {
  let need = (units * watts * ctx.overhead) / 1_000_000;
  const inTime = book.pools.filter((p) => p.start <= arrival);
  const order: PowerBook['pools'] = [];
  for (let i = inTime.length - 1; i >= 0; i--) order.push(inTime[i] as PowerBook['pools'][number]);
  for (const p of book.pools) if (p.start > arrival) order.push(p);
  for (const pool of order) {
    if (need <= 0) break;
    const take = Math.min(pool.mw, need);
    pool.mw -= take;
    need -= take;
  }
  if (need > 0) book.newMw += need;
  return need;
}
