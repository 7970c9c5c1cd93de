import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompanySpec, ExportRule, RuleMode, Scenario, SkuSpec } from '../../src/engine';
import { parseScenarioText } from '../../src/scenario';
import { REQUIRED_CITES, requiredRuleCites } from '../../src/scenario/citations';
import { REQUIRED_COMPANY_CITES } from '../../src/scenario/cross-refs';

/** A SKU for tests (H100-like unless overridden). */
export function sku(over: Partial<SkuSpec> & { id: string }): SkuSpec {
  return {
    name: over.id,
    vendor: 'NVIDIA',
    h100e: 1,
    watts: 700,
    listPrice: 25_000,
    tpp: 15_832,
    density: 19.4,
    mig: true,
    availableFrom: 0,
    soldTo: [],
    supply: [1000, 1000, 1000, 1000],
    ...over,
  };
}

/** A company for tests. */
export function company(over: Partial<CompanySpec> & { id: string }): CompanySpec {
  return {
    name: over.id.toUpperCase(),
    initial: over.id[0]?.toUpperCase() ?? 'X',
    color: '#0072b2',
    region: 'US',
    tier: 'T1',
    cash: 100_000_000,
    budget: [50_000_000, 50_000_000, 50_000_000, 50_000_000],
    fleet: {},
    powerMw: 10,
    powerUnderConstruction: [],
    nvidiaRelationship: 50,
    silicon: { name: 'Chip', h100e: 0.5, watts: 300, unitCost: 5_000, mig: false, startStage: 'none', startProgress: 0, startFleet: 0 },
    personality: { bidAggression: 50, siliconFocus: 50, powerPlanning: 50, cashReserve: 20, greyMarketAppetite: 0 },
    cite: {},
    ...over,
  };
}

/** A small valid scenario: three companies (two US, one CN), H100 and H20, four quarters. */
export function makeScenario(over: Partial<Scenario> = {}): Scenario {
  return {
    id: 'test',
    title: { en: 'Test', de: 'Test' },
    description: { en: 'A test scenario', de: 'Ein Testszenario' },
    startYear: 2024,
    startQuarter: 1,
    quarters: 4,
    skus: [sku({ id: 'H100' }), sku({ id: 'H20', h100e: 0.15, listPrice: 12_000, tpp: 2368, density: 2.9 })],
    companies: [company({ id: 'alpha' }), company({ id: 'beta', nvidiaRelationship: 40 }), company({ id: 'gamma', region: 'CN', tier: 'T3' })],
    otherDemand: [],
    exportRules: [
      {
        id: 'oct-2023',
        name: { en: 'October 2023 rule', de: 'Regel Oktober 2023' },
        effectiveQuarter: 0,
        destinations: { regions: ['CN'], tiers: [] },
        catches: { thresholds: [{ tppMin: 4800 }, { tppMin: 1600, densityMin: 5.92 }], vendors: ['NVIDIA'], skus: [] },
        mode: { kind: 'banned' },
        source: 'test',
      },
    ],
    events: [],
    eventDeck: { drawPct: 0, cards: [] },
    partnerships: [],
    market: { pricing: 'uniform', revenuePool: [1_000_000, 1_000_000, 1_000_000, 1_000_000], migYield: 1.15, maxBidsPerSku: 1 },
    power: { costPerMw: 1_000_000, leadQuarters: 1, opexPerMwPerQuarter: 10_000, overhead: 1.5 },
    silicon: { stageCost: { design: 1_000_000, tapeout: 2_000_000, ramp: 3_000_000 }, setbackPct: 0, rampCap: 100, foundryPool: [500, 500, 500, 500] },
    greyMarket: { enabled: true, premiumPct: 50, maxUnitsPerQuarter: 100, catchPct: 0, finePct: 100, relationshipLoss: 10, entityListQuarters: 2 },
    scoring: { weights: { capability: 40, market: 30, independence: 15, efficiency: 15 } },
    skuGroups: { hopper: ['H100', 'H20'] },
    classroom: { goals: [], questions: [] },
    sources: [{ id: 'test', title: 'Test', publisher: 'Test', kind: 'A' }],
    ...over,
  };
}

