/**
 * The classroom server's bots on its event loop or on its worker pool (src/server/bot-pool.ts): five hard bots
 * decide one quarter of the base game (a class game's state after two quarters of normal bots), first in
 * process, then on the pool, while the event loop counts how long it went without a turn. Wall clock, printed,
 * never asserted.
 */
import { botOrders } from '../src/ai';
import { GameSession, playQuarter } from '../src/replay/session';
import { defaultBotThreads, inProcessBots, poolBots, type BotDecider } from '../src/server/bot-pool';
import { loadScenarios } from '../src/server/server';

export interface BotsLoopBench {
  bots: number;
  threads: number;
  inProcess: { totalMs: number; longestStallMs: number };
  pool: { totalMs: number; longestStallMs: number };
}

async function quarterOfBots(decider: BotDecider, tasks: Parameters<BotDecider['decide']>[0][]): Promise<{ totalMs: number; longestStallMs: number }> {
  // A timer that re-arms itself each turn of the event loop: the longest gap between two of its turns is the
  // longest the loop was held.
  let last = performance.now();
  let longest = 0;
  let running = true;
  const turn = (): void => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(turn, 0);
  };
  setTimeout(turn, 0);
  await new Promise((r) => setTimeout(r, 20));
  longest = 0;
  const t0 = performance.now();
  await Promise.all(tasks.map((t) => decider.decide(t)));
  const totalMs = performance.now() - t0;
  // Let the timer see the last turn.
  await new Promise((r) => setTimeout(r, 5));
  running = false;
  return { totalMs, longestStallMs: longest };
}

export async function benchBotsLoop(): Promise<BotsLoopBench> {
  const scenario = loadScenarios('scenarios').get('2024-hopper-scramble');
  if (!scenario) throw new Error('the base scenario is missing');
  const session = GameSession.start(scenario, 'bench-bots', { record: false });
  for (let q = 0; q < 2; q++) playQuarter(session, (s, id) => botOrders(s, id, 'normal'));
  const state = session.state;
  const tasks = scenario.companies.slice(1).map((c) => ({ state, playerId: c.id, level: 'hard' as const }));
  const threads = defaultBotThreads();
  const inProcess = await quarterOfBots(inProcessBots(), tasks);
  const pool = poolBots(threads);
  await pool.ready();
  // One quarter to warm the threads' code, then the measured one.
  await quarterOfBots(pool, tasks);
  const measured = await quarterOfBots(pool, tasks);
  await pool.close();
  return { bots: tasks.length, threads, inProcess, pool: measured };
}

export function formatBotsLoopBench(b: BotsLoopBench): string {
  return [
    `Classroom server's bots (${b.bots} hard bots decide one base-game quarter; the event loop's longest stall meanwhile)`,
    `  in process (--bot-threads 0)     ${b.inProcess.totalMs.toFixed(0)} ms in all, event loop stalled up to ${b.inProcess.longestStallMs.toFixed(0)} ms`,
    `  on the pool (${b.threads} thread${b.threads === 1 ? '' : 's'})          ${b.pool.totalMs.toFixed(0)} ms in all, event loop stalled up to ${b.pool.longestStallMs.toFixed(1)} ms`,
  ].join('\n');
}
