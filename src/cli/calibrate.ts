import { boughtInYear, calibrationOrders } from '../ai/calibration';
import { playGame } from '../replay/record';
import { int, parseArgs, runMain, str } from './args';
import { loadScenario } from './load';

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['json']);
  const file = str(args, 'scenario', 'scenarios/2024-hopper-scramble.json');
  const seed = str(args, 'seed', '2024');
  const tolerance = int(args, 'tolerance', 15);
  const scenario = loadScenario(file);
  const { state, rejected } = playGame(scenario, seed, (s, id) => ({ orders: calibrationOrders(s, id) }));
  const rows = scenario.companies
    .filter((c) => c.calibration?.hopper2024)
    .map((c) => {
      const real = c.calibration?.hopper2024 ?? 0;
      const game = boughtInYear(state, c.id, 'hopper', 2024);
      const diff = real > 0 ? ((game - real) / real) * 100 : 0;
      return { company: c.name, game, omdia: real, diffPct: Math.round(diff * 10) / 10, ok: Math.abs(diff) <= tolerance };
    });
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify({ seed, rows, rejected: rejected.length })}\n`);
  } else {
    process.stdout.write(`2024 Hopper purchases (H100 + H200 + H20), game vs Omdia, seed ${seed}\n\n`);
    process.stdout.write('| company | game | Omdia | difference |\n|---|---:|---:|---:|\n');
    for (const r of rows) process.stdout.write(`| ${r.company} | ${r.game.toLocaleString('en-US')} | ${r.omdia.toLocaleString('en-US')} | ${r.diffPct > 0 ? '+' : ''}${r.diffPct}% ${r.ok ? '' : '(outside ±' + tolerance + '%)'} |\n`);
    if (rejected.length) process.stdout.write(`\n${rejected.length} orders were rejected\n`);
  }
  return rows.every((r) => r.ok) && rejected.length === 0 ? 0 : 1;
}

runMain(main);
