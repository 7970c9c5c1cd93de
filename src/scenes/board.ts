import * as Phaser from 'phaser';
import type { GameStore } from '../store/game-store';
import { boardParts } from './board-view';
import { SCENE } from './keys';
import { drawInParts, nextTask, type Build } from './draw-in-parts';
import { renderOnDemand } from './render-on-demand';
import { fitParent } from './theme';
import { humanSeatIds } from '../engine/queries';

/** Player ids played by people in the current game. */
export function humanIds(store: GameStore): string[] {
  return humanSeatIds(store.getState().record?.seats);
}

/** The board during the orders phase: redrawn whenever the game or the size changes. */
export class BoardScene extends Phaser.Scene {
  private root!: Phaser.GameObjects.Container;
  /** A draw asked for and not yet started. */
  private pending = false;
  /** The size last drawn at ("" before the first draw): a resize to the same size redraws nothing. */
  private drawnSize = '';
  /** The draw under way or asked for (its cancel), if any. */
  private readonly build: Build = { cancel: null };

  constructor(private readonly store: GameStore) {
    super(SCENE.board);
  }

  create(): void {
    // The scene object is reused across starts: a redraw scheduled before the last shutdown never ran.
    this.pending = false;
    this.drawnSize = '';
    this.build.cancel = null;
    renderOnDemand(this.game, this.store);
    this.root = this.add.container();
    // Redraw only when something drawn changes: a bot's sealed orders (state.pending) change nothing on
    // the board, and skipping those redraws keeps the main thread free while the bots think.
    const unsub = this.store.subscribe(
      (s) => [s.game?.players, s.game?.quarter, s.game?.phase, s.game?.history.length, s.game?.news.length, s.game?.modifiers, s.ui.selectedCompany, s.ui.language] as const,
      // Not after the screen has left the board (a resolved quarter): the scene is about to be replaced.
      () => {
        if (this.store.getState().ui.screen === 'board') this.requestDraw();
      },
      { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
    );
    const onResize = (): void => {
      if (this.drawnSize !== this.sizeKey()) this.requestDraw();
    };
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => {
      unsub();
      this.scale.off('resize', onResize);
      this.build.cancel?.();
      this.build.cancel = null;
      this.pending = false;
    });
    // Draw in a task of its own, not now: a scene starts inside the frame that switched the screen, after the
    // task that built the new panel. The canvas keeps showing the last frame until the board is drawn, as
    // nothing renders in between.
    this.requestDraw();
  }

  /** Coalesces bursts of changes (six bots submitting, a window drag) into one redraw; a draw under way starts over. */
  private requestDraw(): void {
    if (this.pending) return;
    this.pending = true;
    this.build.cancel?.();
    this.build.cancel = nextTask(() => {
      this.pending = false;
      this.draw();
    });
  }

  private sizeKey(): string {
    return `${this.scale.width}x${this.scale.height}`;
  }

  /**
   * Draws the board into a new, hidden container, one part (the timeline, a campus, the middle) per task:
   * the first board of a game paints every label's texture, more than a frame's worth of work in one task.
   * The old board stays on screen until the new one is whole; then they swap and one frame renders it.
   */
  private draw(): void {
    const game = this.store.getState().game;
    fitParent(this);
    // Fitting the canvas may resize the scene, which asks for a draw of its own, at the new size, in the next
    // task: leave the board to that one (two builds under way at once would both add their labels).
    if (this.pending) return;
    const size = this.sizeKey();
    this.drawnSize = size;
    if (!game) {
      this.root.removeAll(true);
      return;
    }
    const next = this.add.container().setVisible(false);
    const drawing = boardParts(this, next, game, {
      width: this.scale.width,
      height: this.scale.height,
      highlight: humanIds(this.store),
      selected: this.store.getState().ui.selectedCompany,
      seats: this.store.getState().record?.seats,
      onSelect: (id) => this.store.getState().selectCompany(id),
    });
    // A new draw asked for before this one is whole drops it (the labels it painted stay cached for the next).
    drawInParts(this, this.build, next, drawing.parts, () => {
      this.root.destroy();
      this.root = next.setVisible(true);
      // For the tests and the bench (not read by the game): how many tasks the last draw took.
      if (this.game.canvas) this.game.canvas.dataset.drawTasks = String(Math.max(1, drawing.parts.length));
    });
  }
}
