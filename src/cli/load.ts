import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseRecordText } from '../replay/parse';
import type { GameRecord } from '../replay/record';
import { parseScenarioText, formatIssues } from '../scenario';
import type { Scenario } from '../engine';
import { CliError } from './args';

/** Reads a text file, or throws a CliError naming the file and the reason. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

/** Reads and parses a game record file, or throws a CliError saying what is wrong with it. */
export function loadRecord(file: string): GameRecord {
  const parsed = parseRecordText(readText(file), basename(file));
  if (!parsed.ok) throw new CliError(parsed.error);
  return parsed.record;
}

/** Reads and parses a scenario file, or throws a CliError listing every problem with its JSON path. */
export function loadScenario(file: string): Scenario {
  const r = parseScenarioText(readText(file), file);
  if (!r.ok) throw new CliError(`${file} is not a valid scenario:\n${formatIssues(r.errors)}`);
  return r.scenario;
}
