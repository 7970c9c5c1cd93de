/// <reference types="vite/client" />
/**
 * The scenarios shipped in scenarios/*.json, bundled at build time and parsed with the scenario schema.
 * A file that fails to parse is listed with its errors (the menu shows them) rather than breaking the page.
 */
import type { Scenario } from '../engine/types';
import { parseScenario } from '../scenario';

/** One bundled scenario file: parsed, or the reasons it was refused. */
export type ScenarioEntry =
  | { fileName: string; ok: true; scenario: Scenario; /** Loaded by the player from a file in this tab (src/store/scenario-file.ts). */ fromFile?: true }
  | { fileName: string; ok: false; errors: { path: string; message: string }[] };

/** Parses every scenarios/*.json module given (except the JSON Schema file), sorted by file name. */
export function parseScenarioModules(modules: Record<string, unknown>): ScenarioEntry[] {
  const out: ScenarioEntry[] = [];
  for (const [path, mod] of Object.entries(modules)) {
    const fileName = path.split('/').pop() ?? path;
    if (fileName === 'scenario.schema.json' || fileName.endsWith('.schema.json')) continue;
    const data = mod !== null && typeof mod === 'object' && 'default' in mod ? (mod as { default: unknown }).default : mod;
    const res = parseScenario(data, fileName);
    if (res.ok) out.push({ fileName, ok: true, scenario: res.scenario });
    else out.push({ fileName, ok: false, errors: res.errors.map((e) => ({ path: e.path, message: e.message })) });
  }
  return out.sort((a, b) => a.fileName.localeCompare(b.fileName));
}

/** The scenarios bundled with the game. */
export function loadBundledScenarios(): ScenarioEntry[] {
  return parseScenarioModules(import.meta.glob('../../scenarios/*.json', { eager: true }));
}
