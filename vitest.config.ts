import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that play many whole games (the balance ratchet, par replays, tournaments): started first, so the
 * workers finish together instead of one running them alone at the end (with no cache of earlier durations, as
 * on CI, vitest would start the largest files first, and these are small).
 */
const HEAVY = ['test/balance/goals.test.ts', 'test/scenario/par.test.ts', 'test/balance/levels.test.ts', 'test/lab/pool.test.ts', 'test/ai/bots.test.ts', 'test/ai/scenarios.test.ts'];

class HeavyFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = HEAVY.findIndex((h) => f.moduleId.replaceAll('\\', '/').endsWith(h));
      return i < 0 ? HEAVY.length : i;
    };
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
    environment: 'node',
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores, which on a two-core machine (CI's) is one worker
    // running every file in turn: measured there, the unit suite took 294 s on one worker and 188 s on two.
    maxWorkers: Math.max(1, availableParallelism()),
    sequence: { sequencer: HeavyFirst },
  },
});
