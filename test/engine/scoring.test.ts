import { describe, expect, it } from 'vitest';
import { finalStandings, rank, type GameState, type PlayerMetrics } from '../../src/engine';
import { depreciation, profitOf, scoreAll, type ScoreInput } from '../../src/engine/scoring';
import { advance, lastRecord, metricsOf, newGame, resolveWith } from '../helpers/game';
import { company, makeScenario } from '../helpers/scenario';

const stateWith = (weights: { capability: number; market: number; independence: number; efficiency: number }) =>
  ({ scenario: makeScenario({ scoring: { weights } }) }) as GameState;

describe('scoreAll', () => {
  it('scales each part to 0..1000 against the best and weights them', () => {
    const a: ScoreInput = { computeQuarters: 100, profit: 400, deployedH100e: 80, ownSiliconH100e: 20, fleetMw: 10, powerMw: 10 };
    const b: ScoreInput = { computeQuarters: 50, profit: 200, deployedH100e: 30, ownSiliconH100e: 0, fleetMw: 2, powerMw: 2 };
    const [sa, sb] = scoreAll(stateWith({ capability: 40, market: 30, independence: 15, efficiency: 15 }), [a, b]);
    // a: capability 100/100, profit 400/400, independence 20/80, efficiency 8 H100e/MW against b's 15.
    expect(sa?.parts).toEqual({ capability: 1000, market: 1000, independence: 250, efficiency: 533 });
    expect(sb?.parts).toEqual({ capability: 500, market: 500, independence: 0, efficiency: 1000 });
    // (40 x 1000 + 30 x 1000 + 15 x 250 + 15 x 533) / 100 = 817.45; (40 x 500 + 30 x 500 + 15 x 1000) / 100 = 500.
    expect(sa?.score).toBe(817);
    expect(sb?.score).toBe(500);
  });

  it('gives 0 for parts nobody has, and one weight alone is that part', () => {
    const zero: ScoreInput = { computeQuarters: 0, profit: 0, deployedH100e: 0, ownSiliconH100e: 0, fleetMw: 0, powerMw: 0 };
    expect(scoreAll(stateWith({ capability: 1, market: 1, independence: 1, efficiency: 1 }), [zero, zero])).toEqual([
      { score: 0, parts: { capability: 0, market: 0, independence: 0, efficiency: 0 } },
      { score: 0, parts: { capability: 0, market: 0, independence: 0, efficiency: 0 } },
    ]);
    const own: ScoreInput = { ...zero, deployedH100e: 10, ownSiliconH100e: 10, fleetMw: 1, powerMw: 1 };
    expect(scoreAll(stateWith({ capability: 0, market: 0, independence: 5, efficiency: 0 }), [own])[0]?.score).toBe(1000);
  });

  it('efficiency counts the power the whole fleet would draw: idle chips lower it', () => {
    const base: ScoreInput = { computeQuarters: 100, profit: 100, deployedH100e: 1_000, ownSiliconH100e: 0, fleetMw: 10, powerMw: 10 };
    // Same chips running on the same power, but the second also owns chips that would need 10 MW more.
    const idle: ScoreInput = { ...base, fleetMw: 20 };
    const [a, b] = scoreAll(stateWith({ capability: 0, market: 0, independence: 0, efficiency: 1 }), [base, idle]);
    expect(a?.parts.efficiency).toBe(1000);
    expect(b?.parts.efficiency).toBe(500);
    // Power built and left empty lowers it as before.
    const [, c] = scoreAll(stateWith({ capability: 0, market: 0, independence: 0, efficiency: 1 }), [base, { ...base, powerMw: 40 }]);
    expect(c?.parts.efficiency).toBe(250);
  });

  it('market is profit: a loss scores 0 and the best profit 1000', () => {
    const x = (profit: number): ScoreInput => ({ computeQuarters: 1, profit, deployedH100e: 1, ownSiliconH100e: 0, fleetMw: 1, powerMw: 1 });
    const parts = scoreAll(stateWith({ capability: 0, market: 1, independence: 0, efficiency: 0 }), [x(-500), x(300), x(600)]).map((r) => r.parts.market);
    expect(parts).toEqual([0, 500, 1000]);
  });

  it('independence cannot be won by a tiny fleet: own chips count against the median fleet', () => {
    const x = (deployed: number, own: number): ScoreInput => ({ computeQuarters: 1, profit: 1, deployedH100e: deployed, ownSiliconH100e: own, fleetMw: 1, powerMw: 1 });
    // Median fleet of [100, 1,000, 1,000] is 1,000: a 100-H100e fleet all on own silicon is a tenth independent.
    const parts = scoreAll(stateWith({ capability: 0, market: 0, independence: 1, efficiency: 0 }), [x(100, 100), x(1_000, 500), x(1_000, 0)]).map((r) => r.parts.independence);
    expect(parts).toEqual([100, 500, 0]);
  });
});

