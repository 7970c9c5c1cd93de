/**
 * Web Worker entry: bots think here so the page never freezes. Each request carries the full game state
 * (plain JSON) and one seat; the reply is that seat's Orders and the bot's rationale (for the reveal's
 * "why" list and the replay viewer). Requests are validated with zod because a
 * message is untrusted input like any other.
 */
import { z } from '../zod';
import type { GameState, Orders } from '../engine/types';
import { botOrders } from './index';
import { BOT_LEVELS, type BotLevel, type BotRationale } from './types';

export { BOT_LEVELS, type BotLevel };

const stateShape = z.looseObject({
  scenario: z.looseObject({ id: z.string(), companies: z.array(z.looseObject({ id: z.string() })) }),
  quarter: z.number().int().min(0),
  phase: z.enum(['orders', 'reveal', 'gameOver']),
  players: z.array(z.looseObject({ id: z.string() })),
});

/** A request to the bot worker. */
export const workerRequestSchema = z.object({
  type: z.literal('think'),
  requestId: z.number().int().nonnegative(),
  playerId: z.string().min(1),
  level: z.enum(BOT_LEVELS),
  state: stateShape,
});
/** A request to the bot worker. */
export type WorkerRequest = Omit<z.infer<typeof workerRequestSchema>, 'state'> & { state: GameState };

/** A reply from the bot worker. */
export type WorkerResponse =
  | { type: 'orders'; requestId: number; playerId: string; orders: Orders; rationale: BotRationale }
  | { type: 'error'; requestId: number; message: string };

/** Handles one message; exported for tests that run it without a worker. */
export function handleMessage(data: unknown): WorkerResponse {
  const parsed = workerRequestSchema.safeParse(data, { jitless: true });
  if (!parsed.success) {
    const requestId =
      typeof data === 'object' && data !== null && typeof (data as { requestId?: unknown }).requestId === 'number'
        ? (data as { requestId: number }).requestId
        : -1;
    return { type: 'error', requestId, message: `bad request: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  }
  const req = parsed.data;
  try {
    const { orders, rationale } = botOrders(req.state as unknown as GameState, req.playerId, req.level);
    return { type: 'orders', requestId: req.requestId, playerId: req.playerId, orders, rationale };
  } catch (err) {
    return { type: 'error', requestId: req.requestId, message: err instanceof Error ? err.message : String(err) };
  }
}

// Only wire up the message loop inside a worker (the module is also imported by tests in Node).
const scope = globalThis as unknown as {
  WorkerGlobalScope?: unknown;
  postMessage?: (msg: WorkerResponse) => void;
  addEventListener?: (type: 'message', fn: (e: MessageEvent) => void) => void;
};
if (typeof scope.WorkerGlobalScope !== 'undefined' && scope.addEventListener && scope.postMessage) {
  const post = scope.postMessage.bind(globalThis);
  scope.addEventListener('message', (e: MessageEvent) => post(handleMessage(e.data)));
}
