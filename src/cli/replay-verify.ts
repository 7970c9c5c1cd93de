import { dirname, join } from 'node:path';
import { verifyRecord } from '../replay/verify';
import { CliError, parseArgs, runMain, str } from './args';
import { loadRecord, loadScenario } from './load';

/** `npm run replay:verify -- FILE [--scenario FILE]`: re-simulates a game record and checks every quarter's hash. */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const file = args.positional[0];
  if (!file) throw new CliError('usage: npm run replay:verify -- RECORD.json [--scenario FILE]');
  const record = loadRecord(file);
  const scenarioFile = str(args, 'scenario', join(dirname(new URL(import.meta.url).pathname), '../../scenarios', `${record.scenario.id}.json`));
  const scenario = loadScenario(scenarioFile);
  const r = verifyRecord(record, scenario);
  if (r.ok) {
    process.stdout.write(`OK ${file}: ${r.quarters} quarters, final hash ${r.finalHash}\n`);
    return 0;
  }
  const where = r.quarter === null ? '' : ` at quarter ${r.quarter}${r.actionIndex === null ? '' : ` (action ${r.actionIndex})`}`;
  process.stdout.write(`DIVERGED ${file}${where}: ${r.reason}\n`);
  return 1;
}

runMain(main);
