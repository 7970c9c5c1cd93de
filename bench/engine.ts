import { readFileSync } from 'node:fs';
import { baselineOrders } from '../src/ai/baseline';
import { applyAction, createGame, type Action, type GameState, type Scenario } from '../src/engine';
import { playGame } from '../src/replay/session';
import { parseScenarioText } from '../src/scenario';

/** Loads the base scenario for benchmarks. */
export function baseScenario(): Scenario {
  const r = parseScenarioText(readFileSync('scenarios/2024-hopper-scramble.json', 'utf8'), 'scenarios/2024-hopper-scramble.json');
  if (!r.ok) throw new Error('base scenario does not parse');
  return r.scenario;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Engine speed: resolved quarters, applyAction steps and whole baseline-bot games, on one core. */
export function benchEngine(scenario = baseScenario()) {
  // Record the actions of some games once, then time the engine alone replaying them (no bot thinking).
  const games = Array.from({ length: 50 }, (_, g) => playGame(scenario, `bench-${g}`, (s, id) => ({ orders: baselineOrders(s, id) })).record);
  for (let w = 0; w < 8; w++) for (const rec of games) replay(scenario, rec.seed, rec.actions);
  const engineRuns: number[] = [];
  let actions = 0;
  let quarters = 0;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (const rec of games) {
      replay(scenario, rec.seed, rec.actions);
      actions += r === 0 ? rec.actions.length : 0;
      quarters += r === 0 ? rec.checkpoints.length : 0;
    }
    engineRuns.push(performance.now() - t0);
  }
  const engineMs = median(engineRuns);
  // Time resolveQuarter alone.
  const resolveTimes: number[] = [];
  for (const rec of games.slice(0, 20)) {
    let s = createGame(scenario, rec.seed);
    for (const a of rec.actions) {
      const t0 = performance.now();
      const r = applyAction(s, a);
      const dt = performance.now() - t0;
      if (a.type === 'resolveQuarter') resolveTimes.push(dt);
      if (r.ok) s = r.state;
    }
  }
  // Whole games with baseline bots deciding, nothing recorded: measured like the engine alone (three warm-up
  // rounds, then the median of five rounds of the same 100 seeds), so both figures are steady-state
  // throughput; timed cold, the first rounds run at half speed while the JIT compiles the bots.
  const n = 100;
  const wholeRound = (): number => {
    const t0 = performance.now();
    for (let g = 0; g < n; g++) playGame(scenario, `whole-${g}`, (s, id) => ({ orders: baselineOrders(s, id) }), { record: false });
    return performance.now() - t0;
  };
  for (let w = 0; w < 3; w++) wholeRound();
  const wholeMs = median(Array.from({ length: 5 }, wholeRound));
  return {
    actionsPerSecond: Math.round((actions / engineMs) * 1000),
    engineOnlyGamesPerSecond: Math.round((games.length / engineMs) * 1000),
    resolveQuarterMedianMs: median(resolveTimes),
    wholeGamesPerSecond: Math.round((n / wholeMs) * 1000),
    actionsPerGame: Math.round(actions / games.length),
    quartersPerGame: Math.round(quarters / games.length),
  };
}

function replay(scenario: Scenario, seed: string, actions: Action[]): GameState {
  let s = createGame(scenario, seed);
  for (const a of actions) {
    const r = applyAction(s, a);
    if (r.ok) s = r.state;
  }
  return s;
}
