/**
 * Scenario files written before bid tranches, deal bids, volume-scaled grey-market risk and combined export
 * modes still load unchanged and play: the fixture is the shipped base scenario as it was on main before those
 * fields existed (one bid per SKU, single `mode` per rule, no catchRefUnits, no issuer).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { botOrders } from '../../src/ai';
import { exportStatusFor, greyCatchPct, type Scenario } from '../../src/engine';
import { playGame } from '../../src/replay/session';
import { parseScenarioText } from '../../src/scenario';

function load(path: string): Scenario {
  const r = parseScenarioText(readFileSync(path, 'utf8'), path);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return r.scenario;
}

const OLD = join(import.meta.dirname, '../fixtures/scenarios/old-2024-hopper-scramble.json');

describe('an old-style scenario file', () => {
  it('loads with the documented defaults: one bid per SKU as written, single modes, issuer US, a flat catch chance', () => {
    const s = load(OLD);
    expect(s.market.maxBidsPerSku).toBe(1);
    expect(s.exportRules.every((r) => r.mode !== undefined && r.modes === undefined && r.issuer === undefined)).toBe(true);
    expect(s.greyMarket.catchRefUnits).toBeUndefined();
    expect(greyCatchPct(s.greyMarket, 1)).toBe(s.greyMarket.catchPct);
    expect(greyCatchPct(s.greyMarket, s.greyMarket.maxUnitsPerQuarter)).toBe(s.greyMarket.catchPct);
    const bd = s.companies.find((c) => c.region === 'CN')!;
    const h20 = s.skus.find((k) => k.id === 'H20')!;
    expect(exportStatusFor(s, bd, h20, 7)).toMatchObject({ allowed: true, mode: 'revenueShare', issuer: 'US', sharePct: 15, approvalPct: 100 });
  });

  it.each(['normal', 'hard'] as const)('plays a whole game with %s bots and no rejected orders (bots keep to one bid per SKU)', (level) => {
    const s = load(OLD);
    const game = playGame(s, `old-${level}`, (st, id) => botOrders(st, id, level));
    expect(game.rejected).toEqual([]);
    expect(game.state.phase).toBe('gameOver');
    const perSku = game.record.actions.flatMap((a) => (a.type === 'submitOrders' ? [a.orders.bids.map((b) => b.sku)] : []));
    expect(perSku.every((skus) => new Set(skus).size === skus.length)).toBe(true);
  });
});

describe('the shipped scenarios with the new fields', () => {
  it('allow three tranches per chip and combine the 2025 H20 licence with its revenue share', () => {
    for (const f of ['2024-hopper-scramble', '2025-diffusion-rule']) {
      const s = load(join(import.meta.dirname, `../../scenarios/${f}.json`));
      expect(s.market.maxBidsPerSku).toBe(3);
      const rule = s.exportRules.find((r) => r.id === 'h20-revenue-share-2025')!;
      expect(rule.modes?.map((m) => m.kind)).toEqual(['licence', 'revenueShare']);
      expect(s.greyMarket.catchRefUnits).toBeGreaterThan(0);
    }
  });

  it('without export controls the H20 is not the best NVIDIA compute per dollar in any quarter', () => {
    const s = load(join(import.meta.dirname, '../../scenarios/what-if-no-export-controls.json'));
    expect(s.exportRules).toEqual([]);
    const h20 = s.skus.find((k) => k.id === 'H20')!;
    for (let q = h20.availableFrom; q < s.quarters; q++) {
      const nvidia = s.skus.filter((k) => k.vendor === 'NVIDIA' && k.availableFrom <= q && k.id !== 'H20');
      const best = Math.max(...nvidia.map((k) => k.h100e / k.listPrice));
      expect(h20.h100e / h20.listPrice, `quarter ${q}`).toBeLessThan(best);
    }
  });
});
