/**
 * Cross-reference checks of a structurally valid scenario: ids that must exist or be unique, per-quarter series
 * of the right length, quarters in range and citations that name a source. Each issue carries its JSON path.
 */
import type { z } from 'zod';
import type { CompanySpec, EventEffect, Scenario } from '../engine/types';
import { badgeOf } from './badge';
import { checkCitations } from './citations';
import { RESERVED_SKU_ID } from './primitives';

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

/** Fields every company must cite, and why a reader would ask for them. */
export const REQUIRED_COMPANY_CITES = ['fleet', 'budget', 'cash', 'powerMw'] as const;

/** Keys a company's `cite` map may use (a field of the company, optionally with a sub-field: silicon.h100e). */
const COMPANY_FIELDS: ReadonlySet<string> = new Set<keyof CompanySpec>([
  'id', 'name', 'initial', 'badge', 'color', 'region', 'tier', 'cash', 'budget', 'fleet', 'powerMw', 'powerUnderConstruction',
  'nvidiaRelationship', 'silicon', 'personality', 'calibration', 'cite',
]);

/** NVIDIA green is kept for the supply stacks, so no company may use it. */
const RESERVED_COLOURS = new Set(['#76b900']);

/** Event targets besides company ids. */
const SPECIAL_TARGETS = new Set(['leader', 'all']);

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function listing(values: Iterable<string>): string {
  const all = [...values];
  const shown = all.slice(0, 12).join(', ');
  return all.length > 12 ? `${shown}, ... (${all.length} in all)` : shown || '(none)';
}

/** A name as compared for uniqueness: Unicode compatibility form (NFKC) and case folded (so "ß" matches "SS"). */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC');
}

function checkUnique(report: Report, items: { id: string }[], base: Path, what: string, seen = new Map<string, string>()): void {
  items.forEach((item, i) => {
    const where = `$.${base.join('.')}[${i}]`;
    const first = seen.get(item.id);
    if (first !== undefined) report([...base, i, 'id'], `expected a unique ${what} id, found "${item.id}" again (first used at ${first})`);
    else seen.set(item.id, where);
  });
}

function checkLength(report: Report, series: unknown[], quarters: number, path: Path): void {
  if (series.length !== quarters) {
    report(path, `expected ${quarters} entries (one per quarter), found ${series.length}`);
  }
}

function checkQuarter(report: Report, q: number, quarters: number, path: Path, allowEnd = false): void {
  const max = allowEnd ? quarters : quarters - 1;
  if (q > max) report(path, `expected a quarter 0..${max} (the scenario has ${quarters} quarters), found ${q}`);
}

function checkEffects(report: Report, s: Scenario, effects: EventEffect[], base: Path, skuIds: Set<string>): void {
  const companyIds = new Set(s.companies.map((c) => c.id));
  const partnershipIds = new Set(s.partnerships.map((p) => p.id));
  effects.forEach((e, j) => {
    const path = [...base, 'effects', j];
    if (e.kind === 'supply' && !skuIds.has(e.sku)) {
      report([...path, 'sku'], `expected a SKU id (${listing(skuIds)}), found ${show(e.sku)}`);
    }
    if (e.kind === 'relationship' && !SPECIAL_TARGETS.has(e.target) && !companyIds.has(e.target)) {
      report([...path, 'target'], `expected "leader", "all" or a company id (${listing(companyIds)}), found ${show(e.target)}`);
    }
    if (e.kind === 'openPartnership' && !partnershipIds.has(e.partnershipId)) {
      report([...path, 'partnershipId'], `expected a partnership id (${listing(partnershipIds)}), found ${show(e.partnershipId)}`);
    }
  });
}