describe('scoreAll against a yardstick (scoring.reference)', () => {
  const reference = { capability: [100, 300], market: [400, 1_000], efficiency: [10, 20] };
  const at = (quarter: number) => ({ scenario: makeScenario({ quarters: 2, scoring: { weights: { capability: 40, market: 30, independence: 15, efficiency: 15 }, reference } }), quarter }) as GameState;
  const a: ScoreInput = { computeQuarters: 150, profit: 200, deployedH100e: 80, ownSiliconH100e: 20, fleetMw: 10, powerMw: 10 };
  const b: ScoreInput = { computeQuarters: 50, profit: 100, deployedH100e: 30, ownSiliconH100e: 0, fleetMw: 2, powerMw: 2 };

  it("measures capability, market and efficiency against the quarter's yardstick, capped at 1000", () => {
    // Quarter 0: a passes the capability yardstick (150 against 100), b the efficiency one (15 H100e/MW against 10): both capped.
    const [sa, sb] = scoreAll(at(0), [a, b]);
    expect(sa?.parts).toEqual({ capability: 1000, market: 500, independence: 250, efficiency: 800 });
    expect(sb?.parts).toEqual({ capability: 500, market: 250, independence: 0, efficiency: 1000 });
    // Quarter 1: the yardstick grew, the same inputs score less.
    const [la] = scoreAll(at(1), [a, b]);
    expect(la?.parts).toEqual({ capability: 500, market: 200, independence: 250, efficiency: 400 });
  });

  it("one company's play does not move another's parts: only its own numbers and the yardstick do", () => {
    const alone = scoreAll(at(1), [b])[0];
    const withGiant = scoreAll(at(1), [b, { ...a, computeQuarters: 10_000, profit: 1e6 }])[0];
    expect(withGiant?.parts.capability).toBe(alone?.parts.capability);
    expect(withGiant?.parts.market).toBe(alone?.parts.market);
    // Against the best (no yardstick), the giant would have cut b's capability to 5 and its market to 0.
    const vsBest = scoreAll(stateWith({ capability: 40, market: 30, independence: 15, efficiency: 15 }), [b, { ...a, computeQuarters: 10_000, profit: 1e6 }])[0];
    expect(vsBest?.parts.capability).toBe(5);
  });
});

describe('depreciation and profit', () => {
  it('writes capital off straight line over the asset life, never more than is left', () => {
    expect(depreciation(2_000, 0, 20)).toBe(100);
    expect(depreciation(2_000, 1_950, 20)).toBe(50);
    expect(depreciation(2_000, 2_000, 20)).toBe(0);
    expect(depreciation(999, 0, 20)).toBe(49);
    expect(profitOf({ revenue: 1_000, running: 200, writtenOff: 300 })).toBe(500);
  });
});

describe('scores in a game', () => {
  it('match a tiny case worked by hand', () => {
    // alpha runs 1,000 H100, beta 500, gamma none; 10 MW each (opex 100,000 a quarter); empty orders.
    const s = resolveWith(newGame({ companies: [company({ id: 'alpha', fleet: { H100: 1_000 } }), company({ id: 'beta', fleet: { H100: 500 } }), company({ id: 'gamma', region: 'CN', tier: 'T3' })] }));
    const rec = lastRecord(s);
    // Pool 1M split 2:1 -> 666,667 and 333,333; less opex: profit 566,667; 233,333; -100,000. Cash is not in it.
    expect(rec.metrics.map((m) => m.profit)).toEqual([566_667, 233_333, -100_000]);
    expect(metricsOf(rec, 'alpha').parts).toEqual({ capability: 1000, market: 1000, independence: 0, efficiency: 1000 });
    // beta: market 1000 x 233,333 / 566,667 = 411.8; efficiency 50 H100e/MW against 100.
    expect(metricsOf(rec, 'beta').parts).toEqual({ capability: 500, market: 412, independence: 0, efficiency: 500 });
    expect(metricsOf(rec, 'gamma').parts).toEqual({ capability: 0, market: 0, independence: 0, efficiency: 0 });
    // (40 x 1000 + 30 x 1000 + 15 x 1000) / 100 = 850; (20,000 + 12,360 + 7,500) / 100 = 398.6.
    expect(rec.metrics.map((m) => m.score)).toEqual([850, 399, 0]);
  });

  it('unspent cash is not profit, and capital spend is written off over the asset life', () => {
    // alpha builds 10 MW (10M of capital); beta keeps its cash. Same chips, same revenue.
    let s = newGame({ companies: [company({ id: 'alpha', fleet: { H100: 1_000 } }), company({ id: 'beta', fleet: { H100: 1_000 }, cash: 900_000_000 })] });
    s = resolveWith(s, { alpha: { powerBuild: 10 } });
    const rec = lastRecord(s);
    const [a, b] = s.players;
    expect(a?.totals.capex).toBe(10_000_000);
    expect(a?.totals.writtenOff).toBe(500_000);
    expect(b?.totals.capex).toBe(0);
    // Both earn 500,000 and pay 100,000 opex; alpha also writes off a twentieth of its 10M.
    expect(rec.metrics.map((m) => m.profit)).toEqual([500_000 - 100_000 - 500_000, 500_000 - 100_000]);
    expect(rec.metrics.map((m) => m.parts.market)).toEqual([0, 1000]);
  });

  it('capability accumulates deployed H100e-quarters', () => {
    let s = newGame({ companies: [company({ id: 'alpha', fleet: { H100: 1_000 } }), company({ id: 'beta', fleet: { H100: 400 } })] });
    for (let q = 0; q < 3; q++) s = resolveWith(q === 0 ? s : advance(s));
    expect(s.players.map((p) => p.totals.computeQuarters)).toEqual([3_000, 1_200]);
    expect(lastRecord(s).metrics.map((m) => m.parts.capability)).toEqual([1000, 400]);
  });
});

