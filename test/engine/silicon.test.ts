import { describe, expect, it } from 'vitest';
import { accessCutAsk, bookingCap, emptyOrders, foundryAccessPct, foundryFree, openRng, runningCosts, type GameState, type ResolutionNote, type Scenario, type SiliconSpec } from '../../src/engine';
import { newLedger } from '../../src/engine/draft';
import { produceCustom, proRata, stageCost } from '../../src/engine/silicon';
import { advance, lastRecord, metricsOf, newGame, player, playQuarter, reject, resolveWith } from '../helpers/game';
import { company, makeScenario } from '../helpers/scenario';

/** Gives every programme a booking history (largest booking 1,000: volume bookings up to 1,500 a quarter). */
function peak(s: GameState, units = 1_000): GameState {
  return { ...s, players: s.players.map((p) => ({ ...p, silicon: { ...p.silicon, bookedPeak: units } })) };
}

const chip = (over: Partial<SiliconSpec> = {}): SiliconSpec => ({ name: 'Chip', h100e: 0.5, watts: 300, unitCost: 5_000, mig: false, startStage: 'none', startProgress: 0, startFleet: 0, ...over });

function withSilicon(stages: { alpha?: Partial<SiliconSpec>; beta?: Partial<SiliconSpec>; gamma?: Partial<SiliconSpec> }, over: Partial<Scenario> = {}): Scenario {
  return makeScenario({
    companies: [
      company({ id: 'alpha', silicon: chip(stages.alpha) }),
      company({ id: 'beta', nvidiaRelationship: 40, silicon: chip(stages.beta) }),
      company({ id: 'gamma', region: 'CN', tier: 'T3', silicon: chip(stages.gamma) }),
    ],
    ...over,
  });
}

describe('silicon stages', () => {
  it('investment moves design -> tapeout -> ramp -> volume, one stage a quarter', () => {
    // Stage costs: design 1M, tapeout 2M, ramp 3M. 6M at once from "none" starts and finishes design this
    // quarter, then each later quarter finishes one more stage from the progress left.
    let s = newGame();
    const stages: string[] = [];
    const progress: number[] = [];
    for (let q = 0; q < 4; q++) {
      if (q > 0) s = advance(s);
      s = resolveWith(s, { alpha: { siliconInvestment: q === 0 ? 6_000_000 : 0 } });
      stages.push(player(s, 'alpha').silicon.stage);
      progress.push(player(s, 'alpha').silicon.progress);
    }
    expect(stages).toEqual(['tapeout', 'ramp', 'volume', 'volume']);
    expect(progress).toEqual([5_000_000, 3_000_000, 0, 0]);
    expect(player(s, 'alpha').silicon.invested).toBe(6_000_000);
    expect(lastRecord(s).metrics.find((m) => m.playerId === 'alpha')?.siliconStage).toBe('volume');
  });

  it('moves only when the stage is paid for in full', () => {
    let s = resolveWith(newGame(), { alpha: { siliconInvestment: 999_999 } });
    expect(player(s, 'alpha').silicon).toEqual({ stage: 'design', progress: 999_999, invested: 999_999, bookedPeak: 0 });
    s = playQuarter(playQuarter(newGame(), { alpha: { siliconInvestment: 999_999 } }), { alpha: { siliconInvestment: 1 } });
    expect(player(s, 'alpha').silicon).toEqual({ stage: 'tapeout', progress: 0, invested: 1_000_000, bookedPeak: 0 });
    expect(player(s, 'alpha').cash).toBe(100_000_000 + 3 * 50_000_000 - 1_000_000 - 2 * 100_000);
  });

  it('setbackPct 100 holds the stage every quarter; 0 never does', () => {
    let s = newGame({ silicon: { ...makeScenario().silicon, setbackPct: 100 } });
    s = resolveWith(s, { alpha: { siliconInvestment: 6_000_000 } });
    expect(player(s, 'alpha').silicon.stage).toBe('design');
    expect(lastRecord(s).notes).toContainEqual({ code: 'siliconSetback', playerId: 'alpha', values: { stage: 'design' } });
    for (let q = 1; q < 4; q++) {
      s = resolveWith(advance(s));
      expect(player(s, 'alpha').silicon.stage).toBe('design');
      expect(player(s, 'alpha').silicon.progress).toBe(6_000_000);
    }
    for (const seed of ['x', 'y', 'z']) {
      const t = resolveWith(newGame({}, seed), { alpha: { siliconInvestment: 1_000_000 } });
      expect(player(t, 'alpha').silicon.stage).toBe('tapeout');
    }
  });

  it('a setback at 50% follows the game rng', () => {
    const seen = new Set<boolean>();
    for (let k = 0; k < 12; k++) {
      const s0 = newGame({ silicon: { ...makeScenario().silicon, setbackPct: 50 } }, `respin-${k}`);
      // Nothing draws before alpha's stage completion.
      const setback = openRng(s0.rng).next() * 100 < 50;
      const s1 = resolveWith(s0, { alpha: { siliconInvestment: 1_000_000 } });
      expect(player(s1, 'alpha').silicon.stage).toBe(setback ? 'design' : 'tapeout');
      expect(lastRecord(s1).notes.map((n) => n.code)).toContain(setback ? 'siliconSetback' : 'siliconAdvanced');
      seen.add(setback);
    }
    expect(seen).toEqual(new Set([true, false]));
  });

  it('stageCost is 0 for none and volume', () => {
    const s = newGame();
    expect(['none', 'design', 'tapeout', 'ramp', 'volume'].map((x) => stageCost(s, x as never))).toEqual([0, 1_000_000, 2_000_000, 3_000_000, 0]);
  });
});