function checkSources(report: Report, s: Scenario): void {
  const ids = new Set(s.sources.map((x) => x.id));
  const need = (id: string, path: Path) => {
    if (!ids.has(id)) report(path, `expected the id of an entry in $.sources, found ${show(id)} (no such source)`);
  };
  s.exportRules.forEach((r, i) => need(r.source, ['exportRules', i, 'source']));
  s.events.forEach((e, i) => need(e.source, ['events', i, 'source']));
  s.eventDeck.cards.forEach((c, i) => need(c.source, ['eventDeck', 'cards', i, 'source']));
  s.companies.forEach((c, i) => {
    for (const [field, list] of Object.entries(c.cite)) list.forEach((id, j) => need(id, ['companies', i, 'cite', field, j]));
  });
}

function checkCompanies(report: Report, s: Scenario, skuIds: Set<string>, groups: Set<string>): void {
  const initials = new Map<string, number>();
  const badges = new Map<string, number>();
  const colours = new Map<string, number>();
  const names = new Map<string, number>();
  s.companies.forEach((c, i) => {
    const base: Path = ['companies', i];
    const name = nameKey(c.name);
    const same = names.get(name);
    if (same !== undefined) report([...base, 'name'], `expected a unique company name, found ${show(c.name)}, which reads the same as $.companies[${same}].name ${show(s.companies[same]?.name)} (names are compared ignoring case and Unicode form)`);
    else names.set(name, i);
    checkLength(report, c.budget, s.quarters, [...base, 'budget']);
    for (const key of Object.keys(c.fleet)) {
      if (key !== RESERVED_SKU_ID && !skuIds.has(key)) {
        report([...base, 'fleet', key], `expected a SKU id (${listing(skuIds)}) or "custom", found ${show(key)}`);
      }
    }
    c.powerUnderConstruction.forEach((p, j) => checkQuarter(report, p.readyQuarter, s.quarters, [...base, 'powerUnderConstruction', j, 'readyQuarter']));
    for (const field of REQUIRED_COMPANY_CITES) {
      if (!c.cite[field]) report([...base, 'cite'], `expected a citation for "${field}" (cite.${field}: [source ids]), found none`);
    }
    for (const key of Object.keys(c.cite)) {
      const head = key.split('.')[0] ?? key;
      if (!COMPANY_FIELDS.has(head)) report([...base, 'cite', key], `expected a company field name (e.g. budget, silicon.h100e), found ${show(key)}`);
    }
    for (const key of Object.keys(c.calibration ?? {})) {
      const group = key.replace(/\d{4}$/, '');
      if (!groups.has(group)) report([...base, 'calibration', key], `expected a SKU group from $.skuGroups (${listing(groups)}), optionally followed by a year, found ${show(key)}`);
    }
    const initial = initials.get(c.initial);
    if (initial !== undefined) report([...base, 'initial'], `expected a unique initial, found "${c.initial}" again (also $.companies[${initial}])`);
    else initials.set(c.initial, i);
    const badge = badgeOf(c);
    const sameBadge = badges.get(badge);
    // A repeated initial is reported above; its badge would repeat too.
    if (sameBadge !== undefined && initial === undefined) report([...base, c.badge ? 'badge' : 'initial'], `expected a unique badge, found "${badge}" again (also $.companies[${sameBadge}]; set "badge" to tell them apart)`);
    else badges.set(badge, i);
    const colour = c.color.toLowerCase();
    if (RESERVED_COLOURS.has(colour)) report([...base, 'color'], `expected a company colour, found ${c.color} (NVIDIA green is reserved for supply)`);
    const other = colours.get(colour);
    if (other !== undefined) report([...base, 'color'], `expected a unique colour, found ${c.color} again (also $.companies[${other}])`);
    else colours.set(colour, i);
  });
}

