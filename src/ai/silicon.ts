/**
 * Custom silicon decisions: how much to put into the programme this quarter and how many of the company's
 * own chips to order. Easy funds by focus alone; normal funds when volume is still reachable; hard funds
 * only when the chips it can expect before the end (foundry share, power, setbacks) pay for what is left.
 */
import { accessCutAsk, bookingCap, deliveryQuarter, depositPerUnit, foundryFree, type SiliconStage } from '../engine';
import type { BotContext } from './context';
import { expectedFractions } from './power';
import { claimPower, cumValue, tranches, unitsWorth, type PowerBook } from './demand';
import type { DecisionRationale, Reason } from './types';
import { ownChipUnit, unitValue, type WorldModel } from './valuation';
import { stageRemaining } from '../engine/queries';

/** The silicon decision. */
export interface SiliconPlan extends DecisionRationale {
  investment: number;
  customOrder: number;
  /** Custom units expected to be made this quarter. */
  expectedUnits: number;
  /** Expected value of the custom order (hard), dollars. */
  gain: number;
}

const STAGES_LEFT: Record<SiliconStage, number> = { none: 3, design: 3, tapeout: 2, ramp: 1, volume: 0 };

/** Dollars still needed to finish the current stage (from `none`, the design stage). */
export function stageNeed(ctx: BotContext): number {
  return stageRemaining(ctx.state, ctx.view.me.silicon);
}

/** Dollars to reach volume from here. */
function costToVolume(ctx: BotContext): number {
  const s = ctx.view.me.silicon;
  const c = ctx.view.scenario.silicon.stageCost;
  const all: [SiliconStage, number][] = [['design', c.design], ['tapeout', c.tapeout], ['ramp', c.ramp]];
  const from = s.stage === 'none' ? 0 : all.findIndex(([st]) => st === s.stage);
  if (from < 0) return 0;
  let total = 0;
  for (let i = from; i < all.length; i++) total += (all[i] as [SiliconStage, number])[1];
  return Math.max(0, total - s.progress);
}

/** Companies (besides this one) whose programmes are or will soon be making chips: they share the foundry. */
function rivalProducers(ctx: BotContext): number {
  return ctx.view.rivals.filter((r) => r.siliconStage === 'ramp' || r.siliconStage === 'volume' || r.siliconStage === 'tapeout').length;
}

/**
 * Rivals' custom-chip orders expected this quarter (public: orders are revealed after each quarter): each
 * producing rival's last revealed order, or before any, a share of its capex plan; cut by announced foundry
 * access limits, as the engine cuts them.
 */
export function rivalCustomOrders(ctx: BotContext): number {
  const { view } = ctx;
  const last = view.history[view.history.length - 1];
  let total = 0;
  for (const r of view.rivals) {
    if (r.siliconStage !== 'ramp' && r.siliconStage !== 'volume') continue;
    const company = view.scenario.companies.find((c) => c.id === r.id);
    if (!company) continue;
    const revealed = last?.orders.find((o) => o.playerId === r.id)?.orders.customOrder;
    let want = revealed ?? Math.floor(((company.budget[ctx.q] ?? 0) * 0.3) / Math.max(1, company.silicon.unitCost));
    if (r.siliconStage === 'ramp') want = Math.min(want, view.scenario.silicon.rampCap);
    total += accessCutAsk(view.modifiers, company.region, want);
  }
  return total;
}

/** My own order after any announced foundry access cut for my region. */
function effectiveOrder(ctx: BotContext, order: number): number {
  return accessCutAsk(ctx.view.modifiers, ctx.company.region, order);
}

/** Units made for an order when rivals ask for `rivals` units from a pool of `pool` (pro rata when short). */
export function madeFor(order: number, rivals: number, pool: number): number {
  const total = order + rivals;
  return total <= pool ? order : Math.floor((pool * order) / Math.max(1, total));
}

/** Units the foundry pool may give this company in quarter t (an even share with the other producers). */
function expectedShare(ctx: BotContext, t: number, stage: 'ramp' | 'volume'): number {
  const pool = ctx.view.scenario.silicon.foundryPool[t] ?? 0;
  const share = Math.floor(pool / (1 + rivalProducers(ctx)));
  return stage === 'ramp' ? Math.min(ctx.view.scenario.silicon.rampCap, share) : share;
}