/**
 * The real SKUs' export figures (TPP, performance density) as the scenario uses them: H100/H200 share the
 * GH100 die (TPP 15,832, density 19.4), the H20 is the cut-down part (TPP 2,368, density 2.9); B200 and MI300X
 * as in the shipped scenario (TPP 36,000 and 20,920); Ascend 910B is Huawei's, sold only in China.
 */
export const REAL_SKUS = {
  H100: sku({ id: 'H100', vendor: 'NVIDIA', h100e: 1, watts: 700, listPrice: 25_000, tpp: 15_832, density: 19.4, mig: true }),
  H200: sku({ id: 'H200', vendor: 'NVIDIA', h100e: 1.4, watts: 700, listPrice: 32_000, tpp: 15_832, density: 19.4, mig: true }),
  H20: sku({ id: 'H20', vendor: 'NVIDIA', h100e: 0.15, watts: 400, listPrice: 12_000, tpp: 2_368, density: 2.9, mig: true }),
  B200: sku({ id: 'B200', vendor: 'NVIDIA', h100e: 2.5, watts: 1_000, listPrice: 40_000, tpp: 36_000, density: 22.5, mig: true }),
  MI300X: sku({ id: 'MI300X', vendor: 'AMD', h100e: 1.1, watts: 750, listPrice: 15_000, tpp: 20_920, density: 8.7, mig: false }),
  Ascend910B: sku({ id: 'Ascend910B', vendor: 'Huawei', h100e: 0.6, watts: 400, listPrice: 14_000, tpp: 5_120, density: 7.7, mig: false, soldTo: ['CN'] }),
} as const;

/** The October 2023 rule: TPP >= 4800, or TPP >= 1600 with density >= 5.92, for US-origin parts, binding CN. */
export function oct2023Rule(over: Partial<ExportRule> = {}): ExportRule {
  return {
    id: 'oct-2023',
    name: { en: 'October 2023 rule', de: 'Regel Oktober 2023' },
    effectiveQuarter: 0,
    destinations: { regions: ['CN'], tiers: [] },
    catches: { thresholds: [{ tppMin: 4800 }, { tppMin: 1600, densityMin: 5.92 }], vendors: ['NVIDIA', 'AMD'], skus: [] },
    mode: { kind: 'banned' },
    source: 'test',
    ...over,
  };
}

/** A rule that names SKUs outright. */
export function namedRule(id: string, skus: string[], mode: RuleMode, effectiveQuarter: number, over: Partial<ExportRule> = {}): ExportRule {
  return {
    id,
    name: { en: `Rule ${id}`, de: `Regel ${id}` },
    effectiveQuarter,
    destinations: { regions: ['CN'], tiers: [] },
    catches: { thresholds: [], vendors: [], skus },
    mode,
    source: 'test',
    ...over,
  };
}

/**
 * A fuller scenario for whole-game tests: six companies (four US, two CN), the real SKUs (H200 from quarter 1,
 * B200 from quarter 4), other demand, the October 2023 rule and an H20 licence from quarter 5, scheduled events,
 * a random deck, an AI-lab and a chipmaker partnership, a grey market; eight quarters.
 */