function checkRules(report: Report, s: Scenario, skuIds: Set<string>): void {
  s.exportRules.forEach((r, i) => {
    const base: Path = ['exportRules', i];
    checkQuarter(report, r.effectiveQuarter, s.quarters, [...base, 'effectiveQuarter']);
    if (r.endQuarter !== undefined) {
      checkQuarter(report, r.endQuarter, s.quarters, [...base, 'endQuarter'], true);
      if (r.endQuarter < r.effectiveQuarter) {
        report([...base, 'endQuarter'], `expected endQuarter >= effectiveQuarter (${r.effectiveQuarter}), found ${r.endQuarter}`);
      }
    }
    if (r.mode === undefined && r.modes === undefined) report(base, 'expected a mode (mode: {kind: ...}) or a list of modes (modes: [...]), found neither');
    if (r.mode !== undefined && r.modes !== undefined) report([...base, 'modes'], 'expected either mode or modes, found both (put every mode in modes)');
    const kinds = new Set<string>();
    (r.modes ?? []).forEach((m, j) => {
      if (kinds.has(m.kind)) report([...base, 'modes', j], `expected at most one mode of each kind, found "${m.kind}" again`);
      kinds.add(m.kind);
    });
    if (kinds.has('banned') && kinds.size > 1) report([...base, 'modes'], 'expected "banned" alone (a ban leaves nothing for other modes to do), found it with other modes');
    if (r.destinations.regions.length === 0 && r.destinations.tiers.length === 0) {
      report([...base, 'destinations'], 'expected at least one region or tier, found none (the rule would bind nobody)');
    }
    if (r.catches.thresholds.length === 0 && r.catches.skus.length === 0) {
      report([...base, 'catches'], 'expected at least one threshold or SKU, found none (the rule would catch nothing)');
    }
    r.catches.skus.forEach((id, j) => {
      if (!skuIds.has(id)) report([...base, 'catches', 'skus', j], `expected a SKU id (${listing(skuIds)}), found ${show(id)}`);
    });
  });
}

function checkPartnerships(report: Report, s: Scenario): void {
  const vendors = new Set(s.skus.map((k) => k.vendor));
  const opened = new Set<string>();
  for (const e of [...s.events, ...s.eventDeck.cards]) {
    for (const f of e.effects) if (f.kind === 'openPartnership') opened.add(f.partnershipId);
  }
  s.partnerships.forEach((p, i) => {
    checkQuarter(report, p.availableFrom, s.quarters, ['partnerships', i, 'availableFrom']);
    if (p.byEventOnly && !opened.has(p.id)) {
      report(['partnerships', i, 'byEventOnly'], `expected an event or deck card with an openPartnership effect for "${p.id}", found none (the deal could never open)`);
    }
    if (p.kind === 'chipmaker' && !vendors.has(p.vendor)) {
      report(['partnerships', i, 'vendor'], `expected a vendor of some SKU (${listing(vendors)}), found ${show(p.vendor)}`);
    }
  });
}

let runs = 0;

/** How many times the cross-checks have run: zod skips them after a type error, and the parser says so. */
export function crossCheckRuns(): number {
  return runs;
}

/** The relationship vendor and the presentation's vendors must sell a SKU; a vendor is styled once. */
function checkPresentation(report: Report, s: Scenario): void {
  const vendors = new Set(s.skus.map((k) => k.vendor));
  if (s.relationship && !vendors.has(s.relationship.vendor)) {
    report(['relationship', 'vendor'], `expected a vendor of some SKU (${listing(vendors)}), found ${show(s.relationship.vendor)}`);
  }
  const seen = new Set<string>();
  (s.presentation?.vendors ?? []).forEach((v, i) => {
    if (!vendors.has(v.name)) report(['presentation', 'vendors', i, 'name'], `expected a vendor of some SKU (${listing(vendors)}), found ${show(v.name)}`);
    else if (seen.has(v.name)) report(['presentation', 'vendors', i, 'name'], `expected each vendor once, found ${show(v.name)} again`);
    seen.add(v.name);
  });
}

