/**
 * Renders only when something changed. Phaser redraws the whole canvas every frame; the board is still
 * for most of a quarter, and in Chromium without a GPU each WebGL frame also costs a read-back on the
 * main thread (tens of ms), which made every idle frame a long task while the bots think. So the loop
 * goes to sleep once nothing moves (no tweens or loads, a few frames after the last wake-up) and wakes
 * on a store change that can alter the board, a resize, input, or when a scene asks for it.
 */
import type * as Phaser from 'phaser';
import type { GameStore } from '../store/game-store';

interface Gate {
  /** Frames still to render before the loop may sleep. */
  awake: number;
  pending: boolean;
}

const gates = new WeakMap<Phaser.Game, Gate>();
/**
 * Frames rendered after a wake-up. One is enough for a store change: the scene switch, the redraw and a
 * zero-delay timer set while asleep all run in the first step. Every rendered frame costs (a read-back
 * without a GPU), so no more than needed.
 */
const GRACE_FRAMES = 1;

/** Still moving: a tween runs or a load is under way (timers and scene changes come from wake-ups and finish within the grace frames). */
function busy(game: Phaser.Game): boolean {
  for (const sc of game.scene.getScenes(true)) {
    if (sc.tweens && sc.tweens.getTweens().length > 0) return true;
    if (sc.load?.isLoading()) return true;
  }
  return false;
}

type Loose = Record<string, unknown> & { ui?: Record<string, unknown>; game?: Record<string, unknown> | null };
/** Store fields no scene draws (the record and the saves grow with every action; the board reads the game). */
const QUIET = new Set(['record', 'saves', 'saveId']);
/** UI fields no scene draws. */
const QUIET_UI = new Set(['drafts', 'botsThinking', 'lastError', 'notice', 'resolving']);

/**
 * False when a store change cannot alter the canvas: a bot's or a person's sealed orders (game.pending, the
 * record, the autosave list), typing in the orders form. Everything else (screen, game, replay position, …)
 * wakes the loop, so a scene that redraws on a store change needs no wake-up call of its own.
 */
function drawnChange(s: Loose, p: Loose): boolean {
  for (const k of Object.keys(s)) {
    if (s[k] === p[k] || QUIET.has(k)) continue;
    if (k === 'ui' && s.ui && p.ui) {
      const su = s.ui;
      const pu = p.ui;
      if (Object.keys(su).some((u) => !QUIET_UI.has(u) && su[u] !== pu[u])) return true;
      continue;
    }
    if (k === 'game' && s.game && p.game) {
      const sg = s.game;
      const pg = p.game;
      if (Object.keys(sg).some((g) => g !== 'pending' && sg[g] !== pg[g])) return true;
      continue;
    }
    return true;
  }
  return false;
}

/**
 * Asks for `frames` more frames (wakes the loop on the next animation frame if it sleeps). A scene that
 * schedules work for the next step (a zero-delay timer from inside a step) asks for 2.
 */
export function wake(game: Phaser.Game, frames = GRACE_FRAMES): void {
  const gate = gates.get(game);
  if (!gate) return;
  gate.awake = Math.max(gate.awake, frames);
  if (game.loop.running || gate.pending) return;
  gate.pending = true;
  // Not inside the caller: TimeStep.wake() runs a whole game step at once.
  requestAnimationFrame(() => {
    gate.pending = false;
    if (game.loop.running) return;
    game.loop.resetDelta();
    if (game.canvas) game.canvas.dataset.loop = 'awake';
    game.loop.wake();
  });
}

/** Installs render-on-demand once per game (any scene may call it from create). */
export function renderOnDemand(game: Phaser.Game, store: GameStore): void {
  if (gates.has(game)) return;
  const gate: Gate = { awake: GRACE_FRAMES, pending: false };
  gates.set(game, gate);
  // For the bench and the tests: which renderer preferredRenderer() chose.
  if (game.canvas) game.canvas.dataset.renderer = game.config.renderType === 2 ? 'webgl' : 'canvas';
  game.events.on('postrender', () => {
    if (gate.awake > 0) gate.awake--;
    if (gate.awake > 0 || busy(game)) return;
    game.loop.sleep();
    // For the browser tests and the bench (not read by the game).
    if (game.canvas) game.canvas.dataset.loop = 'asleep';
  });
  const up = (): void => wake(game);
  store.subscribe((s, prev) => {
    if (drawnChange(s as unknown as Loose, prev as unknown as Loose)) up();
  });
  window.addEventListener('resize', up);
  window.addEventListener('keydown', up);
  const canvas = game.canvas;
  for (const type of ['pointermove', 'pointerdown', 'pointerup', 'wheel'] as const) canvas?.addEventListener(type, up, { passive: true });
  // Phaser pauses on a hidden page and resumes the loop when it shows again; render that frame too.
  game.events.on('resume', up);
  // A new canvas size clears it: draw again (the layout can change the board's cell without a window resize).
  game.scale.on('resize', up);
  game.events.on('visible', up);
}
