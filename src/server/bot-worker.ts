/**
 * A piscina worker of the classroom server (src/server/bot-pool.ts): decides one seat's orders. The task
 * carries the game state (plain JSON-like data: it crosses the thread by structured clone), the seat, its
 * level and options; `botOrders` builds that seat's `viewFor` from it, so the bot sees what it sees in process.
 */
import { botOrders, type BotDecision, type BotLevel, type BotOptions } from '../ai';
import type { GameState } from '../engine';

/** One bot decision to make. */
export interface BotTask {
  state: GameState;
  playerId: string;
  level: BotLevel;
  options?: BotOptions;
}

/** The seat's orders and rationale, exactly what `botOrders` gives on the main thread; 'ping' (the pool's start check) answers 'pong'. */
export default function decideTask(task: BotTask | 'ping'): BotDecision | 'pong' {
  if (task === 'ping') return 'pong';
  return botOrders(task.state, task.playerId, task.level, task.options ?? {});
}
