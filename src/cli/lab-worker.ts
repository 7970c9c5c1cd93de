/**
 * A piscina worker of `npm run lab`: plays a chunk of one side's games. The setup (both scenarios, bots,
 * seed) arrives with every task and is kept while its id stays the same, so a worker applies the variant once.
 */
import type { BotLevel } from '../ai';
import { playLabGames, type GameResult, type LabScenarios, type Side } from '../lab/run';

/** One chunk of games. */
export interface LabTask {
  setupId: string;
  scenarios: LabScenarios;
  bots: BotLevel[];
  seed: string;
  side: Side;
  from: number;
  to: number;
}

let cached: { id: string; scenarios: LabScenarios } | null = null;

/** Plays games [from, to) of a side. */
export default function playChunk(task: LabTask): GameResult[] {
  if (cached?.id !== task.setupId) cached = { id: task.setupId, scenarios: task.scenarios };
  return playLabGames(cached.scenarios, task.side, task.bots, task.seed, task.from, task.to);
}