describe('custom orders', () => {
  it('need the ramp or volume stage', () => {
    for (const stage of ['none', 'design', 'tapeout'] as const) {
      const s = newGame(withSilicon({ alpha: { startStage: stage } }));
      const e = reject(s, { type: 'submitOrders', playerId: 'alpha', orders: { customOrder: 10 } });
      expect(e).toEqual({ code: 'SILICON_TOO_EARLY', values: { chip: 'Chip', stage }, message: `Chip is at stage "${stage}": custom chips can be ordered from the ramp stage on`, path: 'orders.customOrder' });
    }
  });

  it('are capped by rampCap while ramping, not in volume', () => {
    const ramp = newGame(withSilicon({ alpha: { startStage: 'ramp' } }));
    expect(reject(ramp, { type: 'submitOrders', playerId: 'alpha', orders: { customOrder: 101 } })).toEqual({ code: 'SILICON_RAMP_CAP', values: { chip: 'Chip', max: 100 }, message: 'Chip is ramping: at most 100 units a quarter until volume', path: 'orders.customOrder' });
    const s1 = resolveWith(ramp, { alpha: { customOrder: 100 } });
    expect(player(s1, 'alpha').bookings).toEqual([{ units: 100, dueQuarter: 2, unitBalance: 3_750 }]);
    const volume = resolveWith(peak(newGame(withSilicon({ alpha: { startStage: 'volume' } }))), { alpha: { customOrder: 400 } });
    expect(player(volume, 'alpha').bookings).toEqual([{ units: 400, dueQuarter: 2, unitBalance: 3_750 }]);
  });

  it('are booked ahead: a non-refundable deposit now, the chips and the balance two quarters later (the default)', () => {
    // Unit cost $5,000, default deposit 25% = $1,250; balance $3,750 on delivery.
    const s1 = resolveWith(peak(newGame(withSilicon({ alpha: { startStage: 'volume' } }))), { alpha: { customOrder: 400 } });
    expect(player(s1, 'alpha').fleet.custom).toBe(0);
    expect(metricsOf(lastRecord(s1), 'alpha').spend).toBe(400 * 1_250 + 100_000);
    expect(lastRecord(s1).notes).toContainEqual({ code: 'foundryBooked', playerId: 'alpha', values: { units: 400, quarter: 2 } });
    const s2 = resolveWith(advance(s1));
    expect(player(s2, 'alpha').fleet.custom).toBe(0);
    // The balance due is a running cost of the delivery quarter: "budget left" holds it back.
    const s3pre = advance(s2);
    expect(runningCosts(s3pre, 'alpha')).toBe(100_000 + 400 * 3_750);
    const s3 = resolveWith(s3pre);
    expect(player(s3, 'alpha').fleet.custom).toBe(400);
    expect(player(s3, 'alpha').totals.bought.custom).toBe(400);
    expect(player(s3, 'alpha').bookings).toEqual([]);
    expect(metricsOf(lastRecord(s3), 'alpha').spend).toBe(400 * 3_750 + 100_000);
    expect(lastRecord(s3).notes).toContainEqual({ code: 'foundryDelivered', playerId: 'alpha', values: { units: 400, cancelled: 0 } });
  });

  it('share what is still free pro rata, and units not granted lose their deposit', () => {
    // Pool 500 for quarter 2; alpha asks 600, beta 400: 300 and 200 booked, both pay deposits on all they asked.
    const s = resolveWith(peak(newGame(withSilicon({ alpha: { startStage: 'volume' }, beta: { startStage: 'volume' } }))), { alpha: { customOrder: 600 }, beta: { customOrder: 400 } });
    expect(player(s, 'alpha').bookings).toEqual([{ units: 300, dueQuarter: 2, unitBalance: 3_750 }]);
    expect(player(s, 'beta').bookings).toEqual([{ units: 200, dueQuarter: 2, unitBalance: 3_750 }]);
    expect(metricsOf(lastRecord(s), 'alpha').spend).toBe(600 * 1_250 + 100_000);
    expect(lastRecord(s).notes).toContainEqual({ code: 'foundryShort', playerId: 'alpha', values: { asked: 600, made: 300, lost: 300 * 1_250 } });
    expect(lastRecord(s).notes).toContainEqual({ code: 'foundryShort', playerId: 'beta', values: { asked: 400, made: 200, lost: 200 * 1_250 } });
    expect(foundryFree(s, 2)).toBe(0);
  });

  it('capacity booked earlier is taken: a later booking for the same quarter only gets what is left', () => {
    const scenario = withSilicon({ alpha: { startStage: 'volume' }, beta: { startStage: 'volume' } }, { silicon: { ...makeScenario().silicon, booking: { leadQuarters: 1, depositPct: 40 }, foundryPool: [500, 500, 500, 500] } });
    // Quarter 0: alpha books 450 for quarter 1. Quarter 1: beta books for quarter 2 (pool 500, all free).
    const s1 = resolveWith(peak(newGame(scenario)), { alpha: { customOrder: 450 } });
    expect(foundryFree(s1, 1)).toBe(50);
    expect(player(s1, 'alpha').bookings).toEqual([{ units: 450, dueQuarter: 1, unitBalance: 3_000 }]);
    expect(metricsOf(lastRecord(s1), 'alpha').spend).toBe(450 * 2_000 + 100_000);
    const s2 = resolveWith(advance(s1), { beta: { customOrder: 500 } });
    expect(player(s2, 'alpha').fleet.custom).toBe(450);
    expect(player(s2, 'beta').bookings).toEqual([{ units: 500, dueQuarter: 2, unitBalance: 3_000 }]);
  });

  it('a foundryAccess cut shrinks a region\'s share', () => {
    const scenario = withSilicon(
      { alpha: { startStage: 'volume' }, gamma: { startStage: 'volume' } },
      { events: [{ id: 'cut', quarter: 0, headline: { en: 'Cut', de: 'Kürzung' }, body: { en: '.', de: '.' }, source: 'test', effects: [{ kind: 'foundryAccess', region: 'CN', pct: -50, quarters: 1 }] }] },
    );
    const s0 = peak(newGame(scenario));
    expect(s0.modifiers).toEqual([{ kind: 'foundryAccess', region: 'CN', pct: -50, untilQuarter: 1 }]);
    // gamma (CN) counts as asking 200 of its 400, alpha 400: 500 x 400/600 = 333.3 and 500 x 200/600 = 166.7;
    // floors 333 + 166, the leftover unit to the larger remainder (gamma).
    const s1 = resolveWith(s0, { alpha: { customOrder: 400 }, gamma: { customOrder: 400 } });
    expect(player(s1, 'alpha').bookings[0]?.units).toBe(333);
    expect(player(s1, 'gamma').bookings[0]?.units).toBe(167);
    // gamma paid the deposit on all 400 it asked for.
    expect(metricsOf(lastRecord(s1), 'gamma').spend).toBe(400 * 1_250 + 100_000);
    // Next quarter the cut has expired and quarter 3's pool is free: both get what they ask.
    const s2 = resolveWith(advance(s1), { alpha: { customOrder: 250 }, gamma: { customOrder: 250 } });
    expect(s2.modifiers).toEqual([]);
    expect(player(s2, 'gamma').bookings.map((b) => b.units)).toEqual([167, 250]);
  });

  it('accessCutAsk is the one definition of a cut: chained, floored, bounded, never above the ask; the booking uses it', () => {
    const cut = (region: string, pct: number) => ({ kind: 'foundryAccess' as const, region, pct, untilQuarter: 4 });
    // Two cuts on CN chain and floor at each step: 999 -> 499 -> 374; another region's cut does not apply.
    expect(accessCutAsk([cut('CN', -50), cut('CN', -25), cut('US', -90)], 'CN', 999)).toBe(374);
    expect(foundryAccessPct([cut('CN', -50), cut('CN', -25)], 'CN')).toBe(37.5);
    // A -100% cut books nothing (not NaN); better access never counts more than the ask (and shows as 100%).
    expect(accessCutAsk([cut('CN', -100)], 'CN', 500)).toBe(0);
    expect(accessCutAsk([cut('US', 50)], 'US', 500)).toBe(500);
    expect(foundryAccessPct([cut('US', 50)], 'US')).toBe(100);
    expect(accessCutAsk([], undefined, 7)).toBe(7);
    // With the pool large enough for every ask, the engine books exactly the cut ask.
    const scenario = withSilicon(
      { gamma: { startStage: 'volume' } },
      { events: [{ id: 'cut', quarter: 0, headline: { en: 'Cut', de: 'Kürzung' }, body: { en: '.', de: '.' }, source: 'test', effects: [{ kind: 'foundryAccess', region: 'CN', pct: -30, quarters: 1 }] }] },
    );
    const s0 = peak(newGame(scenario));
    const s1 = resolveWith(s0, { gamma: { customOrder: 333 } });
    expect(player(s1, 'gamma').bookings[0]?.units).toBe(accessCutAsk(s0.modifiers, 'CN', 333));
    expect(player(s1, 'gamma').bookings[0]?.units).toBe(233);
  });

  it('with a lead of 0 a booking is delivered and paid in full in the same quarter, and never makes more than asked', () => {
    const scenario = withSilicon(
      { alpha: { startStage: 'volume' } },
      {
        companies: [company({ id: 'alpha', cash: 0, budget: [1_100_000, 0, 0, 0], powerMw: 10, silicon: chip({ startStage: 'volume' }) }), company({ id: 'beta' })],
        silicon: { ...makeScenario().silicon, booking: { leadQuarters: 0, depositPct: 25 } },
        events: [{ id: 'boost', quarter: 0, headline: { en: 'Boost', de: 'Schub' }, body: { en: '.', de: '.' }, source: 'test', effects: [{ kind: 'foundryAccess', region: 'US', pct: 50, quarters: 1 }] }],
      },
    );
    // alpha has 1.1M: 200 chips at $5,000 = 1M plus $100,000 opex, exactly its cash.
    expect(reject(peak(newGame(scenario)), { type: 'submitOrders', playerId: 'alpha', orders: { customOrder: 201 } }).code).toBe('OVER_BUDGET');
    const s1 = resolveWith(peak(newGame(scenario)), { alpha: { customOrder: 200 } });
    expect(player(s1, 'alpha').fleet.custom).toBe(200);
    expect(metricsOf(lastRecord(s1), 'alpha').spend).toBe(1_000_000 + 100_000);
    expect(player(s1, 'alpha').cash).toBeGreaterThanOrEqual(0);
  });

  it('grow at most growthPct a quarter over the largest booking so far (a programme scales up over quarters)', () => {
    // Default growth 50%: no history -> rampCap (100); a programme starting in volume with 2,000 chips starts
    // from a quarter of its fleet (500) -> 750.
    const fresh = newGame(withSilicon({ alpha: { startStage: 'volume' }, beta: { startStage: 'volume', startFleet: 2_000 } }));
    expect(bookingCap(fresh, player(fresh, 'alpha'))).toBe(100);
    expect(bookingCap(fresh, player(fresh, 'beta'))).toBe(750);
    expect(reject(fresh, { type: 'submitOrders', playerId: 'beta', orders: { customOrder: 751 } })).toEqual({ code: 'BOOKING_GROWTH_CAP', values: { chip: 'Chip', max: 750, pct: 50 }, message: 'Chip can book at most 750 units this quarter: bookings grow at most 50% a quarter over the largest so far', path: 'orders.customOrder' });
    // beta books 400 of its 750 (peak stays 500); alpha books its 100 -> next quarter 150.
    const s1 = resolveWith(fresh, { alpha: { customOrder: 100 }, beta: { customOrder: 400 } });
    expect(player(s1, 'alpha').silicon.bookedPeak).toBe(100);
    expect(player(s1, 'beta').silicon.bookedPeak).toBe(500);
    expect(bookingCap(s1, player(s1, 'alpha'))).toBe(150);
    // A scenario may set its own growth.
    const slow = newGame(withSilicon({ alpha: { startStage: 'volume' } }, { silicon: { ...makeScenario().silicon, booking: { leadQuarters: 2, depositPct: 25, growthPct: 10 } } }));
    expect(bookingCap(peak(slow), player(peak(slow), 'alpha'))).toBe(1_100);
  });

  it('cannot be booked for delivery after the game\'s last quarter', () => {
    // 4 quarters, lead 2: quarter 2 would deliver in quarter 4, after the end.
    let s = newGame(withSilicon({ alpha: { startStage: 'volume' } }));
    s = advance(resolveWith(advance(resolveWith(s))));
    expect(s.quarter).toBe(2);
    expect(reject(s, { type: 'submitOrders', playerId: 'alpha', orders: { customOrder: 1 } })).toEqual({ code: 'BOOKING_TOO_LATE', values: { lead: 2 }, message: "foundry bookings are delivered 2 quarter(s) later, after the game's last quarter: none can be booked now", path: 'orders.customOrder' });
  });

  it('a delivery the company cannot pay for in full is cut to what its cash covers, the rest cancelled', () => {
    const s = newGame(withSilicon({ alpha: { startStage: 'volume' } }));
    const p = { ...player(s, 'alpha'), cash: 10_000, bookings: [{ units: 5, dueQuarter: 0, unitBalance: 3_000 }], fleet: { ...player(s, 'alpha').fleet } };
    const ledger = newLedger();
    const notes: ResolutionNote[] = [];
    produceCustom(s, [p], [emptyOrders()], [ledger], notes);
    expect(p.fleet.custom).toBe(3);
    expect(p.cash).toBe(1_000);
    expect(p.bookings).toEqual([]);
    expect(notes).toEqual([{ code: 'foundryDelivered', playerId: 'alpha', values: { units: 3, cancelled: 2 } }]);
  });
});

describe('proRata', () => {
  it('gives everyone what they ask when the pool suffices', () => {
    expect(proRata(10, [3, 3, 3])).toEqual([3, 3, 3]);
    expect(proRata(10, [])).toEqual([]);
  });
  it('splits by share with the leftover by largest remainder, ties in order', () => {
    expect(proRata(10, [5, 5, 5])).toEqual([4, 3, 3]);
    expect(proRata(2, [1, 2])).toEqual([1, 1]);
    expect(proRata(7, [10, 0, 4])).toEqual([5, 0, 2]);
    expect(proRata(0, [5, 5])).toEqual([0, 0]);
  });
  it('never exceeds the pool nor what was asked', () => {
    for (let pool = 0; pool < 40; pool++) {
      const wants = [pool % 7, 13, (pool * 3) % 11, 1, 0];
      const got = proRata(pool, wants);
      expect(got.reduce((a, b) => a + b, 0)).toBe(Math.min(pool, wants.reduce((a, b) => a + b, 0)));
      got.forEach((g, i) => {
        expect(g).toBeGreaterThanOrEqual(0);
        expect(g).toBeLessThanOrEqual(wants[i] as number);
      });
    }
  });
});

