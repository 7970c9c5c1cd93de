/**
 * Drawing a scene in parts, a task each: every text is a texture painted on creation, and a whole board or the
 * final bars are more than a frame's work in one task. The parts go into a hidden container that is swapped in
 * whole, so the old drawing stays on screen until the new one is complete.
 */
import type * as Phaser from 'phaser';
import { wake } from './render-on-demand';
import { markDrawn } from './theme';

/**
 * Runs `fn` in a task of its own, soon: a message to itself, so no timer clamping, and the browser may paint or
 * handle input between two such tasks. Returns a cancel function.
 */
export function nextTask(fn: () => void): () => void {
  const channel = new MessageChannel();
  let live = true;
  channel.port1.addEventListener(
    'message',
    () => {
      channel.port1.close();
      if (live) fn();
    },
    { once: true },
  );
  channel.port1.start();
  channel.port2.postMessage(null);
  return () => {
    live = false;
    channel.port1.close();
  };
}

/** A scene's drawing under way: `cancel` stops it (its next part), null when none is. */
export interface Build {
  cancel: (() => void) | null;
}

/**
 * Runs `parts` into `next` (hidden), the first now and each of the others in a task of its own; once all have
 * run, `swap` puts `next` in place of the old drawing, and the scene is marked drawn (the mark is cleared while
 * the parts run) and rendered. The drawing is `build`'s: a later drawing that takes `build` over (or its
 * cancel) stops this one and drops `next`.
 */
export function drawInParts(scene: Phaser.Scene, build: Build, next: Phaser.GameObjects.Container, parts: readonly (() => void)[], swap: () => void): void {
  // A drawing is under way: the canvas no longer says it is drawn at this size until this one is in place (a
  // mark left by the scene before, e.g. the menu at the same size, let a test read a board not yet drawn).
  if (scene.game.canvas) delete scene.game.canvas.dataset.drawn;
  let i = 0;
  let cancelTask = (): void => {};
  const cancel = (): void => {
    cancelTask();
    next.destroy();
  };
  build.cancel = cancel;
  const step = (): void => {
    // Only the latest drawing goes on (one replaced without its cancel being called stops here).
    if (build.cancel !== cancel) {
      next.destroy();
      return;
    }
    parts[i++]?.();
    if (i < parts.length) {
      cancelTask = nextTask(step);
      return;
    }
    build.cancel = null;
    swap();
    markDrawn(scene);
    wake(scene.game);
  };
  step();
}
