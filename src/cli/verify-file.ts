/**
 * What `npm run replay:verify` does, as a function the tests call: read a record file (a regular file within
 * the record size cap), find its scenario the way the browser does (src/replay/snapshot.ts), replay it and
 * check every quarter's hash. A record names its scenario by id; the id is only ever looked up as
 * `<id>.json` directly inside `scenarios/`, after checking it is a plain id, so no record can make the CLI
 * read (and print) a file elsewhere.
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../engine';
import { chooseScenario } from '../replay/snapshot';
import { verifyRecord } from '../replay/verify';
import { CliError } from './args';
import { loadRecord, loadScenario } from './load';

/** The shipped scenarios' folder. */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** A scenario id that may name a file: a letter or digit, then letters, digits, "_", "." or "-", no "..". */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** The path of the shipped scenario `id` inside `dir`, or a CliError if the id could name anything else. */
export function shippedScenarioPath(id: string, dir: string = SCENARIOS_DIR): string {
  if (!SAFE_ID.test(id) || id.includes('..')) throw new CliError(`the record names the scenario ${JSON.stringify(id.slice(0, 80))}, which is not a scenario id (letters, digits, "_", "." and "-" only)`);
  const root = resolve(dir);
  const file = resolve(root, `${id}.json`);
  const rel = relative(root, file);
  if (rel.length === 0 || rel.startsWith('..') || rel.includes(sep) || isAbsolute(rel)) throw new CliError(`the record's scenario id "${id}" does not name a file inside ${dir}`);
  return file;
}

/** The outcome of verifying one file: the exit code and the line to print. */
export interface VerifyOutcome {
  code: 0 | 1;
  line: string;
}

/** Verifies a record file; `scenarioFile` overrides the lookup. Throws CliError for unreadable input. */
export function verifyFile(file: string, opts: { scenarioFile?: string; scenariosDir?: string } = {}): VerifyOutcome {
  const record = loadRecord(file);
  let scenario: Scenario;
  let from = '';
  if (opts.scenarioFile !== undefined) {
    scenario = loadScenario(opts.scenarioFile);
  } else {
    const path = shippedScenarioPath(record.scenario.id, opts.scenariosDir);
    const shipped = existsSync(path) ? [loadScenario(path)] : [];
    const chosen = chooseScenario(shipped, record);
    if (!chosen.ok) return { code: 1, line: `DIVERGED ${file}: ${chosen.error}` };
    scenario = chosen.scenario;
    if (chosen.from === 'snapshot') from = ' (on the scenario saved in the record)';
  }
  const r = verifyRecord(record, scenario);
  if (r.ok) return { code: 0, line: `OK ${file}: ${r.quarters} quarters, final hash ${r.finalHash}${from}` };
  const where = r.quarter === null ? '' : ` at quarter ${r.quarter}${r.actionIndex === null ? '' : ` (action ${r.actionIndex})`}`;
  return { code: 1, line: `DIVERGED ${file}${where}: ${r.reason}` };
}
