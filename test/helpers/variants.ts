/** Random scenario variants for property tests: supply, budgets, pricing, rules, grey market, events, partnerships. */
import * as fc from 'fast-check';
import type { ExportRule, RuleMode, Scenario } from '../../src/engine';
import { company, makeScenario, namedRule, oct2023Rule, REAL_SKUS } from './scenario';

export const SKU_IDS = ['H100', 'H200', 'H20', 'B200', 'MI300X', 'Ascend910B'] as const;
export const MAX_QUARTERS = 5;
export const COMPANY_IDS = ['alpha', 'beta', 'gamma', 'delta'] as const;

const modeArb: fc.Arbitrary<RuleMode> = fc.oneof(
  fc.constant<RuleMode>({ kind: 'banned' }),
  fc.integer({ min: 0, max: 100 }).map((approvalPct): RuleMode => ({ kind: 'licence', approvalPct })),
  fc.integer({ min: 0, max: 40 }).map((pct): RuleMode => ({ kind: 'revenueShare', pct })),
  fc.integer({ min: 0, max: 2_000 }).map((unitsPerQuarter): RuleMode => ({ kind: 'cap', unitsPerQuarter })),
);

/** A scenario variant: 1..5 quarters, 2..4 companies (US and CN alternating), the real SKUs, random rules. */
export const variantArb = fc.record({
  seed: fc.string({ maxLength: 12 }),
  quarters: fc.integer({ min: 1, max: MAX_QUARTERS }),
  pricing: fc.constantFrom('uniform' as const, 'payAsBid' as const),
  supply: fc.array(fc.array(fc.oneof(fc.constant(0), fc.nat(4_000)), { minLength: MAX_QUARTERS, maxLength: MAX_QUARTERS }), { minLength: SKU_IDS.length, maxLength: SKU_IDS.length }),
  availableFrom: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: SKU_IDS.length, maxLength: SKU_IDS.length }),
  companies: fc.array(
    fc.record({
      cash: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400_000_000 }), fc.integer({ min: 400_000_000, max: 2_000_000_000 })),
      budget: fc.integer({ min: 0, max: 100_000_000 }),
      powerMw: fc.integer({ min: 0, max: 60 }),
      h100: fc.nat(20_000),
      relationship: fc.integer({ min: 0, max: 100 }),
      stage: fc.constantFrom('none' as const, 'design' as const, 'ramp' as const, 'volume' as const),
    }),
    { minLength: 2, maxLength: 4 },
  ),
  oct2023: fc.boolean(),
  named: fc.option(fc.record({ skus: fc.subarray([...SKU_IDS], { minLength: 1 }), mode: modeArb, from: fc.integer({ min: 0, max: 4 }), end: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), tiers: fc.boolean() }), { nil: null }),
  second: fc.option(fc.record({ mode: modeArb, from: fc.integer({ min: 0, max: 3 }) }), { nil: null }),
  otherDemand: fc.option(fc.record({ sku: fc.constantFrom(...SKU_IDS), quantity: fc.nat(3_000), maxPrice: fc.integer({ min: 0, max: 60_000 }), relationship: fc.integer({ min: 0, max: 100 }), region: fc.constantFrom(undefined, 'CN', 'US') }), { nil: null }),
  grey: fc.record({ enabled: fc.boolean(), catchPct: fc.integer({ min: 0, max: 100 }), maxUnits: fc.nat(3_000) }),
  setbackPct: fc.integer({ min: 0, max: 100 }),
  drawPct: fc.integer({ min: 0, max: 100 }),
  foundryPool: fc.nat(2_000),
  booking: fc.option(fc.record({ leadQuarters: fc.integer({ min: 0, max: 3 }), depositPct: fc.integer({ min: 0, max: 100 }) }), { nil: null }),
  onsite: fc.option(fc.record({ costPerMw: fc.integer({ min: 0, max: 5_000_000 }), leadQuarters: fc.integer({ min: 0, max: 2 }), opexPerMwPerQuarter: fc.integer({ min: 0, max: 4_000_000 }) }), { nil: null }),
  pool: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5_000_000_000 })),
  opex: fc.integer({ min: 0, max: 2_000_000 }),
  maxBidsPerSku: fc.integer({ min: 1, max: 2 }),
});

export type Variant = typeof variantArb extends fc.Arbitrary<infer T> ? T : never;

