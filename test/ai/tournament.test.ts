import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BotLevel } from '../../src/ai';
import { formatSummary, meanCi, playTournamentGame, runTournament, seatsFor, summarise, type GameResult } from '../../src/cli/tournament';
import { makeScenario } from '../helpers/scenario';

const seats: BotLevel[] = ['hard', 'normal', 'easy'];

describe('tournament', () => {
  it('rotates the seats by one each game, so every level visits every company', () => {
    expect(seatsFor(seats, 0)).toEqual(['hard', 'normal', 'easy']);
    expect(seatsFor(seats, 1)).toEqual(['easy', 'hard', 'normal']);
    expect(seatsFor(seats, 2)).toEqual(['normal', 'easy', 'hard']);
    expect(seatsFor(seats, 3)).toEqual(seatsFor(seats, 0));
  });

  it('takes the confidence interval from whole rotations (blocks), falling back to games', () => {
    // Two identical blocks: no spread between replicates, so the interval is the mean itself.
    expect(meanCi([1, 2, 3, 1, 2, 3], 3)).toEqual({ mean: 2, ci95: [2, 2] });
    const spread = meanCi([1, 2, 3, 3, 4, 5], 3);
    expect(spread.mean).toBe(3);
    expect(spread.ci95[0]).toBeLessThan(3);
    expect(spread.ci95[1]).toBeGreaterThan(3);
    expect(meanCi([1, 3], 3).ci95[0]).toBeLessThan(2);
  });

  it('summarises ranks per level and per seat', () => {
    const sc = makeScenario();
    const results: GameResult[] = [0, 1, 2].map((g) => {
      const levels = seatsFor(seats, g);
      // hard always first, easy always last.
      const ranks = levels.map((l) => (l === 'hard' ? 1 : l === 'normal' ? 2 : 3));
      return { game: g, seed: `s-${g}`, levels, ranks, rejected: 0 };
    });
    const s = summarise(sc, seats, results);
    expect(s.games).toBe(3);
    expect(s.byLevel.hard).toMatchObject({ meanRank: 1, winRate: 1, n: 3 });
    expect(s.byLevel.easy).toMatchObject({ meanRank: 3, winRate: 0 });
    expect(s.bySeat.alpha?.meanRank).toBe(2);
    expect(s.bySeat.alpha?.byLevel).toEqual({ easy: 3, normal: 2, hard: 1 });
    expect(s.rejectedOrders).toBe(0);
    const text = formatSummary(s);
    expect(text).toContain('rejected orders: 0');
    expect(text).toMatch(/hard\s+1\.00\s+100\.0%/);
  });

  it('plays a game and ranks every company', () => {
    const r = playTournamentGame(makeScenario(), seats, 'unit', 1);
    expect(r.levels).toEqual(seatsFor(seats, 1));
    expect([...r.ranks].sort()).toEqual([1, 2, 3]);
    expect(r.rejected).toBe(0);
  });

  it('runs games in worker threads (TypeScript through tsx) and returns them in order', async () => {
    const file = join(import.meta.dirname, '../../scenarios/2024-hopper-scramble.json');
    const six: BotLevel[] = ['easy', 'normal', 'easy', 'normal', 'easy', 'normal'];
    const done: number[] = [];
    const results = await runTournament({ file, seats: six, seed: 'workers', games: 3 }, 2, (n) => done.push(n));
    expect(results.map((r) => r.game)).toEqual([0, 1, 2]);
    expect(done).toEqual([1, 2, 3]);
    for (const r of results) {
      expect(r.rejected).toBe(0);
      expect([...r.ranks].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    }
  });
});
