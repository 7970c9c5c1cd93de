/**
 * A pool of policy-lab Web Workers (one per core, Comlink): the run's chunks go to whichever worker is free,
 * progress counts games, and cancel terminates every worker at once (a chunk in flight is dropped, never
 * waited for). The results are the same whatever the pool size or the order chunks finish in: the summary
 * sorts games by number.
 */
import * as Comlink from 'comlink';
import type { BotLevel } from '../../ai/types';
import { chunks, type GameResult, type LabScenarios } from '../../lab/run';
import type { LabWorkerApi } from './lab-worker';

/** Games per message: about a fifth of a second of work with normal bots. */
export const CHUNK = 10;

/** A run in progress. */
export interface PoolRun {
  done: Promise<{ base: GameResult[]; variant: GameResult[] }>;
  cancel(): void;
}

/** Raised by `done` when the run was cancelled. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Workers to start: one per core the browser reports (at least 1, at most 16). */
export function poolSize(): number {
  const n = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(16, Number.isFinite(n) && n > 0 ? n : 2));
}

/** Starts a run on a fresh pool; the workers end with the run. */
export function runInPool(sc: LabScenarios, bots: readonly BotLevel[], seed: string, games: number, onProgress: (done: number, total: number) => void, size = poolSize()): PoolRun {
  const queue = chunks(games, CHUNK);
  const workers: Worker[] = [];
  let cancelled = false;
  // Read through a function: the flag changes while a lane awaits its worker.
  const isCancelled = () => cancelled;
  let reject: (e: Error) => void = () => {};
  const out = { base: [] as GameResult[], variant: [] as GameResult[] };
  let finished = 0;
  const lane = async (remote: Comlink.Remote<LabWorkerApi>): Promise<void> => {
    const err = await remote.init(sc.base, sc.variant);
    if (err) throw new Error(err);
    for (;;) {
      const c = queue.shift();
      if (!c || isCancelled()) return;
      const res = await remote.play({ side: c.side, from: c.from, to: c.to, bots: [...bots], seed });
      if (isCancelled()) return;
      out[c.side].push(...res);
      finished += res.length;
      onProgress(finished, games * 2);
    }
  };
  const stop = () => {
    for (const w of workers) w.terminate();
    workers.length = 0;
  };
  const done = new Promise<{ base: GameResult[]; variant: GameResult[] }>((resolve, rej) => {
    reject = rej;
    const lanes: Promise<void>[] = [];
    for (let i = 0; i < Math.min(size, queue.length); i++) {
      const w = new Worker(new URL('./lab-worker.ts', import.meta.url), { type: 'module', name: `gpu-race-lab-${i}` });
      workers.push(w);
      lanes.push(lane(Comlink.wrap<LabWorkerApi>(w)));
    }
    Promise.all(lanes).then(
      () => {
        stop();
        if (cancelled) rej(new Cancelled());
        else resolve(out);
      },
      (e: unknown) => {
        stop();
        rej(cancelled ? new Cancelled() : e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
  return {
    done,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      stop();
      reject(new Cancelled());
    },
  };
}