/**
 * Hard's test: the expected net value of the chips the programme would make before the game ends (each
 * quarter's foundry share, valued on new power, less unit cost), after the expected slips, against the
 * money still needed.
 */
function programmeValue(ctx: BotContext, model: WorldModel): { value: number; volumeQuarter: number } {
  const s = ctx.view.me.silicon;
  const setback = ctx.view.scenario.silicon.setbackPct / 100;
  const slip = setback < 1 ? setback / (1 - setback) : 99;
  const stagesLeft = STAGES_LEFT[s.stage];
  const rampQ = Math.round(ctx.q + Math.max(0, stagesLeft - 1) * (1 + slip));
  const volumeQ = Math.round(ctx.q + stagesLeft * (1 + slip));
  let value = 0;
  const unitCost = ctx.company.silicon.unitCost;
  for (let t = Math.max(ctx.q + 1, rampQ); t < ctx.Q; t++) {
    const units = expectedShare(ctx, t, t >= volumeQ ? 'volume' : 'ramp');
    const net = unitValue(ctx, model, ownChipUnit(ctx), t, true).total - unitCost;
    if (net > 0) value += units * net;
  }
  return { value: value - costToVolume(ctx), volumeQuarter: volumeQ };
}

/**
 * The power book as own chips will find it: the engine deploys the most H100e per watt first, so vendor
 * chips expected this quarter that are more efficient than the company's own chip take power before it.
 */
function afterEfficientChips(ctx: BotContext, book: PowerBook): PowerBook {
  const copy: PowerBook = { pools: book.pools.map((p) => ({ ...p })), newMw: book.newMw };
  const own = ctx.company.silicon.h100e / Math.max(1, ctx.company.silicon.watts);
  const frac = expectedFractions(ctx);
  for (const info of ctx.skus) {
    if (info.spec.h100e / Math.max(1, info.spec.watts) <= own) continue;
    claimPower(ctx, copy, info.spec.watts, Math.round((frac.get(info.spec.id) ?? 0) * info.supply));
  }
  return copy;
}

