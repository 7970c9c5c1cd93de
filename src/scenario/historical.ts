/**
 * Historical targets of a scenario: the sourced real-world figures a *historical run* (normal bots with the
 * scenario's personalities, many seeds) is measured against. They live in their own small file
 * (`scenarios/historical/<scenario id>.json`, docs/scenarios.md) rather than in the scenario, so adding or
 * correcting a target changes neither the scenario's content hash nor the engine's types. Each company's
 * purchases target is the scenario's own `calibration` field; this file adds the market-wide figures. Every
 * number cites ids of the scenario's `sources` or of the file's own `sources` (a target's source need not be
 * in the scenario, whose content hash a new source would change).
 */
import type { Scenario } from '../engine/types';
import { z } from '../zod';
import { sourceSchema } from './schema';

const ids = z.array(z.string().min(1).max(64)).min(1).max(16);

/** The targets file's shape. */
export const historicalTargetsSchema = z.strictObject({
  scenario: z.string().min(1).max(64).meta({ description: 'Id of the scenario these targets are for.' }),
  year: z.int().min(1990).max(2100).meta({ description: 'Calendar year compared (the game quarters that fall in it).' }),
  group: z.string().min(1).max(64).meta({ description: 'SKU group (scenario skuGroups) whose units are counted, e.g. hopper; each company target is calibration[group + year].' }),
  shipments: z.int().min(1).max(1e9).meta({ description: 'Units of the group shipped to every buyer in the year; the players\u2019 target share is the sum of their calibration figures over this.' }),
  vendor: z.string().min(1).max(64).meta({ description: 'Vendor whose revenue is compared (SKU vendor field).' }),
  vendorRevenue: z.int().min(1).max(1e13).meta({ description: 'The vendor\u2019s revenue in the year, USD, comparable with what the game\u2019s buyers pay for its chips.' }),
  tolerancePct: z.strictObject({ company: z.number().min(0).max(100), share: z.number().min(0).max(100), revenue: z.number().min(0).max(100) }),
  cite: z.strictObject({ shipments: ids, vendorRevenue: ids }),
  sources: z.array(sourceSchema).max(16).optional().meta({ description: 'Sources of these targets that are not among the scenario\u2019s own (same shape); cite ids may name either. Optional, default none.' }),
  note: z.string().max(2000).optional(),
});

/** Historical targets (see the module comment). */
export type HistoricalTargets = z.output<typeof historicalTargetsSchema>;

/** Parses a targets file's text for a scenario: the shape, the scenario id, the SKU group, the vendor and every cited source id. */
export function parseHistoricalTargets(text: string, file: string, scenario: Scenario): { ok: true; targets: HistoricalTargets } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${file}: invalid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const r = historicalTargetsSchema.safeParse(json, { jitless: true });
  if (!r.success) {
    const issue = r.error.issues[0];
    return { ok: false, error: `${file}: at $.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  const t = r.data;
  if (t.scenario !== scenario.id) return { ok: false, error: `${file}: targets are for scenario "${t.scenario}", not "${scenario.id}"` };
  if (!scenario.skuGroups[t.group]) return { ok: false, error: `${file}: at $.group: expected a SKU group of ${scenario.id} (${Object.keys(scenario.skuGroups).join(', ')}), found "${t.group}"` };
  if (!scenario.skus.some((s) => s.vendor === t.vendor)) return { ok: false, error: `${file}: at $.vendor: no SKU of ${scenario.id} is made by "${t.vendor}"` };
  const scenarioSources = new Set(scenario.sources.map((s) => s.id));
  const own = t.sources ?? [];
  for (const [i, src] of own.entries()) {
    if (scenarioSources.has(src.id) || own.findIndex((x) => x.id === src.id) !== i) return { ok: false, error: `${file}: at $.sources.${i}.id: "${src.id}" is already a source ${scenarioSources.has(src.id) ? `of ${scenario.id}` : 'of this file'}` };
  }
  const sources = new Set([...scenarioSources, ...own.map((s) => s.id)]);
  for (const [field, list] of Object.entries(t.cite)) {
    for (const id of list) if (!sources.has(id)) return { ok: false, error: `${file}: at $.cite.${field}: expected the id of a source of this file or of ${scenario.id}, found "${id}"` };
  }
  return { ok: true, targets: t };
}

/** Where a scenario's targets file lives, by convention. */
export function historicalTargetsPath(scenarioId: string): string {
  return `scenarios/historical/${scenarioId}.json`;
}