/** The scenario of a variant. */
export function scenarioOf(v: Variant): Scenario {
  const base = makeScenario();
  const skus = SKU_IDS.map((id, k) => ({ ...REAL_SKUS[id], availableFrom: id === 'H100' || id === 'H20' ? 0 : (v.availableFrom[k] as number), supply: (v.supply[k] as number[]).slice(0, v.quarters) }));
  const rules: ExportRule[] = [];
  if (v.oct2023) rules.push(oct2023Rule());
  if (v.named) {
    const n = v.named;
    rules.push(namedRule('named', n.skus, n.mode, n.from, { ...(n.end !== undefined ? { endQuarter: n.end } : {}), destinations: n.tiers ? { regions: [], tiers: ['T3'] } : { regions: ['CN'], tiers: [] } }));
  }
  if (v.second) rules.push(oct2023Rule({ id: 'second', mode: v.second.mode, effectiveQuarter: v.second.from }));
  const q = (n: number) => Array.from({ length: v.quarters }, () => n);
  return makeScenario({
    quarters: v.quarters,
    skus,
    companies: v.companies.map((c, i) =>
      company({
        id: COMPANY_IDS[i] as string,
        region: i % 2 === 0 ? 'US' : 'CN',
        tier: i % 2 === 0 ? 'T1' : 'T3',
        cash: c.cash,
        budget: q(c.budget),
        powerMw: c.powerMw,
        fleet: { H100: c.h100 },
        nvidiaRelationship: c.relationship,
        powerUnderConstruction: i === 0 ? [{ mw: 5, readyQuarter: 1 }] : [],
        silicon: { name: 'Chip', h100e: 0.6, watts: 350, unitCost: 4_000, mig: false, startStage: c.stage, startProgress: 0, startFleet: 100 },
      }),
    ),
    otherDemand: v.otherDemand ? [{ id: 'others', name: 'Others', sku: v.otherDemand.sku, quantity: q(v.otherDemand.quantity), maxPrice: v.otherDemand.maxPrice, relationship: v.otherDemand.relationship, ...(v.otherDemand.region ? { region: v.otherDemand.region } : {}) }] : [],
    exportRules: rules,
    events: [
      { id: 'grid', quarter: 1, headline: { en: 'Grid', de: 'Netz' }, body: { en: '.', de: '.' }, source: 'test', effects: [{ kind: 'powerDelay', region: 'US', quarters: 1 }] },
      { id: 'open', quarter: 1, headline: { en: 'Lab', de: 'Labor' }, body: { en: '.', de: '.' }, source: 'test', effects: [{ kind: 'openPartnership', partnershipId: 'lab' }] },
    ],
    eventDeck: {
      drawPct: v.drawPct,
      cards: [
        { id: 'fab', weight: 2, fromQuarter: 0, headline: { en: 'Fab', de: 'Fab' }, body: { en: '.', de: '.' }, source: 'test', effects: [{ kind: 'supply', sku: 'H100', pct: -60, quarters: 2 }] },
        { id: 'boom', weight: 1, fromQuarter: 0, headline: { en: 'Boom', de: 'Boom' }, body: { en: '.', de: '.' }, source: 'test', effects: [{ kind: 'revenuePool', pct: 33, quarters: 1 }] },
        { id: 'antitrust', weight: 1, fromQuarter: 1, headline: { en: 'Antitrust', de: 'Kartell' }, body: { en: '.', de: '.' }, source: 'test', effects: [{ kind: 'relationship', target: 'leader', delta: -15 }] },
        { id: 'foundry', weight: 1, fromQuarter: 0, headline: { en: 'Foundry', de: 'Foundry' }, body: { en: '.', de: '.' }, source: 'test', effects: [{ kind: 'foundryAccess', region: 'CN', pct: -50, quarters: 2 }, { kind: 'foundryAccess', region: 'US', pct: 40, quarters: 1 }] },
      ],
    },
    partnerships: [
      { id: 'lab', kind: 'aiLab', name: 'Lab', availableFrom: 0, byEventOnly: true, computeH100e: 3_000, revenuePerQuarter: 5_000_000, quarters: 2, shortfallPenalty: 2_000_000 },
      { id: 'chip', kind: 'chipmaker', name: 'Priority', availableFrom: 0, byEventOnly: false, vendor: 'NVIDIA', prepayment: 20_000_000, priorityUnits: 500, quarters: 3 },
    ],
    market: { pricing: v.pricing, revenuePool: q(v.pool), migYield: 1.15, maxBidsPerSku: v.maxBidsPerSku },
    power: { ...base.power, opexPerMwPerQuarter: v.opex, ...(v.onsite ? { onsite: v.onsite } : {}) },
    silicon: { stageCost: { design: 1_000_000, tapeout: 2_000_000, ramp: 3_000_000 }, setbackPct: v.setbackPct, rampCap: 100, foundryPool: q(v.foundryPool), ...(v.booking ? { booking: v.booking } : {}) },
    greyMarket: { ...base.greyMarket, enabled: v.grey.enabled, catchPct: v.grey.catchPct, maxUnitsPerQuarter: v.grey.maxUnits },
  });
}
