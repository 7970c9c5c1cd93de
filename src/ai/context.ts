/**
 * What a bot works out from its view before deciding anything: its company, the SKUs it may buy with their
 * supply and export terms, its power now and later, and its money. Built only from `PlayerView` (and the
 * public scenario), never from the full game state.
 */
import {
  demandTranches,
  effectiveSupply,
  exportStatus,
  mwNeeded,
  onsiteRules,
  type OnsitePowerRules,
  runningCosts,
  stateFromView,
  type CompanySpec,
  type ExportStatus,
  type GameState,
  type Personality,
  type OtherDemand,
  type PlayerView,
  type Scenario,
  type SkuSpec,
  exportStatusFor,
  type Buyer,
} from '../engine';
import type { BotLevel } from './types';

/** A SKU the bot may bid for this quarter, with what the public record says about its market. */
export interface SkuInfo {
  spec: SkuSpec;
  status: ExportStatus;
  /** Units on offer this quarter after event modifiers (public: schedule + announced events). */
  supply: number;
  /** Units and best price of the other-demand blocks (public scenario data). */
  otherQty: number;
  otherPrice: number;
  /** Facility MW one unit draws. */
  mwPerUnit: number;
  /** Surcharge on the price (revenue share), percent. */
  sharePct: number;
  /** Chance the bid is allowed to fill (licence approval), 0..1. */
  approval: number;
}

/** Derived facts a bot decides from. */
export interface BotContext {
  view: PlayerView;
  /** A stand-in state built from the view (rivals without cash or orders) for engine helpers. */
  state: GameState;
  company: CompanySpec;
  ci: number;
  level: BotLevel;
  persona: Personality;
  q: number;
  /** Quarters in the game. */
  Q: number;
  /** Quarters left including this one. */
  left: number;
  skus: SkuInfo[];
  /** MW online at this quarter's resolution (capacity + projects due). */
  powerNow: number;
  /** MW the current fleet needs to run in full. */
  fleetMw: number;
  /** Cash after this quarter's running costs. */
  cashFree: number;
  /** Grid build: cost per MW and quarters to come online. */
  costPerMw: number;
  leadQuarters: number;
  /** On-site generation: the fast, dear option. */
  onsite: OnsitePowerRules;
  opexPerMw: number;
  overhead: number;
}

/** Whether no grid build can come online before the game ends (the four-quarter scenarios, the tutorial): on-site power is the only power that can be added. */
export function noGridBuild(ctx: Pick<BotContext, 'leadQuarters' | 'Q'>): boolean {
  return ctx.leadQuarters >= ctx.Q;
}

/** A capability part (0..1000) this high counts as full marks: more running compute adds nothing to it. */
export const FULL_CAPABILITY = 990;

/** MW online at quarter t from capacity now and projects under way (no new builds). */
export function powerAt(view: PlayerView, t: number): number {
  let mw = view.me.powerMw;
  for (const p of view.me.projects) if (p.readyQuarter <= t) mw += p.mw;
  return mw;
}

/** Vendors the entity list shuts out (as the engine rules it: every vendor an export rule names). */
function controlledVendors(scenario: PlayerView['scenario']): Set<string> {
  const out = new Set<string>();
  for (const r of scenario.exportRules) {
    for (const v of r.catches.vendors) out.add(v);
    for (const id of r.catches.skus) {
      const s = scenario.skus.find((x) => x.id === id);
      if (s) out.add(s.vendor);
    }
  }
  return out;
}

/** A block of other demand as the market will see it this quarter (after export rules that bind its region). */
export interface OtherBlock {
  quantity: number;
  maxPrice: number;
  relationship: number;
  /** Chance the block is allowed to bid (licence approval), 0..1. */
  approval: number;
}

const buyers = new WeakMap<OtherDemand, Buyer>();

/**
 * Other-demand blocks for a SKU in quarter t (public scenario data): blocks with a region are bound by that
 * region's export rules, as the engine binds them (banned blocks drop out, capped ones shrink).
 */
