import * as Phaser from 'phaser';
import { SCENE } from './keys';
import type { GameStore } from '../store/game-store';
import { drawBoard } from './board-view';
import { markDrawn } from './theme';
import { humanSeatIds } from '../engine/queries';

/** The replay viewer's scene key. */

/** The board as it was at the replay viewer's position: redrawn when the position or the size changes. */
export class ReplayScene extends Phaser.Scene {
  private root!: Phaser.GameObjects.Container;
  private pending = false;

  constructor(private readonly store: GameStore) {
    super(SCENE.replay);
  }

  create(): void {
    this.pending = false;
    this.root = this.add.container();
    const unsub = this.store.subscribe(
      (s) => s.replay?.states[s.replay.at],
      () => this.requestDraw(),
    );
    const onResize = (): void => this.requestDraw();
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => {
      unsub();
      this.scale.off('resize', onResize);
    });
    this.draw();
  }

  /** One redraw per frame however fast the scrubber moves. */
  private requestDraw(): void {
    if (this.pending) return;
    this.pending = true;
    this.time.delayedCall(0, () => {
      this.pending = false;
      this.draw();
    });
  }

  private draw(): void {
    const d = this.store.getState().replay;
    const game = d?.states[d.at];
    this.root.removeAll(true);
    if (!d || !game) return;
    const humans = humanSeatIds(d.record.seats);
    drawBoard(this, this.root, game, {
      width: this.scale.width,
      height: this.scale.height,
      highlight: humans,
      selected: null,
      seats: d.record.seats,
    });
    markDrawn(this);
  }
}
