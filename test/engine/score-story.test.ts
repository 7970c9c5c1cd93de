import { describe, expect, it } from 'vitest';
import { gameOverLine, quarterSummary, scoreTimeline, weightedParts, biggestPart, SCORE_PARTS } from '../../src/engine/score-story';
import { company, sku } from '../helpers/scenario';
import { newGame, playQuarter, resolveWith, lastRecord, metricsOf, player } from '../helpers/game';
import type { GameState } from '../../src/engine';

/** alpha has power for 952 H100 (1 MW at 1.5 overhead, 700 W); beta and gamma for 9,523. 5,000 H100 a quarter. */
function game(): GameState {
  return newGame({
    skus: [sku({ id: 'H100', supply: [5000, 5000, 5000, 5000] }), sku({ id: 'H20', h100e: 0.15, listPrice: 12_000, tpp: 2368, density: 2.9 })],
    companies: [company({ id: 'alpha', powerMw: 1 }), company({ id: 'beta', nvidiaRelationship: 40 }), company({ id: 'gamma', region: 'CN', tier: 'T3' })],
  });
}

describe('weightedParts', () => {
  it('weighs each part as the score does: the parts add up to the score within rounding', () => {
    let s = game();
    s = playQuarter(s, { alpha: { bids: [{ sku: 'H100', quantity: 800, maxPrice: 30_000 }] }, beta: { bids: [{ sku: 'H100', quantity: 200, maxPrice: 30_000 }] } });
    for (const m of lastRecord(s).metrics) {
      const w = weightedParts(s, m.parts);
      const sum = SCORE_PARTS.reduce((a, k) => a + w[k], 0);
      expect(Math.abs(sum - m.score)).toBeLessThanOrEqual(2);
    }
  });
});

describe('scoreTimeline', () => {
  it('reads each quarter from the history and the changes add up to the score', () => {
    let s = game();
    s = playQuarter(s, { alpha: { bids: [{ sku: 'H100', quantity: 200, maxPrice: 30_000 }] } });
    s = playQuarter(s, { alpha: { bids: [{ sku: 'H100', quantity: 800, maxPrice: 30_000 }] }, beta: { bids: [{ sku: 'H100', quantity: 100, maxPrice: 30_000 }] } });
    const tl = scoreTimeline(s, 'alpha');
    expect(tl.map((p) => p.quarter)).toEqual([0, 1]);
    expect(tl[1]?.score).toBe(metricsOf(s.history[1]!, 'alpha').score);
    expect(tl[1]?.parts).toEqual(metricsOf(s.history[1]!, 'alpha').parts);
    expect((tl[0]?.delta.score ?? 0) + (tl[1]?.delta.score ?? 0)).toBe(tl[1]?.score);
    for (const k of SCORE_PARTS) expect((tl[0]?.delta.weighted[k] ?? 0) + (tl[1]?.delta.weighted[k] ?? 0)).toBe(tl[1]?.weighted[k]);
    expect(scoreTimeline(s, 'nobody')).toEqual([]);
  });
});

describe('biggestPart', () => {
  it('picks the largest move of the asked sign, or none', () => {
    expect(biggestPart({ capability: 5, market: -30, independence: 0, efficiency: -40 }, -1)).toBe('efficiency');
    expect(biggestPart({ capability: 5, market: -30, independence: 0, efficiency: -40 }, 1)).toBe('capability');
    expect(biggestPart({ capability: 0, market: 0, independence: 0, efficiency: 0 })).toBeNull();
  });
});

