/**
 * A class room's work, one step at a time and in order: each message, each timer check, each batch of bot
 * orders coming back from the pool. A step may be async (it waits for bots); the steps after it wait for it,
 * so the game changes in the order things arrived, exactly as when the bots decided on the event loop, while
 * the event loop itself stays free for everyone else. A step that is synchronous runs at once when the queue
 * is idle, so a room without bots to wait for behaves as before, call for call.
 */
export type Step = () => void | Promise<void>;

export class RoomQueue {
  private steps: Step[] = [];
  private running = false;
  /** True while a step's synchronous part runs (its awaits are not part of it). */
  private inSync = false;
  /** Where `next` inserts: after the steps the current step already added with `next`. */
  private insertAt = 0;
  private stopped = false;

  constructor(private readonly onError: (e: unknown) => void) {}

  /** Whether earlier work is still pending (an async step waiting, or steps behind it), seen from outside a step. */
  get waiting(): boolean {
    return this.running && !this.inSync;
  }

  /** Adds a step at the end; runs it now if the queue is idle. */
  push(step: Step): void {
    if (this.stopped) return;
    this.steps.push(step);
    if (!this.running) this.drain();
  }

  /**
   * Adds a step to run right after the current one, before anything queued meanwhile (several, in call
   * order): the bots' orders of a message land before the next message is handled. Outside a step: `push`.
   */
  next(step: Step): void {
    if (this.stopped) return;
    if (!this.running) return this.push(step);
    this.steps.splice(this.insertAt++, 0, step);
  }

  /** Drops every pending step (the room is gone); a step already waiting finds out by itself. */
  stop(): void {
    this.stopped = true;
    this.steps.length = 0;
  }

  private drain(): void {
    this.running = true;
    for (;;) {
      const step = this.stopped ? undefined : this.steps.shift();
      if (!step) break;
      this.insertAt = 0;
      let out: void | Promise<void>;
      this.inSync = true;
      try {
        out = step();
      } catch (e) {
        this.onError(e);
        continue;
      } finally {
        this.inSync = false;
      }
      if (out instanceof Promise) {
        out.catch((e: unknown) => this.onError(e)).finally(() => this.drain());
        return;
      }
    }
    this.running = false;
  }
}
