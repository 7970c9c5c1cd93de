import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that play many whole games (the balance ratchet, par replays, tournaments): started first, so the
 * two workers of a two-core machine finish together instead of one running them alone at the end (with no
 * cache of earlier durations, as on CI, vitest would start the largest files first, and these are small).
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
    sequence: { sequencer: HeavyFirst },
  },
});
