import * as Phaser from 'phaser';
import type { GameStore } from '../store/game-store';
import { drawBoard } from './board-view';
import { SCENE } from './keys';
import { renderOnDemand, wake } from './render-on-demand';
import { fitParent, markDrawn } from './theme';
import { humanSeatIds } from '../engine/queries';

/** Player ids played by people in the current game. */
export function humanIds(store: GameStore): string[] {
  return humanSeatIds(store.getState().record?.seats);
}

/** The board during the orders phase: redrawn whenever the game or the size changes. */
export class BoardScene extends Phaser.Scene {
  private root!: Phaser.GameObjects.Container;
  private pending = false;
  /** The size last drawn at ("" before the first draw): a resize to the same size redraws nothing. */
  private drawnSize = '';

  constructor(private readonly store: GameStore) {
    super(SCENE.board);
  }

  create(): void {
    // The scene object is reused across starts: a redraw scheduled before the last shutdown never ran.
    this.pending = false;
    this.drawnSize = '';
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
    });
    // Draw in the next frame, not now: a scene starts inside the store change that switched the screen (the
    // click on "Continue", which also rebuilt the panel), and that task is long enough already. The canvas
    // keeps showing the last frame until then, as nothing renders in between.
    this.requestDraw();
  }

  /** Coalesces bursts of changes (six bots submitting, a window drag) into one redraw per frame. */
  private requestDraw(): void {
    if (this.pending) return;
    this.pending = true;
    wake(this.game, 2);
    this.time.delayedCall(0, () => {
      this.pending = false;
      this.draw();
    });
  }

  private sizeKey(): string {
    return `${this.scale.width}x${this.scale.height}`;
  }

  private draw(): void {
    const game = this.store.getState().game;
    fitParent(this);
    this.drawnSize = this.sizeKey();
    this.root.removeAll(true);
    if (!game) return;
    drawBoard(this, this.root, game, {
      width: this.scale.width,
      height: this.scale.height,
      highlight: humanIds(this.store),
      selected: this.store.getState().ui.selectedCompany,
      seats: this.store.getState().record?.seats,
      onSelect: (id) => this.store.getState().selectCompany(id),
    });
    markDrawn(this);
  }
}
