/**
 * A typed client for the bot worker (src/ai/worker.ts). The store depends only on BotRunner, so tests can
 * hand it an in-process runner and the page can fall back to one if workers are unavailable.
 */
import { z } from '../zod';
import type { GameState, Orders } from '../engine/types';
import type { BotRationale } from '../ai/types';
import type { BotLevel, WorkerRequest, WorkerResponse } from '../ai/worker';
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

const ordersSchema = z.object({
  bids: z.array(z.object({ sku: z.string(), quantity: z.number(), maxPrice: z.number() })),
  siliconInvestment: z.number(),
  customOrder: z.number(),
  powerBuild: z.number(),
  powerFast: z.number().optional(),
  greyMarket: z.array(z.object({ sku: z.string(), quantity: z.number() })),
  partnership: z.string().nullable(),
  dealBid: z.number().optional(),
});

const responseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('orders'), requestId: z.number(), playerId: z.string(), orders: ordersSchema, rationale: z.unknown() }),
  z.object({ type: z.literal('error'), requestId: z.number(), message: z.string() }),
]);

/** The orders of a worker reply with its rationale checked (a bad rationale is dropped, never the orders). */
export function answerOf(msg: { orders: Orders; rationale: unknown }): BotAnswer {
  const r = rationaleSchema.safeParse(msg.rationale, { jitless: true });
  return { orders: msg.orders, rationale: r.success ? (r.data as unknown as BotRationale) : null };
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
        const msg = parsed.data as WorkerResponse;
        const w = waiting.get(msg.requestId);
        if (!w) return;
        waiting.delete(msg.requestId);
        if (msg.type === 'orders') w.resolve(answerOf(msg));
        else w.reject(new Error(msg.message));
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