export function richScenario(over: Partial<Scenario> = {}): Scenario {
  const q8 = (n: number) => Array.from({ length: 8 }, () => n);
  const budget = (n: number) => q8(n);
  return makeScenario({
    id: 'rich',
    quarters: 8,
    skus: [
      { ...REAL_SKUS.H100, supply: q8(60_000) },
      { ...REAL_SKUS.H200, availableFrom: 1, supply: [0, 20_000, 30_000, 40_000, 40_000, 40_000, 40_000, 40_000] },
      { ...REAL_SKUS.H20, supply: q8(50_000) },
      { ...REAL_SKUS.B200, availableFrom: 4, supply: [0, 0, 0, 0, 20_000, 40_000, 60_000, 80_000] },
      { ...REAL_SKUS.MI300X, supply: q8(20_000) },
      { ...REAL_SKUS.Ascend910B, supply: q8(30_000) },
    ],
    companies: [
      company({ id: 'msft', initial: 'M', color: '#0072b2', cash: 5_000_000_000, budget: budget(3_000_000_000), powerMw: 400, nvidiaRelationship: 80, fleet: { H100: 150_000 } }),
      company({ id: 'meta', initial: 'F', color: '#e69f00', cash: 4_000_000_000, budget: budget(2_500_000_000), powerMw: 300, nvidiaRelationship: 75, fleet: { H100: 100_000 } }),
      company({ id: 'goog', initial: 'G', color: '#009e73', cash: 4_000_000_000, budget: budget(2_000_000_000), powerMw: 300, nvidiaRelationship: 60, silicon: { name: 'TPU', h100e: 0.9, watts: 400, unitCost: 8_000, mig: false, startStage: 'volume', startProgress: 0, startFleet: 50_000 } }),
      company({ id: 'amzn', initial: 'A', color: '#cc79a7', cash: 4_000_000_000, budget: budget(2_000_000_000), powerMw: 250, nvidiaRelationship: 60, silicon: { name: 'Trainium', h100e: 0.7, watts: 500, unitCost: 6_000, mig: false, startStage: 'tapeout', startProgress: 0, startFleet: 0 }, powerUnderConstruction: [{ mw: 100, readyQuarter: 2 }] }),
      company({ id: 'bytd', initial: 'B', color: '#d55e00', region: 'CN', tier: 'T3', cash: 2_000_000_000, budget: budget(1_000_000_000), powerMw: 150, nvidiaRelationship: 50, fleet: { H100: 20_000, H20: 10_000 }, personality: { bidAggression: 60, siliconFocus: 20, powerPlanning: 50, cashReserve: 20, greyMarketAppetite: 60 } }),
      company({ id: 'tcnt', initial: 'T', color: '#56b4e9', region: 'CN', tier: 'T3', cash: 2_000_000_000, budget: budget(1_000_000_000), powerMw: 150, nvidiaRelationship: 50, fleet: { H20: 20_000 } }),
    ],
    otherDemand: [
      { id: 'neoclouds', name: 'CoreWeave and other neoclouds', sku: 'H100', quantity: q8(15_000), maxPrice: 30_000, relationship: 70 },
      { id: 'startups', name: 'AI startups', sku: 'H200', quantity: q8(5_000), maxPrice: 36_000, relationship: 40 },
    ],
    exportRules: [oct2023Rule(), namedRule('h20-licence', ['H20'], { kind: 'licence', approvalPct: 40 }, 5)],
    events: [
      { id: 'cowos', quarter: 1, headline: { en: 'CoWoS expands', de: 'CoWoS wächst' }, body: { en: 'Test.', de: 'Test.' }, source: 'test', effects: [{ kind: 'supply', sku: 'H100', pct: 20, quarters: 2 }] },
      { id: 'grid', quarter: 2, headline: { en: 'Grid delay', de: 'Netzverzögerung' }, body: { en: 'Test.', de: 'Test.' }, source: 'test', effects: [{ kind: 'powerDelay', region: 'US', quarters: 1 }] },
      { id: 'open-lab', quarter: 3, headline: { en: 'A lab seeks compute', de: 'Ein Labor sucht Rechenleistung' }, body: { en: 'Test.', de: 'Test.' }, source: 'test', effects: [{ kind: 'openPartnership', partnershipId: 'lab' }] },
    ],
    eventDeck: {
      drawPct: 50,
      cards: [
        { id: 'fab-incident', weight: 2, fromQuarter: 0, headline: { en: 'Fab incident', de: 'Störfall' }, body: { en: 'Test.', de: 'Test.' }, source: 'test', effects: [{ kind: 'supply', sku: 'H100', pct: -30, quarters: 1 }] },
        { id: 'efficiency', weight: 1, fromQuarter: 2, headline: { en: 'Efficiency breakthrough', de: 'Durchbruch' }, body: { en: 'Test.', de: 'Test.' }, source: 'test', effects: [{ kind: 'revenuePool', pct: 25, quarters: 2 }] },
        { id: 'antitrust', weight: 1, fromQuarter: 1, headline: { en: 'Antitrust', de: 'Kartellrecht' }, body: { en: 'Test.', de: 'Test.' }, source: 'test', effects: [{ kind: 'relationship', target: 'leader', delta: -10 }] },
        { id: 'foundry-cut', weight: 1, fromQuarter: 0, headline: { en: 'Foundry cut', de: 'Foundry-Kürzung' }, body: { en: 'Test.', de: 'Test.' }, source: 'test', effects: [{ kind: 'foundryAccess', region: 'CN', pct: -50, quarters: 2 }] },
      ],
    },
    partnerships: [
      { id: 'lab', kind: 'aiLab', name: 'Frontier Lab', availableFrom: 0, byEventOnly: true, computeH100e: 20_000, revenuePerQuarter: 400_000_000, quarters: 3, shortfallPenalty: 100_000_000 },
      { id: 'nv-priority', kind: 'chipmaker', name: 'NVIDIA priority', availableFrom: 1, byEventOnly: false, vendor: 'NVIDIA', prepayment: 500_000_000, priorityUnits: 10_000, quarters: 4 },
    ],
    market: { pricing: 'uniform', revenuePool: [4e9, 5e9, 6e9, 7e9, 8e9, 9e9, 10e9, 11e9], migYield: 1.15, maxBidsPerSku: 1 },
    power: { costPerMw: 10_000_000, leadQuarters: 2, opexPerMwPerQuarter: 200_000, overhead: 1.5 },
    silicon: { stageCost: { design: 200_000_000, tapeout: 300_000_000, ramp: 400_000_000 }, setbackPct: 25, rampCap: 20_000, foundryPool: q8(150_000) },
    greyMarket: { enabled: true, premiumPct: 60, maxUnitsPerQuarter: 5_000, catchPct: 30, finePct: 100, relationshipLoss: 15, entityListQuarters: 2 },
    skuGroups: { hopper: ['H100', 'H200', 'H20'] },
    ...over,
  });
}

