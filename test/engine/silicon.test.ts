import { describe, expect, it } from 'vitest';
import { openRng, type Scenario, type SiliconSpec } from '../../src/engine';
import { proRata, stageCost } from '../../src/engine/silicon';
import { advance, lastRecord, metricsOf, newGame, player, playQuarter, reject, resolveWith } from '../helpers/game';
import { company, makeScenario } from '../helpers/scenario';

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
    expect(player(s, 'alpha').silicon).toEqual({ stage: 'design', progress: 999_999, invested: 999_999 });
    s = playQuarter(playQuarter(newGame(), { alpha: { siliconInvestment: 999_999 } }), { alpha: { siliconInvestment: 1 } });
    expect(player(s, 'alpha').silicon).toEqual({ stage: 'tapeout', progress: 0, invested: 1_000_000 });
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
      expect(e).toEqual({ code: 'SILICON_NOT_READY', message: `Chip is at stage "${stage}": custom chips can be ordered from the ramp stage on`, path: 'orders.customOrder' });
    }
  });

  it('are capped by rampCap while ramping, not in volume', () => {
    const ramp = newGame(withSilicon({ alpha: { startStage: 'ramp' } }));
    expect(reject(ramp, { type: 'submitOrders', playerId: 'alpha', orders: { customOrder: 101 } })).toEqual({
      code: 'SILICON_NOT_READY',
      message: 'Chip is ramping: at most 100 units a quarter until volume',
      path: 'orders.customOrder',
    });
    const s1 = resolveWith(ramp, { alpha: { customOrder: 100 } });
    expect(player(s1, 'alpha').fleet.custom).toBe(100);
    expect(player(s1, 'alpha').totals.bought.custom).toBe(100);
    const volume = resolveWith(newGame(withSilicon({ alpha: { startStage: 'volume' } })), { alpha: { customOrder: 400 } });
    expect(player(volume, 'alpha').fleet.custom).toBe(400);
    // 400 x $5,000 at cost; the 400 custom chips (0.5 H100e, no MIG) take the whole pool.
    expect(player(volume, 'alpha').cash).toBe(150_000_000 - 2_000_000 + 1_000_000 - 100_000);
  });

  it('investing in a programme already in volume is refused', () => {
    const s = newGame(withSilicon({ alpha: { startStage: 'volume' } }));
    expect(reject(s, { type: 'submitOrders', playerId: 'alpha', orders: { siliconInvestment: 1 } })).toEqual({
      code: 'SILICON_NOT_READY',
      message: 'Chip is already in volume production: there is no stage left to fund',
      path: 'orders.siliconInvestment',
    });
  });

  it('share the foundry pool pro rata', () => {
    // Pool 500; alpha asks 600, beta 400: 300 and 200.
    const s = resolveWith(newGame(withSilicon({ alpha: { startStage: 'volume' }, beta: { startStage: 'volume' } })), { alpha: { customOrder: 600 }, beta: { customOrder: 400 } });
    expect(player(s, 'alpha').fleet.custom).toBe(300);
    expect(player(s, 'beta').fleet.custom).toBe(200);
    expect(metricsOf(lastRecord(s), 'alpha').spend).toBe(300 * 5_000 + 100_000);
    expect(lastRecord(s).notes).toContainEqual({ code: 'foundryShort', playerId: 'alpha', values: { asked: 600, made: 300 } });
    expect(lastRecord(s).notes).toContainEqual({ code: 'foundryShort', playerId: 'beta', values: { asked: 400, made: 200 } });
  });

  it('a foundryAccess cut shrinks a region\'s share', () => {
    const scenario = withSilicon(
      { alpha: { startStage: 'volume' }, gamma: { startStage: 'volume' } },
      { events: [{ id: 'cut', quarter: 0, headline: { en: 'Cut', de: 'Kürzung' }, body: { en: '.', de: '.' }, source: 'test', effects: [{ kind: 'foundryAccess', region: 'CN', pct: -50, quarters: 1 }] }] },
    );
    const s0 = newGame(scenario);
    expect(s0.modifiers).toEqual([{ kind: 'foundryAccess', region: 'CN', pct: -50, untilQuarter: 1 }]);
    // gamma (CN) counts as asking 200 of its 400, alpha 400: 500 x 400/600 = 333.3 and 500 x 200/600 = 166.7;
    // floors 333 + 166, the leftover unit to the larger remainder (gamma).
    const s1 = resolveWith(s0, { alpha: { customOrder: 400 }, gamma: { customOrder: 400 } });
    expect(player(s1, 'alpha').fleet.custom).toBe(333);
    expect(player(s1, 'gamma').fleet.custom).toBe(167);
    expect(metricsOf(lastRecord(s1), 'gamma').spend).toBe(167 * 5_000 + 100_000);
    // Next quarter the cut has expired: the pool covers both in full.
    const s2 = resolveWith(advance(s1), { alpha: { customOrder: 250 }, gamma: { customOrder: 250 } });
    expect(s2.modifiers).toEqual([]);
    expect(player(s2, 'gamma').fleet.custom).toBe(167 + 250);
  });

  it('a foundryAccess boost never makes more chips than ordered (nor spends more than validated)', () => {
    const scenario = withSilicon(
      { alpha: { startStage: 'volume' } },
      {
        companies: [company({ id: 'alpha', cash: 0, budget: [1_100_000, 0, 0, 0], powerMw: 10, silicon: chip({ startStage: 'volume' }) }), company({ id: 'beta' })],
        events: [{ id: 'boost', quarter: 0, headline: { en: 'Boost', de: 'Schub' }, body: { en: '.', de: '.' }, source: 'test', effects: [{ kind: 'foundryAccess', region: 'US', pct: 50, quarters: 1 }] }],
      },
    );
    // alpha has 1.1M: 200 chips at $5,000 = 1M plus $100,000 opex, exactly its cash.
    const s1 = resolveWith(newGame(scenario), { alpha: { customOrder: 200 } });
    expect(player(s1, 'alpha').fleet.custom).toBe(200);
    expect(metricsOf(lastRecord(s1), 'alpha').spend).toBe(1_000_000 + 100_000);
    expect(player(s1, 'alpha').cash).toBeGreaterThanOrEqual(0);
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

