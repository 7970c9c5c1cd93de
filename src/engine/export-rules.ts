import { indexOf } from './lookup';
import type { CompanySpec, ExportRule, GameState, RuleMode, Scenario, SkuSpec } from './types';

/** Whom an export rule can bind: a company, or a block of other demand with a region. */
export type Buyer = Pick<CompanySpec, 'region' | 'tier'>;

/** How export rules treat one SKU for one buyer in one quarter. */
export interface ExportStatus {
  /** False when the buyer may not bid at all (banned, or the vendor does not sell to the region). */
  allowed: boolean;
  mode: RuleMode['kind'] | 'free' | 'notSold';
  ruleId: string | null;
  ruleName: ExportRule['name'] | null;
  /** Licence approval chance, revenue-share percent or unit cap, by mode. */
  value: number;
}

const FREE: ExportStatus = { allowed: true, mode: 'free', ruleId: null, ruleName: null, value: 0 };
const STRICTNESS: Record<RuleMode['kind'], number> = { banned: 4, cap: 3, licence: 2, revenueShare: 1 };

/** Whether the rule is in force in quarter q. */
export function ruleInForce(rule: ExportRule, q: number): boolean {
  return q >= rule.effectiveQuarter && (rule.endQuarter === undefined || q < rule.endQuarter);
}

/** The rules in force this quarter, in scenario order. */
export function activeRules(state: Pick<GameState, 'scenario' | 'quarter'>): ExportRule[] {
  return state.scenario.exportRules.filter((r) => ruleInForce(r, state.quarter));
}

function binds(rule: ExportRule, company: Buyer): boolean {
  return rule.destinations.regions.includes(company.region) || rule.destinations.tiers.includes(company.tier);
}

function catchesByThreshold(rule: ExportRule, sku: SkuSpec): boolean {
  if (rule.catches.vendors.length > 0 && !rule.catches.vendors.includes(sku.vendor)) return false;
  return rule.catches.thresholds.some((t) => sku.tpp >= t.tppMin && (t.densityMin === undefined || sku.density >= t.densityMin));
}

function modeValue(mode: RuleMode): number {
  switch (mode.kind) {
    case 'banned':
      return 0;
    case 'licence':
      return mode.approvalPct;
    case 'revenueShare':
      return mode.pct;
    case 'cap':
      return mode.unitsPerQuarter;
    default: {
      const never: never = mode;
      return never;
    }
  }
}

function statusOf(rule: ExportRule): ExportStatus {
  return { allowed: rule.mode.kind !== 'banned', mode: rule.mode.kind, ruleId: rule.id, ruleName: rule.name, value: modeValue(rule.mode) };
}

function strictest(rules: ExportRule[]): ExportRule | undefined {
  let best: ExportRule | undefined;
  for (const r of rules) if (!best || STRICTNESS[r.mode.kind] > STRICTNESS[best.mode.kind]) best = r;
  return best;
}

/**
 * Export status of a SKU for a company in quarter q. A rule that names the SKU overrides threshold rules
 * (a licensing decision about a named part is more specific); among rules of the same kind the strictest wins.
 */
export function exportStatusFor(scenario: Scenario, company: Buyer, sku: SkuSpec, q: number): ExportStatus {
  let byCompany = scenario === lastScenario ? lastByCompany : statusCache.get(scenario);
  if (!byCompany) {
    byCompany = new Map();
    statusCache.set(scenario, byCompany);
  }
  lastScenario = scenario;
  lastByCompany = byCompany;
  let bySku = byCompany.get(company);
  if (!bySku) {
    bySku = new Map();
    byCompany.set(company, bySku);
  }
  let byQuarter = bySku.get(sku);
  if (!byQuarter) {
    byQuarter = [];
    bySku.set(sku, byQuarter);
  }
  let status = byQuarter[q];
  if (!status) {
    status = computeStatus(scenario, company, sku, q);
    byQuarter[q] = status;
  }
  return status;
}

/** Statuses depend only on the scenario, the company, the SKU and the quarter: computed once each (keyed by object identity). */
const statusCache = new WeakMap<Scenario, Map<Buyer, Map<SkuSpec, ExportStatus[]>>>();
// The last scenario's statuses, found without the WeakMap lookup (nearly every call is for the same scenario).
let lastScenario: Scenario | null = null;
let lastByCompany: Map<Buyer, Map<SkuSpec, ExportStatus[]>> | undefined;

function computeStatus(scenario: Scenario, company: Buyer, sku: SkuSpec, q: number): ExportStatus {
  if (sku.soldTo.length > 0 && !sku.soldTo.includes(company.region)) {
    return { allowed: false, mode: 'notSold', ruleId: null, ruleName: null, value: 0 };
  }
  const named: ExportRule[] = [];
  const byThreshold: ExportRule[] = [];
  for (const rule of scenario.exportRules) {
    if (!ruleInForce(rule, q) || !binds(rule, company)) continue;
    if (rule.catches.skus.includes(sku.id)) named.push(rule);
    else if (catchesByThreshold(rule, sku)) byThreshold.push(rule);
  }
  const rule = strictest(named) ?? strictest(byThreshold);
  return rule ? statusOf(rule) : FREE;
}

/** Export status of a SKU for a player this quarter (for the orders panel and bots). */
export function exportStatus(state: Pick<GameState, 'scenario' | 'quarter'>, playerId: string, skuId: string): ExportStatus {
  const idx = indexOf(state.scenario);
  const company = idx.company.get(playerId);
  const sku = idx.sku.get(skuId);
  if (!company || !sku) return { allowed: false, mode: 'notSold', ruleId: null, ruleName: null, value: 0 };
  return exportStatusFor(state.scenario, company, sku, state.quarter);
}

/** Vendors whose parts the entity list shuts out: every vendor any export rule names. */
export function controlledVendors(scenario: Scenario): Set<string> {
  const out = new Set<string>();
  for (const r of scenario.exportRules) for (const v of r.catches.vendors) out.add(v);
  for (const r of scenario.exportRules) for (const id of r.catches.skus) {
    const sku = scenario.skus.find((s) => s.id === id);
    if (sku) out.add(sku.vendor);
  }
  return out;
}
