/**
 * Data checks of the base game that the schema cannot make: the 2024 calibration is feasible, the October 2023
 * rule catches what it caught in reality, start power has headroom, and other demand behaves.
 * Export-rule semantics are re-stated here (from the comments in src/engine/types.ts) on purpose, so this test
 * checks the data and not the engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompanySpec, ExportRule, Scenario, SkuSpec } from '../../src/engine/types';
import { ruleModes } from '../../src/engine';
import { parseScenarioText } from '../../src/scenario';

const res = parseScenarioText(readFileSync(join(import.meta.dirname, '../../scenarios/2024-hopper-scramble.json'), 'utf8'));
if (!res.ok) throw new Error('the base game does not parse');
const s: Scenario = res.scenario;
const sku = (id: string) => s.skus.find((k) => k.id === id) as SkuSpec;

function inForce(r: ExportRule, q: number): boolean {
  return q >= r.effectiveQuarter && (r.endQuarter === undefined || q < r.endQuarter);
}
function catches(r: ExportRule, k: SkuSpec): boolean {
  if (r.catches.skus.includes(k.id)) return true;
  if (r.catches.vendors.length > 0 && !r.catches.vendors.includes(k.vendor)) return false;
  return r.catches.thresholds.some((t) => k.tpp >= t.tppMin && (t.densityMin === undefined || k.density >= t.densityMin));
}
/** Whether buyers of `region`/`tier` may buy SKU k in quarter q (banned = no; other modes still allow buying). */
function mayBuy(region: string, tier: string, k: SkuSpec, q: number): boolean {
  if (q < k.availableFrom) return false;
  if (k.soldTo.length > 0 && !k.soldTo.includes(region)) return false;
  return !s.exportRules.some((r) => inForce(r, q) && (r.destinations.regions.includes(region) || r.destinations.tiers.includes(tier)) && catches(r, k) && ruleModes(r).some((m) => m.kind === 'banned'));
}
const quartersOf = (year: number) => [0, 1, 2, 3, 4, 5, 6, 7].filter((q) => s.startYear + Math.floor((s.startQuarter - 1 + q) / 4) === year);

describe('2024-hopper-scramble data', () => {
  it('the October 2023 rule bans H100, H200, B200 and MI300X for China, but not the H20 or Huawei\'s Ascend', () => {
    const rule = s.exportRules.find((r) => r.id === 'oct-2023') as ExportRule;
    expect(s.skus.filter((k) => catches(rule, k)).map((k) => k.id).sort()).toEqual(['B200', 'H100', 'H200', 'MI300X']);
  });

  it('the 2024 Hopper calibration is feasible: supply covers the targets plus other demand for every set of buyers', () => {
    const year = quartersOf(2024);
    const hopper = s.skuGroups.hopper ?? [];
    const eligible = (c: CompanySpec) => new Set(hopper.filter((id) => year.some((q) => mayBuy(c.region, c.tier, sku(id), q))));
    const buyers = s.companies.filter((c) => (c.calibration?.hopper2024 ?? 0) > 0);
    // Hall's condition: for every union U of the buyers' eligible SKU sets, supply(U) >= targets of buyers confined to U + other demand on U.
    const sets = [...new Map(buyers.map((c) => [[...eligible(c)].sort().join(','), eligible(c)])).values()];
    const report: string[] = [];
    for (let mask = 1; mask < 1 << sets.length; mask++) {
      const union = new Set(sets.filter((_, i) => mask & (1 << i)).flatMap((x) => [...x]));
      const supply = [...union].reduce((a, id) => a + year.reduce((b, q) => b + (sku(id).supply[q] ?? 0), 0), 0);
      const targets = buyers.filter((c) => [...eligible(c)].every((id) => union.has(id))).reduce((a, c) => a + (c.calibration?.hopper2024 ?? 0), 0);
      const other = s.otherDemand.filter((d) => union.has(d.sku)).reduce((a, d) => a + year.reduce((b, q) => b + (d.quantity[q] ?? 0), 0), 0);
      report.push(`${[...union].sort().join('+')}: supply ${supply} >= targets ${targets} + other ${other}`);
      expect(supply, report.join('\n')).toBeGreaterThanOrEqual(targets + other);
    }
    expect(sets.length).toBeGreaterThanOrEqual(2); // US buyers (H100/H200) and Chinese buyers (H20 only)
  });

  it('Chinese buyers can only get the H20 among Hopper parts in 2024', () => {
    for (const c of s.companies.filter((x) => x.region === 'CN')) {
      expect((s.skuGroups.hopper ?? []).filter((id) => quartersOf(2024).some((q) => mayBuy(c.region, c.tier, sku(id), q)))).toEqual(['H20']);
    }
  });

  it('other demand bids along a curve: its cheapest part at or a little above list (below the calibration bots, list + 15%), its dearest under 1.5x list', () => {
    for (const d of s.otherDemand) {
      const list = sku(d.sku).listPrice;
      const prices = (d.curve ?? [{ price: d.maxPrice, pct: 100 }]).map((p) => p.price);
      expect(Math.min(...prices), d.id).toBeGreaterThanOrEqual(list);
      expect(Math.min(...prices), d.id).toBeLessThan(Math.round(list * 1.15));
      expect(Math.max(...prices), d.id).toBeLessThanOrEqual(Math.round(list * 1.5));
      expect(Math.max(...prices), d.id).toBe(d.maxPrice);
    }
  });

  it('other demand for a China-only SKU stops while a rule bans it for China (the engine does not apply rules to it)', () => {
    for (const d of s.otherDemand) {
      const k = sku(d.sku);
      if (k.soldTo.length !== 1 || k.soldTo[0] !== 'CN') continue;
      d.quantity.forEach((n, q) => {
        if (!mayBuy('CN', 'T3', k, q)) expect(n, `${d.id} in quarter ${q}`).toBe(0);
      });
    }
  });

  it('start power runs the start fleet with 15-25% headroom', () => {
    for (const c of s.companies) {
      let watts = c.silicon.startFleet * c.silicon.watts;
      for (const [id, n] of Object.entries(c.fleet)) watts += n * (id === 'custom' ? c.silicon.watts : sku(id).watts);
      const needMw = (watts * s.power.overhead) / 1e6;
      const headroom = c.powerMw / needMw - 1;
      expect(headroom, c.id).toBeGreaterThanOrEqual(0.15);
      expect(headroom, c.id).toBeLessThanOrEqual(0.25);
    }
  });

  it('the calibration targets are the Omdia 2024 Hopper figures', () => {
    const got = Object.fromEntries(s.companies.map((c) => [c.id, c.calibration?.hopper2024]));
    expect(got).toEqual({ microsoft: 485_000, meta: 224_000, google: 169_000, amazon: 196_000, bytedance: 230_000, tencent: 230_000 });
  });

  it('every assumption source says it is one', () => {
    for (const src of s.sources.filter((x) => x.kind === 'A')) expect(src.title, src.id).toMatch(/^Assumption: /);
  });

  it('German texts are not copies of the English ones', () => {
    const texts = [s.title, s.description, ...s.events.flatMap((e) => [e.headline, e.body]), ...s.eventDeck.cards.flatMap((c) => [c.headline, c.body]),
      ...s.exportRules.map((r) => r.name), ...s.classroom.goals, ...s.classroom.questions];
    for (const t of texts) expect(t.de, t.en).not.toBe(t.en);
  });
});
