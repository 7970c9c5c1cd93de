import { writeFileSync } from 'node:fs';
import { baselineOrders } from '../ai/baseline';
import { playGame, type Decide } from '../replay/record';
import { CliError, int, parseArgs, printedHelp, runMain, scenarioArg, str } from './args';
import { loadScenario } from './load';
import { gameReport, gameSummary } from './report';

const USAGE = 'usage: npm run simulate -- --scenario FILE --seed N [--games K] [--json] [--record FILE]';

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['json', 'help']);
  if (printedHelp(args, USAGE)) return 0;
  const file = scenarioArg(args);
  const seed = str(args, 'seed', '1');
  const games = int(args, 'games', 1);
  const json = args.flags.has('json');
  const recordFile = args.flags.get('record');
  if (games < 1) throw new CliError('--games must be at least 1');
  if (recordFile === true) throw new CliError('--record needs a file name');
  const scenario = loadScenario(file);
  const decide: Decide = (state, playerId) => ({ orders: baselineOrders(state, playerId) });
  for (let g = 0; g < games; g++) {
    const gameSeed = games === 1 ? seed : /^\d+$/.test(seed) ? String(Number(seed) + g) : `${seed}-${g}`;
    const { state, record, rejected } = playGame(scenario, gameSeed, decide);
    if (rejected.length > 0) process.stderr.write(`warning: ${rejected.length} bot orders were rejected in game ${gameSeed}\n`);
    if (json) process.stdout.write(`${JSON.stringify(gameSummary(state))}\n`);
    else process.stdout.write(`${gameReport(state)}\n\n`);
    if (typeof recordFile === 'string') {
      const name = games === 1 ? recordFile : recordFile.replace(/(\.json)?$/, `-${g}$1`);
      writeFileSync(name, `${JSON.stringify(record)}\n`);
      if (!json) process.stdout.write(`record written to ${name}\n`);
    }
  }
  return 0;
}

runMain(main);
