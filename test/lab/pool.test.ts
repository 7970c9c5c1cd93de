import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRecord, loadScenario } from '../../src/cli/load';
import { verifyRecord } from '../../src/replay/verify';
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
  }, 120_000);

  it('npm run lab: a progress line on stderr, and --json prints exactly the LabSummary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpurace-lab-'));
    try {
      const tutorial = loadScenario('scenarios/tutorial.json');
      const variant = { format: 'gpurace-variant' as const, scenario: tutorial.id, id: 'open', title: { en: 'Open', de: 'Offen' }, rules: [{ id: 'oct-2023', enabled: false }] };
      const file = join(dir, 'v.json');
      writeFileSync(file, JSON.stringify(variant));
      const r = spawnSync('node_modules/.bin/tsx', ['src/cli/lab.ts', '--scenario', 'scenarios/tutorial.json', '--variant', file, '--games', '6', '--bots', 'easy', '--seed', 'cli', '--workers', '2', '--json'], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/12\/12 games/);
      const bots = tutorial.companies.map(() => 'easy' as const);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(runLab({ base: tutorial, variant, games: 6, bots, seed: 'cli' }))));
      // One game of the run as a record (with its scenario beside it) that the replay verifier accepts.
      const out = join(dir, 'g3.gpurace.json');
      const rec = spawnSync('node_modules/.bin/tsx', ['src/cli/lab.ts', '--scenario', 'scenarios/tutorial.json', '--variant', file, '--bots', 'easy', '--seed', 'cli', '--record-game', '3', '--side', 'variant', '--out', out], { encoding: 'utf8', timeout: 120_000 });
      expect(rec.status, rec.stderr).toBe(0);
      const record = loadRecord(out);
      expect(record.seed).toBe('cli-3');
      expect(verifyRecord(record, loadScenario(join(dir, 'g3.gpurace.scenario.json'))).ok).toBe(true);
      const bad = spawnSync('node_modules/.bin/tsx', ['src/cli/lab.ts', '--scenario', 'scenarios/tutorial.json', '--variant', 'lab/variants/cowos-plus-30.json', '--games', '2'], { encoding: 'utf8', timeout: 120_000 });
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/\$\.scenario: this variant patches the scenario "2024-hopper-scramble"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('reads a variant file or names every problem with its path', () => {
    expect(loadVariant('lab/variants/cowos-plus-30.json').id).toBe('cowos-plus-30');
    expect(() => loadVariant('package.json')).toThrow(/\$\.format/);
  });
});
