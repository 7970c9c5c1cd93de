import { describe, expect, it } from 'vitest';
import {
  evaluateGoals,
  HARD_ROW,
  NORMAL_ROW,
  listScenarios,
  listStrategies,
  meanInterval,
  planSweep,
  runSweep,
  summariseSweep,
  sweepSeed,
  wilson,
  type BalanceCell,
  type BalanceResult,
  type SweepOptions,
} from '../../src/cli/balance';
import { loadScenario } from '../../src/cli/load';

describe('balance statistics', () => {
  it('the Wilson interval matches known values', () => {
    // 0 of 10: [0, z²/(n+z²)] = [0, 0.2775]; 5 of 10: [0.2366, 0.7634]; 8 of 10: [0.4902, 0.9433]; 10 of 10: [0.7225, 1].
    const cases: [number, number, number, number][] = [
      [0, 10, 0, 0.2775],
      [5, 10, 0.2366, 0.7634],
      [8, 10, 0.4902, 0.9433],
      [10, 10, 0.7225, 1],
      [1, 100, 0.0018, 0.0545],
    ];
    for (const [k, n, lo, hi] of cases) {
      const [a, b] = wilson(k, n);
      expect(a, `${k}/${n} low`).toBeCloseTo(lo, 3);
      expect(b, `${k}/${n} high`).toBeCloseTo(hi, 3);
    }
    expect(wilson(0, 0)).toEqual([0, 1]);
  });

  it('the mean interval is mean ± 1.96 sd/√n', () => {
    const m = meanInterval([1, 2, 3, 4, 5]);
    // sd = √2.5 = 1.5811; half = 1.96 × 1.5811 / √5 = 1.3859.
    expect(m.mean).toBe(3);
    expect(m.ci95[0]).toBeCloseTo(1.6141, 3);
    expect(m.ci95[1]).toBeCloseTo(4.3859, 3);
    expect(meanInterval([2])).toEqual({ mean: 2, ci95: [2, 2] });
  });
});

