import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/load';
import { loadVariant, runLabPool } from '../../src/cli/lab';
import { runLab } from '../../src/lab/run';

describe('lab CLI pool', () => {
  it('gives on a piscina pool exactly the numbers of a single thread', async () => {
    const sprint = loadScenario('scenarios/classroom-sprint.json');
    const variant = { format: 'gpurace-variant' as const, scenario: sprint.id, id: 'h100-up', title: { en: 'More H100', de: 'Mehr H100' }, supply: [{ skus: ['H100'], pct: 40 }] };
    const bots = sprint.companies.map(() => 'easy' as const);
    let last = 0;
    const pooled = await runLabPool(sprint, variant, 23, bots, 'pool', 2, (done, total) => {
      expect(done).toBeGreaterThan(last);
      expect(total).toBe(46);
      last = done;
    });
    expect(last).toBe(46);
    expect(pooled).toEqual(runLab({ base: sprint, variant, games: 23, bots, seed: 'pool' }));
  });

  it('reads a variant file or names every problem with its path', () => {
    expect(loadVariant('lab/variants/cowos-plus-30.json').id).toBe('cowos-plus-30');
    expect(() => loadVariant('package.json')).toThrow(/\$\.format/);
  });
});
