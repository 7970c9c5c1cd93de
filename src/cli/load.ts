import { readFileSync } from 'node:fs';
import { parseScenarioText, formatIssues } from '../scenario';
import type { Scenario } from '../engine';
import { CliError } from './args';

/** Reads and parses a scenario file, or throws a CliError listing every problem with its JSON path. */
export function loadScenario(file: string): Scenario {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const r = parseScenarioText(text, file);
  if (!r.ok) throw new CliError(`${file} is not a valid scenario:\n${formatIssues(r.errors)}`);
  return r.scenario;
}
