import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { historicalRun, loadHistoricalTargets, marketInYear } from '../../src/cli/historical';
import { loadScenario } from '../../src/cli/load';
import { botOrders } from '../../src/ai';
import { boughtInYear } from '../../src/ai/calibration';
import { playGame } from '../../src/replay/session';
import { historicalTargetsPath, parseHistoricalTargets } from '../../src/scenario/historical';

const BASE = 'scenarios/2024-hopper-scramble.json';
const scenario = loadScenario(BASE);
const text = readFileSync(historicalTargetsPath(scenario.id), 'utf8');

describe('historical targets', () => {
  it('the base scenario has targets, each citing sources of the scenario', () => {
    const t = loadHistoricalTargets(scenario);
    expect(t.year).toBe(2024);
    expect(t.group).toBe('hopper');
    // NVIDIA's fiscal-2025 data-centre compute revenue ($102.2B) less the $11B of Blackwell: the issue asks for compute revenue.
    expect(t.vendorRevenue).toBe(91_200_000_000);
    expect(t.cite.vendorRevenue).toContain('nvidia-dc-compute-fy25');
    expect(t.sources?.map((s) => s.id)).toEqual(['nvidia-dc-compute-fy25']);
    const six = scenario.companies.reduce((a, c) => a + (c.calibration?.hopper2024 ?? 0), 0);
    expect(six).toBe(1_534_000);
    expect(t.shipments).toBeGreaterThan(six);
  });

  it('rejects a file for another scenario, an unknown source, an unknown group and a bad shape, saying where', () => {
    const edit = (f: (j: Record<string, unknown>) => void) => {
      const j = JSON.parse(text) as Record<string, unknown>;
      f(j);
      return parseHistoricalTargets(JSON.stringify(j), 't.json', scenario);
    };
    expect(edit((j) => (j.scenario = 'tutorial'))).toEqual({ ok: false, error: 't.json: targets are for scenario "tutorial", not "2024-hopper-scramble"' });
    expect(edit((j) => ((j.cite as Record<string, string[]>).vendorRevenue = ['no-such-source']))).toEqual({ ok: false, error: 't.json: at $.cite.vendorRevenue: expected the id of a source of this file or of 2024-hopper-scramble, found "no-such-source"' });
    // The file's own sources: same shape as the scenario's, ids not already used.
    expect(edit((j) => ((j.sources as Record<string, unknown>[])[0] = { id: 'omdia-2024', title: 't', publisher: 'p', kind: 'R' }))).toEqual({ ok: false, error: 't.json: at $.sources.0.id: "omdia-2024" is already a source of 2024-hopper-scramble' });
    expect(edit((j) => (j.sources = [...(j.sources as unknown[]), ...(j.sources as unknown[])]))).toEqual({ ok: false, error: 't.json: at $.sources.1.id: "nvidia-dc-compute-fy25" is already a source of this file' });
    expect(edit((j) => ((j.sources as Record<string, unknown>[])[0] = { id: 'x', title: 't', publisher: 'p', kind: 'Z' }))).toMatchObject({ ok: false, error: expect.stringContaining('t.json: at $.sources.0.kind') });
    // Without the file's own sources, a target citing one is rejected.
    expect(edit((j) => delete j.sources)).toMatchObject({ ok: false, error: expect.stringContaining('found "nvidia-dc-compute-fy25"') });
    expect(edit((j) => (j.group = 'no-such-group'))).toMatchObject({ ok: false, error: expect.stringContaining('at $.group') });
    expect(edit((j) => (j.shipments = -5))).toMatchObject({ ok: false, error: expect.stringContaining('t.json: at $.shipments') });
    expect(parseHistoricalTargets('{', 't.json', scenario)).toMatchObject({ ok: false, error: expect.stringContaining('t.json: invalid JSON') });
  });
});

describe('historical run', () => {
  it('counts every buyer\'s units and the vendor\'s revenue of the year from the revealed clearing', () => {
    const game = playGame(scenario, 'historical-0', (s, id) => botOrders(s, id, 'normal'), { record: false });
    const m = marketInYear(game.state, 'hopper', 2024, 'NVIDIA');
    const players = scenario.companies.reduce((a, c) => a + boughtInYear(game.state, c.id, 'hopper', 2024), 0);
    expect(players).toBeGreaterThan(0);
    expect(m.units).toBeGreaterThanOrEqual(players);
    // Revenue is at least the players' Hopper units at the cheapest Hopper list price... and the year is 2024 only.
    const cheapest = Math.min(...scenario.skus.filter((s) => scenario.skuGroups.hopper?.includes(s.id)).map((s) => s.listPrice));
    expect(m.vendorRevenue).toBeGreaterThanOrEqual(players * cheapest);
    expect(marketInYear(game.state, 'hopper', 2031, 'NVIDIA')).toEqual({ units: 0, vendorRevenue: 0 });
  });

  it('measures every company, the share and the revenue against the targets with their tolerances', () => {
    const r = historicalRun({ seeds: 2 });
    expect(r.seeds).toBe(2);
    expect(r.companies.map((c) => c.id)).toEqual(scenario.companies.map((c) => c.id));
    for (const c of r.companies) {
      expect(c.tolerancePct).toBe(25);
      expect(c.pass).toBe(Math.abs(c.diffPct) <= 25);
      expect(c.min).toBeLessThanOrEqual(c.game);
    }
    expect(r.share.target).toBe(57.2);
    expect(r.share.tolerancePct).toBe(20);
    expect(r.share.game).toBeGreaterThan(0);
    expect(r.share.game).toBeLessThanOrEqual(100);
    expect(r.revenue).toMatchObject({ vendor: 'NVIDIA', target: 91_200_000_000, tolerancePct: 20 });
    expect(r.pass).toBe(r.companies.every((c) => c.pass) && r.share.pass && r.revenue.pass && r.rejectedOrders === 0);
    expect(r.rejectedOrders).toBe(0);
  });
});

/**
 * The historical run as the README reports it (20 seeds), held as a ratchet: every figure that passes must keep
 * passing, and each known miss may not get worse than its bound. A known miss that starts to pass fails the test
 * too, so that it is taken off the list (and, with none left, the test asserts the whole run passes).
 * Known misses (README, "Historical run"): Amazon buys more than twice its real 2024 Hopper volume.
 */
const KNOWN_MISSES: Record<string, number> = { amazon: 150 };

describe('historical run, as the README reports it (20 seeds)', () => {
  it('keeps every passing figure within its tolerance and no known miss worse than its bound', () => {
    const r = historicalRun({ seeds: 20 });
    expect(r.rejectedOrders).toBe(0);
    expect(r.share.pass).toBe(true);
    expect(r.revenue.pass).toBe(true);
    for (const c of r.companies) {
      const bound = KNOWN_MISSES[c.id];
      if (bound === undefined) expect({ id: c.id, diffPct: c.diffPct, pass: c.pass }).toEqual({ id: c.id, diffPct: c.diffPct, pass: true });
      else {
        // Passing now: take it off KNOWN_MISSES.
        expect({ id: c.id, pass: c.pass }).toEqual({ id: c.id, pass: false });
        expect(Math.abs(c.diffPct)).toBeLessThanOrEqual(bound);
      }
    }
    if (Object.keys(KNOWN_MISSES).length === 0) expect(r.pass).toBe(true);
  });
});
