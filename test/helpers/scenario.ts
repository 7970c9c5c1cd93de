import type { CompanySpec, Scenario, SkuSpec } from '../../src/engine';

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