describe('quarterSummary', () => {
  it('is null before the first quarter and for an unknown company', () => {
    expect(quarterSummary(game(), 'alpha')).toBeNull();
    expect(quarterSummary(resolveWith(game()), 'nobody')).toBeNull();
  });

  it('adds up the chips won and paid, the idle chips, revenue and cash of the quarter', () => {
    const s = resolveWith(game(), { alpha: { bids: [{ sku: 'H100', quantity: 3000, maxPrice: 30_000 }] }, beta: { bids: [{ sku: 'H100', quantity: 1000, maxPrice: 30_000 }] } });
    const sum = quarterSummary(s, 'alpha');
    const rec = lastRecord(s);
    const bid = rec.clearing.find((c) => c.sku === 'H100')?.bids.find((b) => b.bidder === 'alpha');
    expect(sum).not.toBeNull();
    expect(sum?.won).toBe(3000);
    expect(sum?.won).toBe(bid?.filled);
    expect(sum?.paid).toBe(bid?.paid);
    const m = metricsOf(rec, 'alpha');
    expect(sum?.idle).toBe(3000 - 952);
    expect(sum?.idle).toBe(m.idleUnits);
    expect(sum?.cash).toBe(player(s, 'alpha').cash);
    expect(sum?.revenue).toBe(m.revenue);
    // Its first quarter's change is its score.
    expect(sum?.score.delta.score).toBe(m.score);
  });

  it('blames idle chips when efficiency falls and names how many the power being built will run', () => {
    // Quarter 1: alpha buys what its power runs; quarter 2: it buys far more than it can run, building a little power.
    // beta has 2 MW and fills them: after quarter 2 it is the most efficient, alpha runs a fifth of what it owns.
    const g = newGame({
      skus: [sku({ id: 'H100', supply: [5000, 5000, 5000, 5000] })],
      companies: [company({ id: 'alpha', powerMw: 1 }), company({ id: 'beta', powerMw: 2 })],
    });
    let s = playQuarter(g, { alpha: { bids: [{ sku: 'H100', quantity: 900, maxPrice: 30_000 }] }, beta: { bids: [{ sku: 'H100', quantity: 1800, maxPrice: 30_000 }] } });
    s = resolveWith(s, { alpha: { bids: [{ sku: 'H100', quantity: 3000, maxPrice: 30_000 }], powerBuild: 1 } });
    const sum = quarterSummary(s, 'alpha');
    expect(sum?.score.delta.weighted.efficiency).toBeLessThan(0);
    expect(sum?.part).toBe('efficiency');
    expect(sum?.cause.code).toBe('idle');
    if (sum?.cause.code !== 'idle') return;
    expect(sum.cause.values.idle).toBe(metricsOf(lastRecord(s), 'alpha').idleUnits);
    expect(sum.cause.values.sku).toBe('H100');
    expect(sum.cause.values.idle).toBe(3900 - 952);
    // 1 MW runs 1e6 / 1.5 / 700 = 952.4 H100: the power being built runs that many of the idle ones.
    expect(sum.cause.values.building).toBe(952);
    expect(sum.cause.values.readyQuarter).toBe(2);
  });

  it('says nothing moved when a company did nothing', () => {
    const s = resolveWith(playQuarter(game()), {});
    const sum = quarterSummary(s, 'gamma');
    expect(sum?.score.delta.score).toBe(0);
    expect(sum?.part).toBeNull();
    expect(sum?.cause.code).toBe('steady');
  });
});

