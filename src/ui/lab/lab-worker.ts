/**
 * A Web Worker of the policy lab (Comlink): plays chunks of one side's games. `init` receives both scenarios
 * once per run and parses them again with the scenario parser (a message is input like any other); `play`
 * checks its arguments with zod and runs the same pure runner as Node.
 */
import * as Comlink from 'comlink';
import { z } from '../../zod';
import { BOT_LEVELS } from '../../ai/types';
import { parseScenario } from '../../scenario/parse';
import { MAX_GAMES, playLabGames, wallOf, type GameResult, type LabScenarios } from '../../lab/run';

const playSchema = z.strictObject({
  side: z.enum(['base', 'variant']),
  from: z.int().min(0).max(MAX_GAMES),
  to: z.int().min(0).max(MAX_GAMES),
  bots: z.array(z.enum(BOT_LEVELS)).min(1).max(64),
  seed: z.string().max(64),
});

let scenarios: LabScenarios | null = null;

/** What the page calls. */
export const labWorkerApi = {
  init(base: unknown, variant: unknown): string | null {
    const b = parseScenario(base, 'base');
    const v = parseScenario(variant, 'variant');
    if (!b.ok || !v.ok) {
      scenarios = null;
      const e = (b.ok ? null : b.errors[0]) ?? (v.ok ? null : v.errors[0]);
      return `the scenario sent to the worker is not valid: ${e?.path ?? ''} ${e?.message ?? ''}`;
    }
    scenarios = { base: b.scenario, variant: v.scenario, wall: wallOf(b.scenario, v.scenario) };
    return null;
  },
  play(args: unknown): GameResult[] {
    const a = playSchema.parse(args, { jitless: true });
    if (!scenarios) throw new Error('the lab worker was not given its scenarios');
    return playLabGames(scenarios, a.side, a.bots, a.seed, a.from, a.to);
  },
};

/** The worker's API type, for Comlink.wrap. */
export type LabWorkerApi = typeof labWorkerApi;

const scope = globalThis as { WorkerGlobalScope?: unknown };
if (typeof scope.WorkerGlobalScope !== 'undefined') Comlink.expose(labWorkerApi);
