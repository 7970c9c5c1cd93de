/**
 * Issue #11, "money binds": the median normal or hard bot ends the base game with at most 15% of its total
 * budget (starting cash + every budget) unspent. Fixed seeds; a reduced run (6 normal games, 2 hard games at
 * 500 iterations).
 */
import { describe, expect, it } from 'vitest';
import { BASE_SCENARIO } from '../../src/cli/args';
import { loadScenario } from '../../src/cli/load';
import { median, moneyRun } from '../../src/cli/money';

describe('money binds in the base game', () => {
  const scenario = loadScenario(BASE_SCENARIO);
  it('the median normal bot leaves at most 15% of its total budget unspent', () => {
    const r = moneyRun(scenario, 'normal', 6);
    expect(r.rejectedOrders).toBe(0);
    expect(r.medianUnspentPct, JSON.stringify(r.rows)).toBeLessThanOrEqual(15);
  }, 60_000);
  it('the median hard bot leaves at most 15% of its total budget unspent', () => {
    const r = moneyRun(scenario, 'hard', 2, 500);
    expect(r.rejectedOrders).toBe(0);
    expect(r.medianUnspentPct, JSON.stringify(r.rows)).toBeLessThanOrEqual(15);
  }, 60_000);
  it('takes the median of companies and games', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