export function otherBlocks(scenario: Scenario, sku: SkuSpec, t: number): OtherBlock[] {
  const out: OtherBlock[] = [];
  for (const d of scenario.otherDemand) {
    if (d.sku !== sku.id) continue;
    let quantity = d.quantity[t] ?? 0;
    if (quantity <= 0) continue;
    let approval = 1;
    if (d.region !== undefined) {
      let buyer = buyers.get(d);
      if (!buyer) {
        buyer = { region: d.region, tier: '' };
        buyers.set(d, buyer);
      }
      const st = exportStatusFor(scenario, buyer, sku, t);
      if (!st.allowed) continue;
      if (st.modes.includes('licence')) approval = st.approvalPct / 100;
      if (st.capUnits !== null) quantity = Math.min(quantity, st.capUnits);
    }
    // A buyer with a demand curve bids each price point as a tranche, as the engine enters them.
    for (const tr of demandTranches(d, t, quantity)) out.push({ quantity: tr.quantity, maxPrice: tr.maxPrice, relationship: d.relationship, approval });
  }
  return out;
}

function skuInfo(state: GameState, view: PlayerView, spec: SkuSpec): SkuInfo | null {
  const q = view.quarter;
  if (spec.availableFrom > q) return null;
  const status = exportStatus(state, view.me.id, spec.id);
  if (!status.allowed) return null;
  if (view.me.entityListUntil > q && controlledVendors(view.scenario).has(spec.vendor)) return null;
  const supply = effectiveSupply(state, spec);
  let otherQty = 0;
  let otherPrice = 0;
  for (const b of otherBlocks(view.scenario, spec, q)) {
    otherQty += Math.round(b.quantity * b.approval);
    otherPrice = Math.max(otherPrice, b.maxPrice);
  }
  const p = view.scenario.power;
  return {
    spec,
    status,
    supply,
    otherQty,
    otherPrice,
    mwPerUnit: (spec.watts * p.overhead) / 1_000_000,
    sharePct: status.sharePct,
    approval: status.approvalPct / 100,
  };
}

/** Builds the bot's context from its view; null when the bot has nothing to decide (not the orders phase). */
export function makeContext(view: PlayerView, level: BotLevel): BotContext | null {
  const { scenario, me, quarter: q } = view;
  const ci = scenario.companies.findIndex((c) => c.id === me.id);
  const company = scenario.companies[ci];
  if (!company || view.phase !== 'orders') return null;
  const state = stateFromView(view);
  const skus: SkuInfo[] = [];
  for (const s of scenario.skus) {
    const info = skuInfo(state, view, s);
    if (info && info.supply > 0) skus.push(info);
  }
  const p = scenario.power;
  return {
    view,
    state,
    company,
    ci,
    level,
    persona: company.personality,
    q,
    Q: scenario.quarters,
    left: scenario.quarters - q,
    skus,
    powerNow: powerAt(view, q),
    fleetMw: mwNeeded(state, ci, me.fleet),
    cashFree: Math.max(0, me.cash - runningCosts(state, me.id)),
    costPerMw: p.costPerMw,
    leadQuarters: p.leadQuarters,
    onsite: onsiteRules(state),
    opexPerMw: p.opexPerMwPerQuarter,
    overhead: p.overhead,
  };
}

/** Compute and power of a fleet key for any company (scenario data, public). */
export function unitOf(scenario: PlayerView['scenario'], company: CompanySpec, key: string): { h100e: number; watts: number; mig: boolean } {
  if (key === 'custom') return company.silicon;
  const s = scenario.skus.find((x) => x.id === key);
  return s ?? { h100e: 0, watts: 1, mig: false };
}

/** Deployed H100e of a fleet record (deployed units) for a company. */
export function deployedH100e(scenario: PlayerView['scenario'], company: CompanySpec, deployed: Record<string, number>): { total: number; weighted: number; own: number } {
  let total = 0;
  let weighted = 0;
  let own = 0;
  for (const key of Object.keys(deployed)) {
    const n = deployed[key] ?? 0;
    if (n <= 0) continue;
    const u = unitOf(scenario, company, key);
    total += n * u.h100e;
    weighted += n * u.h100e * (u.mig ? scenario.market.migYield : 1);
    if (key === 'custom') own += n * u.h100e;
  }
  return { total, weighted, own };
}
