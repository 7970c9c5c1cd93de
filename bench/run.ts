import { benchEngine } from './engine';

/** `npm run bench`: every benchmark, printed as numbers (never asserted). */
async function main(): Promise<void> {
  const e = benchEngine();
  process.stdout.write('Engine (one core, base scenario: 6 companies, 8 quarters, baseline bots)\n');
  process.stdout.write(`  resolveQuarter, median          ${e.resolveQuarterMedianMs.toFixed(3)} ms\n`);
  process.stdout.write(`  applyAction steps per second     ${e.actionsPerSecond.toLocaleString('en-US')} (${e.actionsPerGame} actions a game)\n`);
  process.stdout.write(`  games per second, engine only    ${e.engineOnlyGamesPerSecond.toLocaleString('en-US')}\n`);
  process.stdout.write(`  whole games per second (+ bots)  ${e.wholeGamesPerSecond.toLocaleString('en-US')}\n`);
}

void main();