describe('balance sweep', () => {
  it('finds the shipped scenarios and strategies (at least twelve, helpers skipped)', () => {
    const scenarios = listScenarios();
    expect(scenarios).toContain('scenarios/2024-hopper-scramble.json');
    expect(scenarios.some((f) => f.endsWith('scenario.schema.json'))).toBe(false);
    const strategies = listStrategies();
    expect(strategies.length).toBeGreaterThanOrEqual(12);
    expect(strategies).toContain('sensible-buyer');
    expect(strategies.some((s) => s.startsWith('_'))).toBe(false);
  });

  it('plans every seat × (strategies + normal and hard rows) × games, sharing seeds across cells of a scenario and field', () => {
    const file = 'scenarios/tutorial.json';
    const sc = loadScenario(file);
    const opts: SweepOptions = { scenarios: [file], strategies: ['never-bid', 'bid-x3'], fields: ['normal', 'hard'], games: 3, hardGames: 2, seed: 's', iterations: 100 };
    const tasks = planSweep(opts, new Map([[file, sc]]));
    expect(tasks.length).toBe(sc.companies.length * 4 * (3 + 2));
    expect(new Set(tasks.map((t) => t.strategy))).toEqual(new Set(['never-bid', 'bid-x3', NORMAL_ROW, HARD_ROW]));
    const seeds = new Set(tasks.filter((t) => t.field === 'normal').map((t) => t.seed));
    expect(seeds).toEqual(new Set([0, 1, 2].map((g) => sweepSeed('s', sc.id, 'normal', g))));
  });

  it('carries the hard bots\' imagined futures into every game: the tested seat\'s and the field\'s', () => {
    const file = 'scenarios/tutorial.json';
    const sc = loadScenario(file);
    const base: SweepOptions = { scenarios: [file], strategies: ['never-bid'], fields: ['hard'], games: 1, hardGames: 1, seed: 's', iterations: 100 };
    const plain = planSweep(base, new Map([[file, sc]]));
    expect(plain.every((t) => t.futures === undefined && t.fieldFutures === undefined)).toBe(true);
    const both = planSweep({ ...base, futures: 2 }, new Map([[file, sc]]));
    expect(both.every((t) => t.futures === 2 && t.fieldFutures === 2)).toBe(true);
    const fieldOnly = planSweep({ ...base, futures: 1, fieldFutures: 0 }, new Map([[file, sc]]));
    expect(fieldOnly.every((t) => t.futures === 1 && t.fieldFutures === 0)).toBe(true);
  });

  it('runs a small sweep and reports the JSON shape: games, cells with intervals, worst, goals', async () => {
    const s = await runSweep({ scenarios: ['scenarios/tutorial.json'], strategies: ['never-bid', 'sensible-buyer'], fields: ['normal'], games: 2, hardGames: 1, seed: 'shape', iterations: 200 }, 1);
    const json = JSON.parse(JSON.stringify(s)) as typeof s;
    expect(json.games).toBe(3 * 4 * 2);
    expect(json.cells.length).toBe(12);
    for (const c of json.cells) {
      expect(Object.keys(c).sort()).toEqual(['beatParShare', 'ci95', 'field', 'games', 'margin', 'rejected', 'scenario', 'seat', 'strategy', 'winShare']);
      expect(c.games).toBe(2);
      expect(c.ci95.margin[0]).toBeLessThanOrEqual(c.margin);
      expect(c.ci95.margin[1]).toBeGreaterThanOrEqual(c.margin);
      expect(c.ci95.winShare[0]).toBeLessThanOrEqual(c.winShare);
      expect(c.ci95.winShare[1]).toBeGreaterThanOrEqual(c.winShare);
    }
    // Passing every quarter is far below par from every seat.
    for (const c of json.cells.filter((x) => x.strategy === 'never-bid')) expect(c.margin).toBeLessThan(-5);
    expect(json.worst?.strategy).not.toBe(HARD_ROW);
    expect(json.worst?.strategy).not.toBe(NORMAL_ROW);
    // The normal bot's own row sits near par in its own field (par is what it scores, in a harder field).
    for (const c of json.cells.filter((x) => x.strategy === NORMAL_ROW)) expect(Math.abs(c.margin)).toBeLessThan(5);
    expect(Object.keys(json.goals).sort()).toEqual(['hardBeatsBest', 'noDominantStrategy', 'sensibleNearPar']);
    expect(json.rejectedOrders).toBe(0);
  });
});

describe('balance sweep errors', () => {
  it('a strategy that throws stops the sweep (in worker threads too) with a message naming its file, seat and quarter', async () => {
    const opts: SweepOptions = { scenarios: ['scenarios/tutorial.json'], strategies: ['throws'], strategiesDir: 'test/fixtures/bots', fields: ['normal'], games: 2, hardGames: 1, seed: 'err', iterations: 100, hardRow: false };
    await expect(runSweep(opts, 1)).rejects.toThrow('test/fixtures/bots/throws.mjs (seat microsoft, quarter 1): decide threw: out of ideas');
    await expect(runSweep(opts, 2)).rejects.toThrow('test/fixtures/bots/throws.mjs (seat');
  }, 60_000);
});

