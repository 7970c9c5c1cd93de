import { indexOf } from './lookup';
import type { CompanySpec, ExportRule, GameState, RuleMode, Scenario, SkuSpec } from './types';

/** Whom an export rule can bind: a company, or a block of other demand with a region. */
export type Buyer = Pick<CompanySpec, 'region' | 'tier'>;

/** How export rules treat one SKU for one buyer in one quarter. */
export interface ExportStatus {
  /** False when the buyer may not bid at all (banned, or the vendor does not sell to the region). */
  allowed: boolean;
  /** The strictest mode of the rule that applies (its other modes apply too: see `modes`). */
  mode: RuleMode['kind'] | 'free' | 'notSold';
  ruleId: string | null;
  ruleName: ExportRule['name'] | null;
  /** The state that issues the rule (US when the rule names none); null when no rule applies. */
  issuer: string | null;
  /** Licence approval chance, revenue-share percent or unit cap of `mode`. */
  value: number;
  /** Every mode of the rule that applies, strictest first (empty when none). */
  modes: RuleMode['kind'][];
  /** Chance (percent) a licence is granted: 100 when the rule asks for no licence. */
  approvalPct: number;
  /** Percent of the price paid on top to the issuing state: 0 when there is no revenue share. */
  sharePct: number;
  /** Units a quarter the buyer may take: null when there is no cap. */
  capUnits: number | null;
}

/** The issuer of a rule that names none. */
export const DEFAULT_ISSUER = 'US';

const FREE: ExportStatus = { allowed: true, mode: 'free', ruleId: null, ruleName: null, issuer: null, value: 0, modes: [], approvalPct: 100, sharePct: 0, capUnits: null };
const NOT_SOLD: ExportStatus = { ...FREE, allowed: false, mode: 'notSold' };
const STRICTNESS: Record<RuleMode['kind'], number> = { banned: 4, cap: 3, licence: 2, revenueShare: 1 };

/** A rule's modes: its `modes` list, or its single older-form `mode` (an empty list if it has neither). */
export function ruleModes(rule: Pick<ExportRule, 'mode' | 'modes'>): RuleMode[] {
  if (rule.modes && rule.modes.length > 0) return rule.modes;
  return rule.mode ? [rule.mode] : [];
}

/** The state that issues a rule. */
export function ruleIssuer(rule: Pick<ExportRule, 'issuer'>): string {
  return rule.issuer ?? DEFAULT_ISSUER;
}

/** How strict a rule is: its strictest mode (0 for a rule with none). */
function ruleStrictness(rule: ExportRule): number {
  let s = 0;
  for (const m of ruleModes(rule)) s = Math.max(s, STRICTNESS[m.kind]);
  return s;
}

/** Whether the rule is in force in quarter q. */
export function ruleInForce(rule: ExportRule, q: number): boolean {
  return q >= rule.effectiveQuarter && (rule.endQuarter === undefined || q < rule.endQuarter);
}

/** A rule lifted by the quarter it was due (the base scenario's AI Diffusion Rule, rescinded): never in force. */
export function neverInForce(rule: Pick<ExportRule, 'effectiveQuarter' | 'endQuarter'>): boolean {
  return rule.endQuarter !== undefined && rule.endQuarter <= rule.effectiveQuarter;
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
  const modes = ruleModes(rule)
    .slice()
    .sort((a, b) => STRICTNESS[b.kind] - STRICTNESS[a.kind]);
  const top = modes[0];
  if (!top) return { ...FREE, ruleId: rule.id, ruleName: rule.name, issuer: ruleIssuer(rule) };
  let approvalPct = 100;
  let sharePct = 0;
  let capUnits: number | null = null;
  // Two modes of one kind in a rule: the stricter number holds.
  for (const m of modes) {
    if (m.kind === 'licence') approvalPct = Math.min(approvalPct, m.approvalPct);
    else if (m.kind === 'revenueShare') sharePct = Math.max(sharePct, m.pct);
    else if (m.kind === 'cap') capUnits = Math.min(capUnits ?? m.unitsPerQuarter, m.unitsPerQuarter);
  }
  return {
    allowed: top.kind !== 'banned',
    mode: top.kind,
    ruleId: rule.id,
    ruleName: rule.name,
    issuer: ruleIssuer(rule),
    value: modeValue(top),
    modes: modes.map((m) => m.kind),
    approvalPct,
    sharePct,
    capUnits,
  };
}

function strictest(rules: ExportRule[]): ExportRule | undefined {
  let best: ExportRule | undefined;
  for (const r of rules) if (!best || ruleStrictness(r) > ruleStrictness(best)) best = r;
  return best;
}

/**
 * Export status of a SKU for a company in quarter q. A rule that names the SKU overrides threshold rules
 * (a licensing decision about a named part is more specific); among rules of the same kind the strictest wins
 * (by its strictest mode; the first in scenario order on a tie), and all of the winning rule's modes apply.
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
    return NOT_SOLD;
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
  if (!company || !sku) return NOT_SOLD;
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