describe('standings', () => {
  const m = (playerId: string, score: number, capability: number): PlayerMetrics => ({ playerId, score, parts: { capability, market: 0, independence: 0, efficiency: 0 } }) as PlayerMetrics;

  it('rank by score, then capability, then scenario order', () => {
    expect(rank([m('a', 500, 10), m('b', 700, 0), m('c', 500, 20), m('d', 500, 10)]).map((r) => [r.playerId, r.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
      ['d', 4],
    ]);
  });

  it('finalStandings ranks 1..n after the last quarter, empty before the first', () => {
    let s = newGame({ companies: [company({ id: 'alpha', fleet: { H100: 100 } }), company({ id: 'beta', fleet: { H100: 900 } }), company({ id: 'gamma', region: 'CN', tier: 'T3' })] });
    expect(finalStandings(s)).toEqual([]);
    for (let q = 0; q < 4; q++) s = advance(resolveWith(s));
    expect(s.phase).toBe('gameOver');
    const st = finalStandings(s);
    expect(st.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(st.map((r) => r.playerId)).toEqual(['beta', 'alpha', 'gamma']);
    for (let k = 1; k < st.length; k++) expect((st[k - 1] as { score: number }).score).toBeGreaterThanOrEqual((st[k] as { score: number }).score);
    expect(st).toEqual(rank(lastRecord(s).metrics));
  });

  it('with a par rank by score minus par: a low score that beats its par wins', () => {
    const st = rank([m('big', 900, 1000), m('small', 250, 100), m('mid', 600, 500)], { big: 92, small: 21.3, mid: 60 });
    expect(st.map((r) => [r.playerId, r.rank, r.par, r.margin])).toEqual([
      ['small', 1, 213, 37],
      ['mid', 2, 600, 0],
      ['big', 3, 920, -20],
    ]);
    // Equal margins fall back to the score.
    expect(rank([m('a', 500, 0), m('b', 700, 0)], { a: 40, b: 60 }).map((r) => r.playerId)).toEqual(['b', 'a']);
    // Without a par: no par, no margin.
    expect(rank([m('a', 500, 0)])[0]).toMatchObject({ par: null, margin: null });
  });

  it('finalStandings uses the par of the quarter just resolved', () => {
    const companies = [company({ id: 'alpha', fleet: { H100: 100 } }), company({ id: 'beta', fleet: { H100: 900 } })];
    // beta is far ahead on score; a par that expects even more of beta after quarter 1 (but not after quarter 0) puts alpha first then.
    let s = newGame({ companies, scoring: { weights: { capability: 40, market: 30, independence: 15, efficiency: 15 }, par: { alpha: [10, 10, 10, 10], beta: [10, 99, 99, 99] } } });
    s = resolveWith(s);
    expect(finalStandings(s).map((r) => r.playerId)).toEqual(['beta', 'alpha']);
    expect(finalStandings(s)[0]?.par).toBe(100);
    s = resolveWith(advance(s));
    const st = finalStandings(s);
    expect(st.map((r) => r.playerId)).toEqual(['alpha', 'beta']);
    expect(st.map((r) => r.par)).toEqual([100, 990]);
    expect(st.map((r) => r.margin)).toEqual(st.map((r) => r.score - (r.par as number)));
  });
});