/** Decides silicon investment and the custom order for the level; claims power for the chips expected. */
export function decideSilicon(ctx: BotContext, model: WorldModel | null, book: PowerBook, money: number, collateral?: number): SiliconPlan {
  const s = ctx.view.me.silicon;
  const p = ctx.persona;
  const reasons: Reason[] = [];
  const unitCost = Math.max(1, ctx.company.silicon.unitCost);
  let investment = 0;
  let customOrder = 0;
  let expectedUnits = 0;
  let gain = 0;
  const need = stageNeed(ctx);
  const stagesLeft = STAGES_LEFT[s.stage];

  if (s.stage !== 'volume' && need > 0) {
    if (ctx.level === 'easy') {
      if (p.siliconFocus >= 30) {
        investment = Math.min(need, Math.floor((money * p.siliconFocus) / 400));
        if (investment > 0) reasons.push({ code: 'siliconFocus', values: { focus: p.siliconFocus, amount: investment } });
      }
    } else if (ctx.level === 'normal') {
      if (ctx.q + stagesLeft + 1 >= ctx.Q) reasons.push({ code: 'siliconTooLate', values: { quartersToVolume: stagesLeft, quartersLeft: ctx.left } });
      else if (p.siliconFocus >= 35) {
        investment = Math.min(need, Math.floor((money * p.siliconFocus) / 200));
        reasons.push({ code: 'siliconFund', values: { amount: investment, need, stage: s.stage } });
      }
    } else if (model) {
      const pv = programmeValue(ctx, model);
      // Focus tilts the threshold: a company set on its own chip accepts a thinner case.
      const tilt = ((p.siliconFocus - 50) / 250) * costToVolume(ctx);
      if (pv.volumeQuarter >= ctx.Q - 1 && stagesLeft > 0 && pv.value + tilt <= 0) {
        reasons.push({ code: 'siliconTooLate', values: { quartersToVolume: pv.volumeQuarter - ctx.q, quartersLeft: ctx.left } });
      } else if (pv.value + tilt > 0) {
        investment = Math.min(need, money);
        reasons.push({ code: 'siliconPays', values: { value: Math.round(pv.value), cost: costToVolume(ctx), volumeQuarter: pv.volumeQuarter, amount: Math.max(0, Math.floor(investment)) } });
      } else {
        reasons.push({ code: 'siliconNotWorth', values: { value: Math.round(pv.value), cost: costToVolume(ctx) } });
      }
    }
  }

  const left = money - investment;
  const due = deliveryQuarter(ctx.state, ctx.q);
  if ((s.stage === 'ramp' || s.stage === 'volume') && due >= ctx.Q) reasons.push({ code: 'bookingTooLate', values: { due } });
  else if (s.stage === 'ramp' || s.stage === 'volume') {
    // rampCap while ramping; in volume, bookings grow at most booking.growthPct a quarter.
    const cap = bookingCap(ctx.state, ctx.view.me);
    // Bookings share what is still free for the delivery quarter; units not granted lose their deposit.
    const pool = foundryFree(ctx.state, due);
    const deposit = depositPerUnit(ctx.state, unitCost);
    // Chips delivered at `due` run only for the quarters left then.
    const runShare = (ctx.Q - due) / Math.max(1, ctx.Q - ctx.q);
    const fair = Math.min(pool, expectedShare(ctx, due, s.stage));
    if (ctx.level === 'easy') {
      customOrder = Math.min(cap, pool, Math.floor((left * p.siliconFocus) / 300 / unitCost));
      expectedUnits = Math.min(customOrder, fair);
    } else if (model) {
      const schedule = tranches(ctx, model, ownChipUnit(ctx), afterEfficientChips(ctx, book), Math.max(1, pool)).map((t) => ({ ...t, value: t.value * runShare }));
      const worth = unitsWorth(schedule, unitCost);
      if (ctx.level === 'normal') {
        const focusShare = 0.5 + p.siliconFocus / 100;
        // The foundry shares free capacity pro rata to what is asked, so asking only for a "fair share" left
        // units to whoever asked for the most (largest-own-chip-order beat par from Google): ask for what the
        // chips are worth, within the booking cap and half the money left.
        customOrder = Math.min(cap, Math.floor(worth * focusShare), Math.floor((left * 0.5) / unitCost));
        expectedUnits = madeFor(effectiveOrder(ctx, customOrder), rivalCustomOrders(ctx), pool);
      } else {
        // New bookings share the free capacity pro rata and every unit asked for pays a deposit: with rivals'
        // revealed orders the bot asks for the booking whose expected output is worth most, less the deposits
        // lost on units not granted and a charge for the cash the balance will tie up.
        // Rivals may book less (or more) than they revealed: the gain is averaged over a spread of their orders.
        const rivals = rivalCustomOrders(ctx);
        const maxOrder = Math.min(cap, 2 * pool, Math.floor((collateral ?? left * 0.6) / unitCost));
        const spread = [0.2, 0.6, 1, 1.4];
        let best = { gain: 0, order: 0, made: 0 };
        for (const f of [0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1]) {
          const order = Math.floor(maxOrder * f);
          let value = -0.03 * order * unitCost;
          for (const k of spread) {
            const made = madeFor(effectiveOrder(ctx, order), Math.round(rivals * k), pool);
            value += (cumValue(schedule, made) - made * unitCost - (order - made) * deposit) / spread.length;
          }
          if (value > best.gain) best = { gain: value, order, made: madeFor(effectiveOrder(ctx, order), rivals, pool) };
        }
        customOrder = best.order;
        expectedUnits = best.made;
        gain = best.gain;
      }
      if (worth === 0) reasons.push({ code: 'siliconNotWorth', values: { value: Math.round(schedule[0]?.value ?? 0), cost: unitCost } });
    }
    if (customOrder > 0) {
      reasons.push({ code: 'customOrder', values: { units: customOrder, unitCost, due, deposit } });
      reasons.push({ code: 'foundryShare', values: { pool, producers: 1 + rivalProducers(ctx), expected: expectedUnits } });
      claimPower(ctx, book, ctx.company.silicon.watts, expectedUnits);
    }
  }
  return { investment: Math.max(0, Math.floor(investment)), customOrder: Math.max(0, customOrder), expectedUnits, gain, reasons };
}