/** superRefine body: reports every broken cross-reference of a scenario with its path. */
export function checkScenarioRefs(s: Scenario, ctx: z.RefinementCtx): void {
  runs++;
  const report: Report = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  const skuIds = new Set(s.skus.map((k) => k.id));
  const groups = new Set(Object.keys(s.skuGroups));

  checkUnique(report, s.skus, ['skus'], 'SKU');
  checkUnique(report, s.companies, ['companies'], 'company');
  checkUnique(report, s.otherDemand, ['otherDemand'], 'other-demand');
  checkUnique(report, s.exportRules, ['exportRules'], 'export rule');
  const eventIds = new Map<string, string>();
  checkUnique(report, s.events, ['events'], 'event', eventIds);
  checkUnique(report, s.eventDeck.cards, ['eventDeck', 'cards'], 'event', eventIds);
  checkUnique(report, s.partnerships, ['partnerships'], 'partnership');
  checkUnique(report, s.sources, ['sources'], 'source');

  checkPresentation(report, s);
  s.skus.forEach((k, i) => {
    if (k.id.toLowerCase() === RESERVED_SKU_ID) {
      report(['skus', i, 'id'], `expected a SKU id other than "${RESERVED_SKU_ID}" (reserved for each company's own silicon), found ${show(k.id)}`);
    }
    checkLength(report, k.supply, s.quarters, ['skus', i, 'supply']);
    checkQuarter(report, k.availableFrom, s.quarters, ['skus', i, 'availableFrom']);
  });
  s.otherDemand.forEach((o, i) => {
    if (!skuIds.has(o.sku)) report(['otherDemand', i, 'sku'], `expected a SKU id (${listing(skuIds)}), found ${show(o.sku)}`);
    checkLength(report, o.quantity, s.quarters, ['otherDemand', i, 'quantity']);
    if (o.curve && o.curve.length > 0) {
      const total = o.curve.reduce((a, pt) => a + pt.pct, 0);
      if (Math.abs(total - 100) > 1e-9) report(['otherDemand', i, 'curve'], `expected the curve's pcts to add up to 100, found ${total}`);
      o.curve.forEach((pt, k) => {
        if (pt.price > o.maxPrice) report(['otherDemand', i, 'curve', k, 'price'], `expected a price at most the block's maxPrice (${o.maxPrice}), found ${pt.price}`);
      });
    }
  });
  checkLength(report, s.market.revenuePool, s.quarters, ['market', 'revenuePool']);
  checkLength(report, s.silicon.foundryPool, s.quarters, ['silicon', 'foundryPool']);

  checkCompanies(report, s, skuIds, groups);
  checkRules(report, s, skuIds);
  s.events.forEach((e, i) => {
    checkQuarter(report, e.quarter, s.quarters, ['events', i, 'quarter']);
    checkEffects(report, s, e.effects, ['events', i], skuIds);
  });
  s.eventDeck.cards.forEach((c, i) => {
    checkQuarter(report, c.fromQuarter, s.quarters, ['eventDeck', 'cards', i, 'fromQuarter']);
    checkEffects(report, s, c.effects, ['eventDeck', 'cards', i], skuIds);
  });
  checkPartnerships(report, s);
  checkSources(report, s);
  checkCitations(report, s);

  for (const [group, ids] of Object.entries(s.skuGroups)) {
    ids.forEach((id, j) => {
      if (!skuIds.has(id)) report(['skuGroups', group, j], `expected a SKU id (${listing(skuIds)}), found ${show(id)}`);
    });
  }
  const w = s.scoring.weights;
  if (w.capability + w.market + w.independence + w.efficiency <= 0) {
    report(['scoring', 'weights'], 'expected weights that sum to more than 0, found all 0');
  }
  const par = s.scoring.par;
  if (par) {
    const companyIds = new Set(s.companies.map((c) => c.id));
    for (const id of Object.keys(par)) {
      if (!companyIds.has(id)) report(['scoring', 'par', id], `expected a company id (${listing(companyIds)}), found ${show(id)}`);
      else checkLength(report, par[id] ?? [], s.quarters, ['scoring', 'par', id]);
    }
    for (const c of s.companies) {
      if (par[c.id] === undefined) report(['scoring', 'par'], `expected a par for every company (run npm run par -- --scenario FILE --write), found none for ${show(c.id)}`);
    }
  }
  const ref = s.scoring.reference;
  if (ref) for (const k of ['capability', 'market', 'efficiency'] as const) checkLength(report, ref[k], s.quarters, ['scoring', 'reference', k]);
}
