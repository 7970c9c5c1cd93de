/**
 * A policy-lab variant: a small patch of a scenario (rules on/off, their dates, mode, thresholds and
 * destinations; supply, budgets and outside demand scaled; the event deck changed). A variant is untrusted
 * input like a scenario file: its shape is checked with zod (every problem with its JSON path), its ids are
 * checked against the scenario, and the patched scenario then goes through the full scenario parser, so a
 * variant can never produce a scenario the game would refuse. Nothing here knows what a rule *does*: the lab
 * runs whatever rules the engine has.
 */
import { z } from '../zod';
import type { Scenario } from '../engine/types';
import { parseScenario } from '../scenario/parse';
import { findJsonSyntaxError } from '../scenario/json-syntax';
import { findProtoKeys } from '../scenario/proto-keys';
import { toScenarioIssues, type ScenarioIssue } from '../scenario/issues';
import { closest, jsonPath } from '../scenario/json-path';
import { codeSchema, idSchema, localizedSchema, nameSchema, pctChangeSchema, percentSchema, quarterSchema, textSchema, urlSchema, LIMITS } from '../scenario/primitives';

/** The `format` field of a variant file. */
export const VARIANT_FORMAT = 'gpurace-variant';
/** Largest variant text accepted (characters). */
export const MAX_VARIANT_CHARS = 64 * 1024;

const small = <T extends z.ZodType>(item: T, max = 32) => z.array(item).max(max);

/** What an export rule does (the same four modes as a scenario's rules). */
const modeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('banned') }),
  z.strictObject({ kind: z.literal('licence'), approvalPct: percentSchema }),
  z.strictObject({ kind: z.literal('revenueShare'), pct: percentSchema }),
  z.strictObject({ kind: z.literal('cap'), unitsPerQuarter: z.int().min(0).max(LIMITS.units) }),
]);

/** A change to one export rule of the scenario, by id; every field optional. */
const rulePatchSchema = z.strictObject({
  id: idSchema,
  /** false: the rule never applies in the variant. */
  enabled: z.boolean().optional(),
  effectiveQuarter: quarterSchema.optional(),
  /** null: never lifted. */
  endQuarter: quarterSchema.nullable().optional(),
  regions: small(codeSchema).optional(),
  tiers: small(codeSchema).optional(),
  thresholds: small(z.strictObject({ tppMin: z.number().min(0).max(1e9), densityMin: z.number().min(0).max(1e6).optional() }), 8).optional(),
  vendors: small(nameSchema).optional(),
  skus: small(idSchema).optional(),
  mode: modeSchema.optional(),
});

/** A supply change: SKUs by id and/or by vendor (neither = every SKU), from a quarter on. */
const supplySchema = z.strictObject({
  skus: small(idSchema).optional(),
  vendors: small(nameSchema).optional(),
  pct: pctChangeSchema,
  fromQuarter: quarterSchema.optional(),
});

const budgetSchema = z.strictObject({ company: idSchema, pct: pctChangeSchema, fromQuarter: quarterSchema.optional() });

/** Outside demand: blocks by id, by SKU or by region (none given = every block). */
const demandSchema = z.strictObject({
  ids: small(idSchema).optional(),
  skus: small(idSchema).optional(),
  regions: small(codeSchema).optional(),
  pct: pctChangeSchema,
  fromQuarter: quarterSchema.optional(),
});

const deckSchema = z.strictObject({
  drawPct: percentSchema.optional(),
  remove: small(idSchema).optional(),
  weights: z.record(idSchema, z.number().min(0).max(1_000)).optional(),
  /** Scheduled events of the scenario dealt into the random deck instead (they no longer happen on their date). */
  add: small(z.strictObject({ event: idSchema, weight: z.number().min(0).max(1_000), fromQuarter: quarterSchema.optional() })).optional(),
});

const sourceSchema = z.strictObject({ title: textSchema, publisher: nameSchema, url: urlSchema.optional(), date: z.string().max(32).optional() });

/** The variant file (see docs/policy-lab.md). */
export const variantSchema = z.strictObject({
  $schema: z.string().max(300).optional(),
  format: z.literal(VARIANT_FORMAT),
  /** The id of the scenario the variant patches. */
  scenario: idSchema,
  id: idSchema,
  title: localizedSchema,
  /** The question the variant asks, for the library. */
  question: localizedSchema.optional(),
  /** Why the variant is plausible. */
  sources: small(sourceSchema, 12).optional(),
  rules: small(rulePatchSchema).optional(),
  supply: small(supplySchema).optional(),
  /** Change of the custom-chip foundry pool (own silicon), in percent. */
  foundryPct: pctChangeSchema.optional(),
  budgets: small(budgetSchema).optional(),
  outsideDemand: small(demandSchema).optional(),
  deck: deckSchema.optional(),
});

