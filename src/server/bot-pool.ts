/**
 * Where the classroom server's bots decide. By default on a small piscina pool of worker threads
 * (src/server/bot-worker.mjs), so a quarter of hard bots never holds the event loop that every connected
 * device, the timers and the other class games share; in process (the old way, blocking) when asked for no
 * threads or when no pool can start. Both give the same decision: `botOrders` is a pure function of the state,
 * the seat, the level and the options, and the state crosses to a thread by structured clone unchanged.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { botOrders, type BotDecision } from '../ai';
import type { BotTask } from './bot-worker';

export type { BotTask };

/** Decides bots' orders; `close` ends its threads (a closed decider refuses new work). */
export interface BotDecider {
  readonly kind: 'pool' | 'in-process';
  /** The number of worker threads (0 in process). */
  readonly threads: number;
  decide(task: BotTask): Promise<BotDecision>;
  close(): Promise<void>;
}

/**
 * Threads a server's pool gets by default: one core is left to the event loop, at most two threads (a class
 * game has at most five bots, each decision is capped by counts to tens of milliseconds; more threads buy
 * little and cost memory).
 */
export function defaultBotThreads(cores = availableParallelism()): number {
  return Math.max(1, Math.min(2, cores - 1));
}

/**
 * Decisions that may wait for a thread (beyond the ones running). A quarter's start asks for at most five per
 * class game, so this is about a hundred class games starting a quarter at the same moment; a request beyond
 * it is refused by the pool and the room decides that one in process (blocking, as before the pool).
 */
export const BOT_QUEUE_LIMIT = 512;

/** Decides on the calling thread (tests; the fallback when no pool can start). The work runs at the call. */
export function inProcessBots(): BotDecider {
  let closed = false;
  return {
    kind: 'in-process',
    threads: 0,
    decide(task) {
      if (closed) return Promise.reject(new Error('the bot decider is closed'));
      try {
        return Promise.resolve(botOrders(task.state, task.playerId, task.level, task.options ?? {}));
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    },
    close() {
      closed = true;
      return Promise.resolve();
    },
  };
}

/**
 * A pool of `threads` worker threads with a bounded queue. Throws if piscina refuses the options. A pool whose
 * worker fails (piscina's 'error': a thread that could not load, which piscina does not start again and whose
 * later tasks would wait for ever) is broken from then on: its pending and later tasks are refused, so the
 * rooms decide in process. `filename` is for tests (a worker that cannot load).
 */
export function poolBots(threads: number, opts: { maxQueue?: number; filename?: string } = {}): BotDecider & { ready(): Promise<void> } {
  const pool = new Piscina<BotTask | 'ping', BotDecision | 'pong'>({
    filename: opts.filename ?? new URL('./bot-worker.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    maxQueue: opts.maxQueue ?? BOT_QUEUE_LIMIT,
    // The threads stay up (starting one loads tsx and the rules: far slower than a decision); idle, they do
    // not keep the process alive, and `close` ends them.
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  let closed = false;
  let broken: Error | null = null;
  const pending = new Set<(e: Error) => void>();
  const run = (task: BotTask | 'ping'): Promise<BotDecision | 'pong'> => {
    if (closed) return Promise.reject(new Error('the bot pool is closed'));
    if (broken) return Promise.reject(broken);
    return new Promise((resolve, reject) => {
      pending.add(reject);
      let p: Promise<BotDecision | 'pong'>;
      try {
        p = pool.run(task);
      } catch (e) {
        p = Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
      p.then(resolve, reject).finally(() => pending.delete(reject));
    });
  };
  pool.on('error', (e: unknown) => {
    if (broken || closed) return;
    broken = new Error(`the bot pool broke: ${e instanceof Error ? e.message : String(e)}`);
    console.error(`${broken.message}; bots decide on the event loop from now on`);
    for (const fail of pending) fail(broken);
    pending.clear();
    void pool.destroy().catch(() => {});
  });
  return {
    kind: 'pool',
    threads,
    async decide(task) {
      const out = await run(task);
      if (out === 'pong') throw new Error('the bot worker answered a decision with pong');
      return out;
    },
    /** Resolves once every thread has loaded (each answered a ping); rejects if one could not. */
    async ready() {
      await Promise.all(Array.from({ length: threads }, () => run('ping')));
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.destroy();
    },
  };
}

/**
 * The server's decider: a pool of `threads` (0: in process), once its threads have loaded; in process, with a
 * warning, if the pool cannot start.
 */
export async function startBots(threads: number): Promise<BotDecider> {
  if (threads <= 0) return inProcessBots();
  let pool: ReturnType<typeof poolBots> | null = null;
  try {
    pool = poolBots(threads);
    await pool.ready();
    return pool;
  } catch (e) {
    await pool?.close().catch(() => {});
    console.warn(`the bots' worker pool did not start (${e instanceof Error ? e.message : String(e)}): bots decide on the event loop`);
    return inProcessBots();
  }
}