describe('balance goals', () => {
  const cell = (seat: string, strategy: string, margin: number, beatParShare: number, field: 'normal' | 'hard' = 'normal'): BalanceCell => ({
    scenario: '2024-hopper-scramble',
    seat,
    strategy,
    field,
    games: 10,
    margin,
    winShare: 0,
    beatParShare,
    ci95: { margin: [margin, margin], winShare: [0, 0], beatParShare: [beatParShare, beatParShare] },
    rejected: 0,
  });
  const seats = ['microsoft', 'meta', 'google', 'amazon', 'bytedance', 'tencent'];

  it('pass when no strategy dominates, the sensible buyer is near par and the hard bot beats the best strategy', () => {
    const cells = seats.flatMap((s) => [cell(s, 'bid-x3', -4, 0.1), cell(s, 'sensible-buyer', -1, 0.3), cell(s, HARD_ROW, 1, 0.6)]);
    const g = evaluateGoals(cells);
    expect(g.noDominantStrategy.pass).toBe(true);
    expect(g.sensibleNearPar.pass).toBe(true);
    expect(g.hardBeatsBest.pass).toBe(true);
  });

  it('judge scripted strategies only: the normal-bot row is a reference, and a flagged cell says when the normal bot itself beats par as often there', () => {
    const base = seats.flatMap((s) => [cell(s, 'bid-x3', -4, 0.1), cell(s, 'sensible-buyer', -1, 0.3), cell(s, HARD_ROW, 1, 0.6)]);
    // The normal bot beating par often from Microsoft is not a dominant strategy, and not the best strategy the hard bot must beat.
    const g = evaluateGoals([...base, ...seats.map((s) => cell(s, NORMAL_ROW, s === 'microsoft' ? 2 : 0, s === 'microsoft' ? 0.7 : 0.2))]);
    expect(g.noDominantStrategy.pass).toBe(true);
    expect(g.hardBeatsBest.pass).toBe(true);
    // A scripted cell flagged where the normal bot is flagged too is counted as such.
    const flagged = base.map((c) => (c.seat === 'microsoft' && c.strategy === 'bid-x3' ? { ...c, margin: 2, beatParShare: 0.6 } : c));
    const h = evaluateGoals([...flagged, ...seats.map((s) => cell(s, NORMAL_ROW, s === 'microsoft' ? 2 : 0, s === 'microsoft' ? 0.7 : 0.2))]);
    expect(h.noDominantStrategy.pass).toBe(false);
    expect(h.noDominantStrategy.detail).toContain('in 1 of them the normal bot itself beats par as often');
    const k = evaluateGoals([...flagged, ...seats.map((s) => cell(s, NORMAL_ROW, 0, 0.2))]);
    expect(k.noDominantStrategy.detail).not.toContain('normal bot itself');
  });

  it('fail on a dominant cell, a sensible buyer far from par, or a hard bot beaten from two seats', () => {
    const cells = seats.flatMap((s, i) => [cell(s, 'bid-x3', i < 2 ? 3 : -4, i === 0 ? 0.41 : 0.1), cell(s, 'sensible-buyer', i === 5 ? -3.5 : 0, 0.2), cell(s, HARD_ROW, 1, 0.6)]);
    const g = evaluateGoals(cells);
    expect(g.noDominantStrategy.pass).toBe(false);
    expect(g.noDominantStrategy.detail).toContain('bid-x3 from microsoft');
    expect(g.sensibleNearPar.pass).toBe(false);
    expect(g.sensibleNearPar.detail).toContain('tencent');
    expect(g.hardBeatsBest.pass).toBe(false);
    expect(g.hardBeatsBest.detail).toContain('from 4 of 6 seats');
    // Beaten from one seat only still passes (five of six).
    const one = seats.flatMap((s, i) => [cell(s, 'bid-x3', i === 0 ? 3 : -4, 0.1), cell(s, HARD_ROW, 1, 0.6)]);
    expect(evaluateGoals(one).hardBeatsBest.pass).toBe(true);
  });

  it('the worst cell is the scripted cell that beats par by more than 1 point most often', () => {
    const tasks = [0, 1, 2, 3].map((id) => ({ id, scenarioFile: 'x.json', seat: 0, strategy: id < 2 ? 'a' : HARD_ROW, strategiesDir: 'strategies', field: 'normal' as const, seed: String(id % 2), iterations: 1 }));
    const results: BalanceResult[] = [
      { id: 0, margin: 2, rank: 1, rejected: 0, rejections: [] },
      { id: 1, margin: 0, rank: 2, rejected: 0, rejections: [] },
      { id: 2, margin: 5, rank: 1, rejected: 0, rejections: [] },
      { id: 3, margin: 5, rank: 1, rejected: 0, rejections: [] },
    ];
    const s = summariseSweep(tasks, results, new Map());
    expect(s.cells.length).toBe(2);
    expect(s.worst).toMatchObject({ strategy: 'a', games: 2, margin: 1, winShare: 0.5, beatParShare: 0.5 });
  });
});
