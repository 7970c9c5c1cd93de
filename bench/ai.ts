/**
 * Bot speed: milliseconds per decision (one seat, one quarter) for each level, p50 and p95, on one core,
 * over whole games of the base scenario with every seat at that level. Printed, never asserted.
 * `npx tsx bench/ai.ts` runs it alone; `npm run bench` includes it.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { BOT_LEVELS, botOrders, type BotLevel } from '../src/ai';
import type { Scenario } from '../src/engine';
import { playGame } from '../src/replay/session';
import { parseScenarioText } from '../src/scenario';

const FILE = 'scenarios/2024-hopper-scramble.json';
/** Games timed per level (each game is companies x quarters decisions). */
const GAMES: Record<BotLevel, number> = { easy: 6, normal: 6, hard: 3 };

function scenario(): Scenario {
  const r = parseScenarioText(readFileSync(FILE, 'utf8'), FILE);
  if (!r.ok) throw new Error(`${FILE} does not parse`);
  return r.scenario;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

/** One row per level: decisions timed and the median and 95th-percentile milliseconds per decision. */
export async function benchAi(sc: Scenario = scenario()): Promise<{ level: BotLevel; p50ms: number; p95ms: number; decisions: number }[]> {
  const out: { level: BotLevel; p50ms: number; p95ms: number; decisions: number }[] = [];
  for (const level of BOT_LEVELS) {
    // One warm-up game so the JIT has seen the code.
    playGame(sc, `bench-warm-${level}`, (s, id) => botOrders(s, id, level), { record: false });
    const ms: number[] = [];
    for (let g = 0; g < GAMES[level]; g++) {
      playGame(
        sc,
        `bench-${level}-${g}`,
        (s, id) => {
          const t0 = performance.now();
          const d = botOrders(s, id, level);
          ms.push(performance.now() - t0);
          return d;
        },
        { record: false },
      );
    }
    ms.sort((a, b) => a - b);
    const r2 = (x: number) => Math.round(x * 100) / 100;
    out.push({ level, p50ms: r2(quantile(ms, 0.5)), p95ms: r2(quantile(ms, 0.95)), decisions: ms.length });
    await Promise.resolve();
  }
  return out;
}

/** The rows as text. */
export function formatBenchAi(rows: Awaited<ReturnType<typeof benchAi>>): string {
  const lines = ['Bots (one core, base scenario, ms per decision: one seat, one quarter)'];
  for (const r of rows) lines.push(`  ${r.level.padEnd(8)} p50 ${r.p50ms.toFixed(2).padStart(7)} ms   p95 ${r.p95ms.toFixed(2).padStart(7)} ms   (${r.decisions} decisions)`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void benchAi().then((rows) => process.stdout.write(`${formatBenchAi(rows)}\n`));
}
