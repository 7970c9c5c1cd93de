import type { CompanySpec, GameState, PartnershipSpec, Scenario, SkuSpec } from './types';

/** Fast id lookups for a scenario, built once per scenario object. */
export interface ScenarioIndex {
  sku: Map<string, SkuSpec>;
  company: Map<string, CompanySpec>;
  companyIndex: Map<string, number>;
  partnership: Map<string, PartnershipSpec>;
}

const cache = new WeakMap<Scenario, ScenarioIndex>();
// The rules ask for the index of the same scenario hundreds of times a game: the last one answers without
// a WeakMap lookup.
let lastScenario: Scenario | null = null;
let lastIndex: ScenarioIndex | null = null;

/** The lookup index of a scenario (cached; the scenario is never mutated). */
export function indexOf(scenario: Scenario): ScenarioIndex {
  if (scenario === lastScenario && lastIndex) return lastIndex;
  let idx = cache.get(scenario);
  if (!idx) {
    idx = {
      sku: new Map(scenario.skus.map((s) => [s.id, s])),
      company: new Map(scenario.companies.map((c) => [c.id, c])),
      companyIndex: new Map(scenario.companies.map((c, i) => [c.id, i])),
      partnership: new Map(scenario.partnerships.map((p) => [p.id, p])),
    };
    cache.set(scenario, idx);
  }
  lastScenario = scenario;
  lastIndex = idx;
  return idx;
}

/**
 * A count kept by id (fleet, purchases), 0 if absent. Own keys only: a valid id such as "constructor" or
 * "toString" must not read a function off Object.prototype.
 */
export function countOf(counts: Readonly<Record<string, number>>, id: string): number {
  return (Object.hasOwn(counts, id) ? counts[id] : undefined) ?? 0;
}

/** The value at quarter q of a per-quarter array (0 past its end). */
export function atQuarter(values: readonly number[], q: number): number {
  return values[q] ?? 0;
}

/** Compute and power figures of a fleet key: a scenario SKU or the company's own silicon (`custom`). */
export function unitSpec(state: GameState, company: CompanySpec, key: string): { h100e: number; watts: number; mig: boolean } {
  if (key === 'custom') return company.silicon;
  const sku = indexOf(state.scenario).sku.get(key);
  return sku ?? { h100e: 0, watts: 1, mig: false };
}
