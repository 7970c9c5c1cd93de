/**
 * A scenario file the player loads in the browser: read with the same parser as `npm run scenario:check`
 * (src/scenario), refused with the same issues (file, JSON path, message), and added to the store's scenarios
 * ahead of the bundled ones, so the new-game form can start it. The game's record then embeds it
 * (`scenarioSnapshot`), and its share link carries it, so saves, files, replays and links work without the file.
 */
import { scenarioHash } from '../engine';
import type { GameRecord } from '../replay/record';
import { MAX_SCENARIO_BYTES, parseScenarioText, type ScenarioIssue } from '../scenario';
import type { ScenarioEntry } from './scenarios';

/** The result of reading a scenario file: the entry to add, or every problem the parser found. */
export type ScenarioFileResult =
  | { ok: true; entry: Extract<ScenarioEntry, { ok: true }> }
  | { ok: false; fileName: string; errors: ScenarioIssue[] };

/** Parses a scenario file's text (never throws). */
export function readScenarioFile(text: string, fileName: string): ScenarioFileResult {
  const r = parseScenarioText(text, fileName);
  if (!r.ok) return { ok: false, fileName, errors: r.errors };
  return { ok: true, entry: { fileName, ok: true, scenario: r.scenario, fromFile: true } };
}

/**
 * The scenarios with a loaded one first: it replaces a file loaded before with the same id, and comes ahead of
 * a bundled scenario of that id (a teacher's edited copy of a shipped scenario), which stays listed after it.
 */
export function withLoaded(entries: readonly ScenarioEntry[], entry: Extract<ScenarioEntry, { ok: true }>): ScenarioEntry[] {
  const rest = entries.filter((e) => !(e.ok && e.fromFile && e.scenario.id === entry.scenario.id));
  return [entry, ...rest];
}

/** True if a record's scenario is not one this build ships (a loaded file): its share link must carry it. */
export function linkNeedsScenario(entries: readonly ScenarioEntry[], record: GameRecord): boolean {
  if (record.scenarioSnapshot === undefined) return false;
  return !entries.some((e) => e.ok && !e.fromFile && e.scenario.id === record.scenario.id && scenarioHash(e.scenario) === record.scenario.hash);
}

export { MAX_SCENARIO_BYTES };
