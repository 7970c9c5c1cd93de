/**
 * Issue #11: hard > normal > easy, with the tournament's 95% intervals (from whole seat rotations) clear of
 * each other, on a reduced tournament of the base game: fixed seeds, hard bots at 500 iterations, both the
 * README's seating (hard,normal,easy,easy,normal,hard) and its mirror (hard and normal swap chairs), so the
 * order cannot come from which companies a level happens to sit next to.
 */
import { describe, expect, it } from 'vitest';
import { BASE_SCENARIO } from '../../src/cli/args';
import { loadScenario } from '../../src/cli/load';
import { playTournamentGame, summarise, type SeatWord } from '../../src/cli/tournament';

const GAMES = 24;
const ITERATIONS = 500;

describe('bot levels on the base game', () => {
  const scenario = loadScenario(BASE_SCENARIO);
  for (const seats of [
    ['hard', 'normal', 'easy', 'easy', 'normal', 'hard'],
    ['normal', 'hard', 'easy', 'easy', 'hard', 'normal'],
  ] as SeatWord[][]) {
    it(`ranks hard above normal above easy with clear intervals (${seats.join(',')})`, () => {
      const results = Array.from({ length: GAMES }, (_, g) => playTournamentGame(scenario, seats, 'levels', g, ITERATIONS));
      const s = summarise(scenario, seats, results);
      expect(s.rejectedOrders).toBe(0);
      const hard = s.byLevel.hard;
      const normal = s.byLevel.normal;
      const easy = s.byLevel.easy;
      if (!hard || !normal || !easy) throw new Error('a level is missing from the summary');
      // Rank 1 is best: hard's interval lies wholly below normal's, normal's wholly below easy's.
      expect(hard.ci95[1], `hard ${hard.meanRank} ${JSON.stringify(hard.ci95)} vs normal ${normal.meanRank} ${JSON.stringify(normal.ci95)}`).toBeLessThan(normal.ci95[0]);
      expect(normal.ci95[1], `normal ${JSON.stringify(normal.ci95)} vs easy ${JSON.stringify(easy.ci95)}`).toBeLessThan(easy.ci95[0]);
    }, 120_000);
  }
});
