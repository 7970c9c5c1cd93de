import * as Phaser from 'phaser';
import type { GameStore } from '../store/game-store';
import { drawBoard } from './board-view';
import { SCENE } from './keys';
import { markDrawn } from './theme';

/** Player ids played by people in the current game. */
export function humanIds(store: GameStore): string[] {
  return (store.getState().record?.seats ?? []).filter((s) => s.kind === 'human').map((s) => s.playerId);
}

/** The board during the orders phase: redrawn whenever the game or the size changes. */
export class BoardScene extends Phaser.Scene {
  private root!: Phaser.GameObjects.Container;
  private pending = false;

  constructor(private readonly store: GameStore) {
    super(SCENE.board);
  }

  create(): void {
    // The scene object is reused across starts: a redraw scheduled before the last shutdown never ran.
    this.pending = false;
    this.root = this.add.container();
    // Redraw only when something drawn changes: a bot's sealed orders (state.pending) change nothing on
    // the board, and skipping those redraws keeps the main thread free while the bots think.
    const unsub = this.store.subscribe(
      (s) => [s.game?.players, s.game?.quarter, s.game?.phase, s.game?.history.length, s.game?.news.length, s.game?.modifiers, s.ui.selectedCompany] as const,
      () => this.requestDraw(),
      { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
    );
    const onResize = (): void => this.requestDraw();
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => {
      unsub();
      this.scale.off('resize', onResize);
    });
    this.draw();
  }

  /** Coalesces bursts of changes (six bots submitting, a window drag) into one redraw per frame. */
  private requestDraw(): void {
    if (this.pending) return;
    this.pending = true;
    this.time.delayedCall(0, () => {
      this.pending = false;
      this.draw();
    });
  }

  private draw(): void {
    const game = this.store.getState().game;
    this.root.removeAll(true);
    if (!game) return;
    drawBoard(this, this.root, game, {
      width: this.scale.width,
      height: this.scale.height,
      highlight: humanIds(this.store),
      selected: this.store.getState().ui.selectedCompany,
      onSelect: (id) => this.store.getState().selectCompany(id),
      progressive: true,
      onDone: () => markDrawn(this),
    });
  }
}