describe('gameOverLine', () => {
  it('is null before the first quarter', () => {
    expect(gameOverLine(game(), 'alpha')).toBeNull();
  });

  it('names where a company is furthest behind the top score, and what the winner scored most in', () => {
    let s = game();
    for (let q = 0; q < 4; q++) s = playQuarter(s, { alpha: { bids: [{ sku: 'H100', quantity: q === 0 ? 900 : 1500, maxPrice: 30_000 }] }, beta: { bids: [{ sku: 'H100', quantity: 1500, maxPrice: 30_000 }] } });
    expect(s.phase).toBe('gameOver');
    const line = gameOverLine(s, 'alpha');
    expect(line).toMatchObject({ rank: 2, of: 3, good: false });
    // The part is the one where beta's (the top score's) weighted part is furthest above alpha's; gap is that shortfall.
    const mine = weightedParts(s, metricsOf(lastRecord(s), 'alpha').parts);
    const theirs = weightedParts(s, metricsOf(lastRecord(s), 'beta').parts);
    const most = SCORE_PARTS.reduce((a, k) => (theirs[k] - mine[k] > theirs[a] - mine[a] ? k : a), SCORE_PARTS[0]);
    expect(theirs[most] - mine[most]).toBeGreaterThan(0);
    expect(line?.part).toBe(most);
    expect(line?.gap).toBe(theirs[most] - mine[most]);
    expect(line?.vs).toEqual({ playerId: 'beta', score: metricsOf(lastRecord(s), 'beta').score, mine: mine[most], theirs: theirs[most] });
    // The winner's line names the part that adds most to its score.
    const top = gameOverLine(s, 'beta');
    expect(top).toMatchObject({ rank: 1, good: true });
    const w = weightedParts(s, metricsOf(lastRecord(s), 'beta').parts);
    expect(top?.part).toBe(SCORE_PARTS.reduce((a, k) => (w[k] > w[a] ? k : a), SCORE_PARTS[0]));
    expect(top?.gap).toBe(top?.part ? w[top.part] : -1);
  });

  it('names the longest run of idle quarters when efficiency lost most', () => {
    let s = newGame({
      skus: [sku({ id: 'H100', supply: [9000, 9000, 9000, 9000] })],
      companies: [company({ id: 'alpha', powerMw: 4, cash: 400_000_000 }), company({ id: 'beta', powerMw: 1 })],
      scoring: { weights: { capability: 10, market: 10, independence: 10, efficiency: 70 } },
    });
    // alpha's 4 MW run 3,809 H100: it buys 900, then 2,500 a quarter, so chips sit idle from the third quarter on; beta buys what its power runs.
    const alphaBuys = [900, 2500, 2500, 2500];
    for (let q = 0; q < 4; q++) s = playQuarter(s, { alpha: { bids: [{ sku: 'H100', quantity: alphaBuys[q] ?? 0, maxPrice: 30_000 }] }, beta: q === 0 ? { bids: [{ sku: 'H100', quantity: 900, maxPrice: 30_000 }] } : {} });
    const line = gameOverLine(s, 'alpha');
    expect(line?.rank).toBe(2);
    expect(line?.part).toBe('efficiency');
    expect(line?.detail).toEqual({ code: 'idle', values: { idle: Math.max(...s.history.map((r) => metricsOf(r, 'alpha').idleUnits)), from: 2, to: 3 } });
  });

  it('explains a gap to par by the part furthest behind the top score, not by the points lost along the way', () => {
    // The play-tester's case: 44.7 below par, where the old line named efficiency (8.4 points lost along the way)
    // although capability was where the points were missing. Two quarters, the scores set by hand.
    let s = newGame({
      companies: [company({ id: 'alpha' }), company({ id: 'beta' })],
      scoring: { weights: { capability: 40, market: 30, independence: 15, efficiency: 15 }, par: { alpha: [30, 60], beta: [30, 60] } },
    });
    s = playQuarter(playQuarter(s));
    const parts = { alpha: [{ capability: 120, market: 100, independence: 0, efficiency: 900 }, { capability: 150, market: 120, independence: 0, efficiency: 340 }], beta: [{ capability: 500, market: 400, independence: 0, efficiency: 800 }, { capability: 900, market: 700, independence: 100, efficiency: 800 }] };
    const history = s.history.map((rec, q) => ({
      ...rec,
      metrics: rec.metrics.map((m) => {
        const p = parts[m.playerId as 'alpha' | 'beta'][q]!;
        const w = weightedParts(s, p);
        return { ...m, parts: p, score: SCORE_PARTS.reduce((a, k) => a + w[k], 0) };
      }),
    }));
    s = { ...s, history };
    const line = gameOverLine(s, 'alpha');
    // alpha: 60 + 36 + 0 + 51 = 147 tenths, 14.7 points; par 60: 45.3 below. Its efficiency fell 84 tenths (8.4 points),
    // the only fall; but beta's capability adds 360 to alpha's 60.
    expect(line).toMatchObject({ rank: 2, score: 147, margin: -453, good: false, part: 'capability', gap: 300 });
    expect(line?.vs).toEqual({ playerId: 'beta', score: 360 + 210 + 15 + 120, mine: 60, theirs: 360 });
  });
});
