import { writeFileSync } from 'node:fs';
import { baselineOrders } from '../ai/baseline';
import { pathToFileURL } from 'node:url';
import type { Scenario } from '../engine';
import { type Decide } from '../replay/record';
import { playGame, type PlayedGame } from '../replay/session';
import { CliError, int, parseArgs, parseSeats, printedHelp, runMain, scenarioArg, str, type SeatSpec } from './args';
import { playSeats, seatDeciders, type SeatRejection } from './bot-file';
import { loadScenario } from './load';
import { gameReport, gameSummary } from './report';

const USAGE = 'usage: npm run simulate -- --scenario FILE --seed N [--games K] [--json] [--record FILE] [--seats normal,hard,file:strategies/x.mjs,...]';

/**
 * One simulated game: every seat the baseline bot when `seats` is null (the CLI without --seats), else the
 * given seats (levels or `file:` strategies). Rejected orders are labelled with the seat's file or level.
 */
export async function simulateGame(scenario: Scenario, seed: string, seats: readonly SeatSpec[] | null): Promise<PlayedGame & { rejections: SeatRejection[] }> {
  if (!seats) {
    const decide: Decide = (state, playerId) => ({ orders: baselineOrders(state, playerId) });
    return { ...playGame(scenario, seed, decide), rejections: [] };
  }
  return playSeats(scenario, seed, seats, await seatDeciders(seats));
}

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
  const seatsText = args.flags.get('seats');
  if (seatsText === true) throw new CliError('--seats needs a list, e.g. normal,hard,file:strategies/never-bid.mjs,...');
  // Without --seats every seat plays the baseline bot, as before.
  const seats = seatsText === undefined ? null : parseSeats(seatsText, scenario.companies.length);
  for (let g = 0; g < games; g++) {
    const gameSeed = games === 1 ? seed : /^\d+$/.test(seed) ? String(Number(seed) + g) : `${seed}-${g}`;
    const played = await simulateGame(scenario, gameSeed, seats);
    const { state, record, rejected } = played;
    if (rejected.length > 0) process.stderr.write(`warning: ${rejected.length} bot orders were rejected in game ${gameSeed}\n`);
    for (const r of played.rejections) process.stderr.write(`  ${r.message}\n`);
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runMain(main);
