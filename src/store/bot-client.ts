/**
 * A typed client for the bot worker (src/ai/worker.ts). The store depends only on BotRunner, so tests can
 * hand it an in-process runner and the page can fall back to one if workers are unavailable.
 */
import { z } from '../zod';
import type { GameState, Orders } from '../engine/types';
import type { BotRationale } from '../ai/types';
import type { BotLevel, WorkerRequest } from '../ai/worker';
import { parseOrders } from '../replay/action-schema';
import { rationaleSchema } from './rationale-schema';

/** A bot's answer: its orders, and why (null if the answer came without a readable rationale). */
export interface BotAnswer {
  orders: Orders;
  rationale: BotRationale | null;
}

/** Something that turns a state and a seat into that seat's orders and rationale. */
export interface BotRunner {
  think(state: GameState, playerId: string, level: BotLevel): Promise<BotAnswer>;
  dispose(): void;
}

const responseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('orders'), requestId: z.number(), playerId: z.string(), orders: z.unknown(), rationale: z.unknown() }),
  z.object({ type: z.literal('error'), requestId: z.number(), message: z.string() }),
]);

/**
 * The orders of a worker reply, read through the one orders schema (src/replay/action-schema.ts), with its
 * rationale checked: a bad rationale is dropped; orders that are not orders throw (the seat's bot failed).
 */
export function answerOf(msg: { orders: unknown; rationale: unknown }): BotAnswer {
  const o = parseOrders(msg.orders);
  if (!o.ok) throw new Error(`the bot's orders are not orders: ${o.error.message}`);
  const r = rationaleSchema.safeParse(msg.rationale, { jitless: true });
  return { orders: o.orders, rationale: r.success ? (r.data as unknown as BotRationale) : null };
}

/** Runs bots in a Web Worker; falls back to running them in the page if the worker cannot start. */
export function createWorkerBotRunner(): BotRunner {
  let worker: Worker | null = null;
  let failed = false;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (o: BotAnswer) => void; reject: (e: Error) => void }>();

  const start = (): Worker | null => {
    if (worker || failed) return worker;
    try {
      worker = new Worker(new URL('../ai/worker.ts', import.meta.url), { type: 'module', name: 'gpu-race-bots' });
      worker.addEventListener('message', (e: MessageEvent<unknown>) => {
        const parsed = responseSchema.safeParse(e.data, { jitless: true });
        if (!parsed.success) return;
        const msg = parsed.data;
        const w = waiting.get(msg.requestId);
        if (!w) return;
        waiting.delete(msg.requestId);
        if (msg.type === 'error') return w.reject(new Error(msg.message));
        try {
          w.resolve(answerOf(msg));
        } catch (err) {
          w.reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
      worker.addEventListener('error', (e) => {
        failed = true;
        worker?.terminate();
        worker = null;
        for (const w of waiting.values()) w.reject(new Error(`bot worker failed: ${e.message}`));
        waiting.clear();
      });
    } catch {
      failed = true;
      worker = null;
    }
    return worker;
  };

  const inPage = async (state: GameState, playerId: string, level: BotLevel): Promise<BotAnswer> => {
    const mod = await import('../ai/worker');
    const res = mod.handleMessage({ type: 'think', requestId: 0, playerId, level, state });
    if (res.type === 'error') throw new Error(res.message);
    return answerOf(res);
  };

  return {
    think(state, playerId, level) {
      const w = start();
      if (!w) return inPage(state, playerId, level);
      const requestId = nextId++;
      const req: WorkerRequest = { type: 'think', requestId, playerId, level, state };
      return new Promise<BotAnswer>((resolve, reject) => {
        waiting.set(requestId, { resolve, reject });
        // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker, not a window
        w.postMessage(req);
      }).catch(() => inPage(state, playerId, level));
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const w of waiting.values()) w.reject(new Error('disposed'));
      waiting.clear();
    },
  };
}
