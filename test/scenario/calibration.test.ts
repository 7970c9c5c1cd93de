import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boughtInYear, calibrationOrders } from '../../src/ai/calibration';
import { playGame } from '../../src/replay/session';
import { parseScenarioText } from '../../src/scenario';

const file = join(import.meta.dirname, '../../scenarios/2024-hopper-scramble.json');
const parsed = parseScenarioText(readFileSync(file, 'utf8'), file);
if (!parsed.ok) throw new Error('base scenario does not parse');
const scenario = parsed.scenario;

/** Omdia's 2024 Hopper purchases (reference/2024-facts.md), independent of the scenario's own calibration field. */
const OMDIA_2024: Record<string, number> = { microsoft: 485_000, meta: 224_000, bytedance: 230_000, tencent: 230_000, amazon: 196_000, google: 169_000 };

describe('calibration against reality (2024 Hopper purchases)', () => {
  it('the scenario carries the Omdia figures as its calibration targets', () => {
    for (const [id, units] of Object.entries(OMDIA_2024)) {
      expect(scenario.companies.find((c) => c.id === id)?.calibration?.hopper2024).toBe(units);
    }
  });

  it.each(['calibrate-0', 'calibrate-1', 'calibrate-7'])('bots bidding for the real purchases land within 15%% of Omdia (seed %s)', (seed) => {
    const game = playGame(scenario, seed, (s, id) => ({ orders: calibrationOrders(s, id) }), { record: false });
    expect(game.rejected).toEqual([]);
    for (const [id, units] of Object.entries(OMDIA_2024)) {
      const got = boughtInYear(game.state, id, 'hopper', 2024);
      expect(Math.abs(got - units) / units, `${id}: ${got} vs ${units}`).toBeLessThanOrEqual(0.15);
    }
  });

  it('Chinese buyers get their Hopper purchases only as H20s (the October 2023 rule holds)', () => {
    const game = playGame(scenario, 'calibrate-0', (s, id) => ({ orders: calibrationOrders(s, id) }), { record: false });
    for (const id of ['bytedance', 'tencent']) {
      const p = game.state.players.find((x) => x.id === id)!;
      expect(p.totals.bought.H100).toBe(0);
      expect(p.totals.bought.H200).toBe(0);
      expect(p.totals.bought.H20).toBeGreaterThan(0);
    }
  });
});
