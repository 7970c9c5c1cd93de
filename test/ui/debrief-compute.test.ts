/**
 * The debrief's final table shows the compute that capability scores: H100e-quarters run over the game, not
 * the compute running in the last quarter. The play-tester saw Amazon 2,431,824 above Google 2,262,606 under
 * "Compute (H100e)" while Google's capability was 100.0 and Amazon's 87.6.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { botOrders } from '../../src/ai';
import { playGame } from '../../src/replay/session';
import { parseScenarioText } from '../../src/scenario';
import { setLang, t } from '../../src/text/i18n';
import { computeRun } from '../../src/ui/debrief-final-extra';

const file = join(import.meta.dirname, '../../scenarios/2024-hopper-scramble.json');
const parsed = parseScenarioText(readFileSync(file, 'utf8'), file);
if (!parsed.ok) throw new Error('the scenario does not parse');
// No yardstick in this scenario: capability is H100e-quarters against the game's most.
const game = playGame(parsed.scenario, 'debrief-compute', (s, id) => botOrders(s, id, 'normal')).state;
const last = game.history[game.history.length - 1];

describe("the final table's compute column", () => {
  it('is the H100e-quarters run over the game, each quarter added up', () => {
    expect(game.scenario.scoring.reference).toBeUndefined();
    for (const c of game.scenario.companies) {
      const run = game.history.reduce((a, rec) => a + (rec.metrics.find((m) => m.playerId === c.id)?.deployedH100e ?? 0), 0);
      expect(computeRun(game, c.id), c.id).toBe(run);
    }
  });

  it('orders the companies as their capability does: more compute run, never less capability', () => {
    const rows = (last?.metrics ?? []).map((m) => ({ id: m.playerId, run: computeRun(game, m.playerId), capability: m.parts.capability }));
    expect(rows.length).toBe(game.scenario.companies.length);
    for (const a of rows) for (const b of rows) if (a.run > b.run) expect(a.capability, `${a.id} ran more than ${b.id}`).toBeGreaterThanOrEqual(b.capability);
    const top = rows.reduce((a, b) => (b.run > a.run ? b : a));
    expect(top.capability).toBe(1000);
    // As in the play-tester's game: Amazon runs the most in the last quarter (what the column showed before,
    // which put it above Google), yet Google ran more over the game and has capability 100.0.
    const now = (id: string) => last?.metrics.find((m) => m.playerId === id)?.deployedH100e ?? 0;
    expect(now('amazon')).toBeGreaterThan(now('google'));
    expect(computeRun(game, 'google')).toBeGreaterThan(computeRun(game, 'amazon'));
  });

  it('says so in its head, in English and German', () => {
    expect(t('classroom.final.compute')).toBe('Compute run (H100e-quarters)');
    setLang('de');
    expect(t('classroom.final.compute')).toBe('Rechenleistung gesamt (H100e-Quartale)');
    setLang('en');
  });
});
