import { benchAi, formatBenchAi } from './ai';
import { benchBrowser, printBrowserBench } from './browser';
import { benchEngine } from './engine';
import { benchReplay } from './replay';
import { benchClassroom, formatClassroomBench } from './classroom';
import { benchBotsLoop, formatBotsLoopBench } from './bots';
import { benchLab, formatLabBench } from './lab';

/**
 * `npm run bench`: every benchmark, printed as numbers (never asserted). `--only=engine,ai,replay,classroom,bots,browser,lab` runs a part;
 * `--only=games` only the browser's whole games (`--games=N` of them, 3 unless told).
 * Run it on a quiet machine: the numbers are wall-clock on one core.
 */
async function main(): Promise<void> {
  const only = (process.argv.find((a) => a.startsWith('--only='))?.slice(7) ?? 'engine,ai,replay,classroom,bots,browser,lab').split(',');
  if (only.includes('engine')) {
    const e = benchEngine();
    process.stdout.write('Engine (one core, base scenario: 6 companies, 8 quarters, baseline bots)\n');
    process.stdout.write(`  resolveQuarter, median           ${(e.resolveQuarterMedianMs * 1000).toFixed(0)} µs\n`);
    process.stdout.write(`  applyAction steps per second     ${e.actionsPerSecond.toLocaleString('en-US')} (${e.actionsPerGame} actions a game)\n`);
    process.stdout.write(`  games per second, engine only    ${e.engineOnlyGamesPerSecond.toLocaleString('en-US')}\n`);
    process.stdout.write(`  whole games per second (+ bots)  ${e.wholeGamesPerSecond.toLocaleString('en-US')}\n\n`);
  }
  if (only.includes('ai')) process.stdout.write(`${formatBenchAi(await benchAi())}\n\n`);
  if (only.includes('replay')) {
    const r = benchReplay();
    process.stdout.write('Replay (base scenario, whole game)\n');
    process.stdout.write(`  verify a whole record, median     ${r.verifyMedianMs.toFixed(1)} ms (${r.actions} actions, ${(r.recordBytes / 1024).toFixed(0)} KiB)\n`);
    process.stdout.write(`  share link length                ${r.shareLinkChars.toLocaleString('en-US')} characters\n\n`);
  }
  if (only.includes('classroom')) process.stdout.write(`${formatClassroomBench(await benchClassroom({ games: Number(process.argv.find((a) => a.startsWith('--class-games='))?.slice(14) ?? 60) }))}\n\n`);
  if (only.includes('bots')) process.stdout.write(`${formatBotsLoopBench(await benchBotsLoop())}\n\n`);
  const games = Number(process.argv.find((a) => a.startsWith('--games='))?.slice(8) ?? 3);
  if (only.includes('browser')) printBrowserBench(await benchBrowser({ games }));
  else if (only.includes('games')) printBrowserBench(await benchBrowser({ gamesOnly: true, games }));
  if (only.includes('lab')) process.stdout.write(`\n${formatLabBench(await benchLab())}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