/** A shipped scenario (by default the base game, scenarios/2024-hopper-scramble.json), parsed; null if the file is missing or invalid. */
export function shippedScenario(name = '2024-hopper-scramble'): Scenario | null {
  const file = join(import.meta.dirname, `../../scenarios/${name}.json`);
  if (!existsSync(file)) return null;
  const r = parseScenarioText(readFileSync(file, 'utf8'), file);
  return r.ok ? r.scenario : null;
}

/**
 * The scenario with every citation the checker requires, all naming its first source, and distinct company
 * colours: a test scenario that passes `parseScenario` as a whole (makeScenario's numbers are the engine's, not cited real figures).
 */
export function cited(s: Scenario): Scenario {
  const src = s.sources[0]?.id ?? 'test';
  const map = (fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, [src]]));
  return {
    ...s,
    skus: s.skus.map((k) => ({ ...k, cite: map(REQUIRED_CITES.sku) })),
    // Each company its own colour too (the checker wants them told apart).
    companies: s.companies.map((c, i) => ({ ...c, color: ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00'][i % 6] as string, cite: map(REQUIRED_COMPANY_CITES) })),
    otherDemand: s.otherDemand.map((o) => ({ ...o, cite: map(REQUIRED_CITES.otherDemand) })),
    partnerships: s.partnerships.map((p) => ({ ...p, cite: map(p.kind === 'aiLab' ? REQUIRED_CITES.aiLab : REQUIRED_CITES.chipmaker) })),
    cite: map([...new Set([...requiredRuleCites(s), ...REQUIRED_CITES.greyMarket])]),
  };
}