/** A checked variant. */
export type Variant = z.infer<typeof variantSchema>;
/** One problem with a variant: where (a JSON path) and what. */
export type VariantIssue = ScenarioIssue;

/** A variant that changes nothing: the base against itself. */
export function emptyVariant(scenario: Pick<Scenario, 'id'>): Variant {
  return { format: VARIANT_FORMAT, scenario: scenario.id, id: 'unchanged', title: { en: 'Unchanged', de: 'Unverändert' } };
}

/** Checks already-decoded data (a bundled file, a link) against the variant schema. */
export function parseVariant(input: unknown, file = '<variant>'): { ok: true; variant: Variant } | { ok: false; errors: VariantIssue[] } {
  const proto = findProtoKeys(input);
  if (proto.length > 0) return { ok: false, errors: proto.map((path) => ({ file, path, message: 'expected no key named "__proto__", found one' })) };
  const r = variantSchema.safeParse(input, { jitless: true, reportInput: true });
  if (r.success) return { ok: true, variant: r.data };
  return { ok: false, errors: toScenarioIssues(r.error, file, variantSchema, input, true) };
}

/** Parses a variant file's text: size, JSON syntax (line and column), then the schema. */
export function parseVariantText(text: string, file = '<variant>'): { ok: true; variant: Variant } | { ok: false; errors: VariantIssue[] } {
  if (text.length > MAX_VARIANT_CHARS) return { ok: false, errors: [{ file, path: '$', message: `expected at most ${MAX_VARIANT_CHARS} characters, found ${text.length}` }] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const syntax = findJsonSyntaxError(body);
  if (syntax) return { ok: false, errors: [{ file, path: syntax.path, message: `invalid JSON at line ${syntax.line}, column ${syntax.column}: ${syntax.message}` }] };
  return parseVariant(JSON.parse(body) as unknown, file);
}

const scale = (x: number, pct: number): number => Math.round((x * (100 + pct)) / 100);
const scaleFrom = (xs: number[], pct: number, from = 0): number[] => xs.map((x, q) => (q >= from ? scale(x, pct) : x));

/**
 * Applies a checked variant to a parsed scenario and parses the result as a scenario. Ids the scenario does
 * not have are errors at the variant's path (with a suggestion); a patched scenario the parser refuses comes
 * back with the scenario's paths, prefixed "after the variant".
 */
export function applyVariant(base: Scenario, v: Variant, file = '<variant>'): { ok: true; scenario: Scenario } | { ok: false; errors: VariantIssue[] } {
  const errors: VariantIssue[] = [];
  const bad = (path: PropertyKey[], message: string) => errors.push({ file, path: jsonPath(path), message });
  const unknown = (path: PropertyKey[], what: string, id: string, ids: string[]) => {
    const near = closest(id, ids);
    bad(path, `the scenario "${base.id}" has no ${what} "${id}"${near ? ` (did you mean "${near}"?)` : ''}; it has ${ids.join(', ') || 'none'}`);
  };
  if (v.scenario !== base.id) bad(['scenario'], `this variant patches the scenario "${v.scenario}", not "${base.id}"`);
  // A deep copy: the bundled scenario is shared by reference and must never change.
  const s = JSON.parse(JSON.stringify(base)) as Scenario;
  const ruleIds = s.exportRules.map((r) => r.id);
  const skuIds = s.skus.map((k) => k.id);
  const vendors = [...new Set(s.skus.map((k) => k.vendor))];
  const drop = new Set<string>();
  (v.rules ?? []).forEach((p, i) => {
    const rule = s.exportRules.find((r) => r.id === p.id);
    if (!rule) return unknown(['rules', i, 'id'], 'export rule', p.id, ruleIds);
    if (p.enabled === false) drop.add(rule.id);
    if (p.effectiveQuarter !== undefined) rule.effectiveQuarter = p.effectiveQuarter;
    if (p.endQuarter === null) delete rule.endQuarter;
    else if (p.endQuarter !== undefined) rule.endQuarter = p.endQuarter;
    if (p.regions) rule.destinations.regions = [...p.regions];
    if (p.tiers) rule.destinations.tiers = [...p.tiers];
    if (p.thresholds) rule.catches.thresholds = p.thresholds.map((t) => ({ ...t }));
    if (p.vendors) rule.catches.vendors = [...p.vendors];
    if (p.skus) {
      p.skus.forEach((k, j) => {
        if (!skuIds.includes(k)) unknown(['rules', i, 'skus', j], 'SKU', k, skuIds);
      });
      rule.catches.skus = [...p.skus];
    }
    if (p.mode) {
      // One mode replaces whatever the rule did (a single mode or several combined).
      rule.mode = { ...p.mode };
      delete rule.modes;
    }
  });
  s.exportRules = s.exportRules.filter((r) => !drop.has(r.id));
  (v.supply ?? []).forEach((p, i) => {
    (p.skus ?? []).forEach((k, j) => {
      if (!skuIds.includes(k)) unknown(['supply', i, 'skus', j], 'SKU', k, skuIds);
    });
    (p.vendors ?? []).forEach((k, j) => {
      if (!vendors.includes(k)) unknown(['supply', i, 'vendors', j], 'vendor', k, vendors);
    });
    for (const sku of s.skus) {
      const hit = (!p.skus && !p.vendors) || p.skus?.includes(sku.id) || p.vendors?.includes(sku.vendor);
      if (hit) sku.supply = scaleFrom(sku.supply, p.pct, p.fromQuarter);
    }
  });
  if (v.foundryPct !== undefined) s.silicon.foundryPool = scaleFrom(s.silicon.foundryPool, v.foundryPct);
  const companyIds = s.companies.map((c) => c.id);
  (v.budgets ?? []).forEach((p, i) => {
    const c = s.companies.find((x) => x.id === p.company);
    if (!c) return unknown(['budgets', i, 'company'], 'company', p.company, companyIds);
    c.budget = scaleFrom(c.budget, p.pct, p.fromQuarter);
  });
  const demandIds = s.otherDemand.map((d) => d.id);
  (v.outsideDemand ?? []).forEach((p, i) => {
    (p.ids ?? []).forEach((k, j) => {
      if (!demandIds.includes(k)) unknown(['outsideDemand', i, 'ids', j], 'block of outside demand', k, demandIds);
    });
    (p.skus ?? []).forEach((k, j) => {
      if (!skuIds.includes(k)) unknown(['outsideDemand', i, 'skus', j], 'SKU', k, skuIds);
    });
    for (const d of s.otherDemand) {
      const hit = (p.ids?.includes(d.id) ?? true) && (p.skus?.includes(d.sku) ?? true) && (p.regions ? p.regions.includes(d.region ?? '') : true);
      if (hit) d.quantity = scaleFrom(d.quantity, p.pct, p.fromQuarter);
    }
  });
  if (v.deck) {
    const deck = s.eventDeck;
    const cardIds = deck.cards.map((c) => c.id);
    if (v.deck.drawPct !== undefined) deck.drawPct = v.deck.drawPct;
    (v.deck.remove ?? []).forEach((id, i) => {
      if (!cardIds.includes(id)) unknown(['deck', 'remove', i], 'event card', id, cardIds);
    });
    for (const [id, w] of Object.entries(v.deck.weights ?? {})) {
      const card = deck.cards.find((c) => c.id === id);
      if (!card) unknown(['deck', 'weights', id], 'event card', id, cardIds);
      else card.weight = w;
    }
    deck.cards = deck.cards.filter((c) => !(v.deck?.remove ?? []).includes(c.id));
    const eventIds = s.events.map((e) => e.id);
    (v.deck.add ?? []).forEach((a, i) => {
      const ev = s.events.find((e) => e.id === a.event);
      if (!ev) return unknown(['deck', 'add', i, 'event'], 'scheduled event', a.event, eventIds);
      if (deck.cards.some((c) => c.id === ev.id)) return bad(['deck', 'add', i, 'event'], `the deck already has a card "${ev.id}"`);
      const { quarter, date: _date, ...rest } = ev;
      deck.cards.push({ ...rest, weight: a.weight, fromQuarter: a.fromQuarter ?? quarter });
      s.events = s.events.filter((e) => e.id !== ev.id);
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  const parsed = parseScenario(s, file);
  if (parsed.ok) return parsed;
  return { ok: false, errors: parsed.errors.map((e) => ({ file, path: e.path, message: `after the variant, the scenario is not valid: ${e.message}` })) };
}
